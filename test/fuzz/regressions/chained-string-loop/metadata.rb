name 'chained_loop'
version '0.1.0'
