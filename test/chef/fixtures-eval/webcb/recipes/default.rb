include_recipe 'helpercb::default'

package node['webcb']['packages']

node['webcb']['sites'].each do |site, cfg|
  directory cfg['root'] do
    owner node['webcb']['user']
    mode '0755'
    recursive true
  end

  template site_conf(site) do
    source 'site.conf.erb'
    mode WebCb::Helpers::DEFAULT_MODE
    variables(name: site, root: cfg['root'], port: node['webcb']['port'])
    notifies :reload, 'service[nginx]', :delayed
  end
end

version = shell_out('nginx -v').stdout
if version.include?('1.2')
  file '/etc/nginx/legacy' do
    content 'legacy'
  end
end

cookbook_file '/srv/alpha/index.html' do
  source 'index.html'
  not_if { ::File.exist?('/srv/alpha/index.html') }
end

execute 'warm-cache' do
  command 'curl -s localhost'
  only_if { ::File.directory?('/srv/beta') }
  creates '/var/cache/warm'
  action :nothing
  subscribes :run, 'template[/etc/nginx/sites-available/beta]', :immediately
end

service 'nginx' do
  action [:enable, :start]
  supports restart: true, reload: true
end

file '/etc/motd' do
  content lazy { "port #{node['webcb']['port']}\n" }
end

node.default['webcb']['from_recipe'] = true

include_recipe 'nosuch::default'
include_recipe 'webcb::fails'
include_recipe 'webcb::recursion'

log 'after-failures'
