name 'string_doubling'
version '0.1.0'
