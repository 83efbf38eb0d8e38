name 'cyclic_vars'
version '0.1.0'
