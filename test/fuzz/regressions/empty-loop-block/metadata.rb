name 'empty_loop'
version '0.1.0'
