log 'hi'
