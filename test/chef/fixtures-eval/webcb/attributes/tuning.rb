include_attribute 'webcb::default'
default['webcb']['port'] = node['webcb']['port'] + 1
default['webcb']['packages'] << 'htop'
