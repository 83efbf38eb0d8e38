default['storefront']['port'] = 8080
default['storefront']['server_name'] = 'shop.example.test'
default['storefront']['docroot'] = '/var/www/storefront'
default['storefront']['worker_connections'] = 512
