name 'bad_escape'
version '0.1.0'
