package 'a'
