name 'base'
