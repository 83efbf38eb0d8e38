package 'app'
