name 'big_string_loop'
version '0.1.0'
