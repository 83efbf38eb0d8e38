name 'web-policy'
default_source :supermarket
run_list 'web::default', 'recipe[base]'
named_run_list :update, 'web::update'
cookbook 'web', path: '../repo/cookbooks/web'
cookbook 'base', path: 'cookbooks/base'
cookbook 'ntp', '~> 3.0'
default['web']['port'] = 8080
override['web']['workers'] = 2
default['web']['names'] = %w(a b)
