default['sessions']['port'] = 6379
default['sessions']['maxmemory'] = '64mb'
default['sessions']['data_dir'] = '/var/lib/redis'
