cfg = node['sessions']
secrets = data_bag_item('secrets', 'sessions')

package 'redis-server'

directory cfg['data_dir'] do
  owner 'redis'
  group 'redis'
  mode '0750'
end

template '/etc/redis/redis.conf' do
  source 'redis.conf.erb'
  owner 'redis'
  group 'redis'
  mode '0640'
  sensitive true
  variables(
    port: cfg['port'],
    maxmemory: cfg['maxmemory'],
    data_dir: cfg['data_dir'],
    password: secrets['redis_password']
  )
  notifies :restart, 'service[redis-server]', :delayed
end

service 'redis-server' do
  action [:enable, :start]
end
