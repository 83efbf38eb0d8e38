name 'shared'
