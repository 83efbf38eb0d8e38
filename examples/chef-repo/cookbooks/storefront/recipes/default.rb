cfg = node['storefront']

package 'nginx'

directory cfg['docroot'] do
  owner 'www-data'
  group 'www-data'
  mode '0755'
  recursive true
end

cookbook_file "#{cfg['docroot']}/index.html" do
  source 'index.html'
  owner 'www-data'
  mode '0644'
end

template '/etc/nginx/sites-available/storefront' do
  source 'storefront.conf.erb'
  mode '0644'
  variables(
    port: cfg['port'],
    server_name: cfg['server_name'],
    docroot: cfg['docroot']
  )
  notifies :reload, 'service[nginx]', :delayed
end

link '/etc/nginx/sites-enabled/storefront' do
  to '/etc/nginx/sites-available/storefront'
end

file '/etc/nginx/sites-enabled/default' do
  action :delete
end

service 'nginx' do
  supports status: true, reload: true, restart: true
  action [:enable, :start]
end
