name 'splat_nothing'
version '0.1.0'
