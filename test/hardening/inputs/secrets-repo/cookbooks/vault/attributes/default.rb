default['vault']['db_password'] = 's3cr3t-attr-5b1f'
default['vault']['api_token'] = 's3cr3t-tok-91ad'
default['vault']['listen'] = '127.0.0.1'
