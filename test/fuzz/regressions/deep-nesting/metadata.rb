name 'deep_nesting'
version '0.1.0'
