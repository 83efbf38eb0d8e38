default['webcb']['port'] = 8080
default['webcb']['sites'] = { 'alpha' => { 'root' => '/srv/alpha' }, 'beta' => { 'root' => '/srv/beta' } }
default['webcb']['packages'] = %w(nginx curl)
default[:webcb][:user] = 'www-data'
override['webcb']['workers'] = node['cpu'] ? 4 : 2
