log 'shared'
