name 'many_newlines'
version '0.1.0'
