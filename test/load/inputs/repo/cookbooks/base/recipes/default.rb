log 'base'
