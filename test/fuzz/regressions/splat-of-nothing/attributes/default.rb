default['job']['hour'] = '3'
# A quote lost by a fuzz edit: Ruby parses a splat with nothing after it.
default['job']['minute'] = */5'
