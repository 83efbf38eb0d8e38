name 'redos'
version '0.1.0'
