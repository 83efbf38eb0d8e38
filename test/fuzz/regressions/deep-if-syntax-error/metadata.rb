name 'deep_if_error'
version '0.1.0'
