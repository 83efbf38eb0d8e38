creds = data_bag_item('creds', 'app')

directory '/etc/vault' do
  mode '0755'
end

# sensitive template: its rendered text holds the attribute password
template '/etc/vault/db.conf' do
  source 'db.conf.erb'
  mode '0600'
  sensitive true
  variables(password: node['vault']['db_password'])
end

# sensitive file with a literal value only this resource knows
file '/etc/vault/key' do
  content 's3cr3t-file-3e8d'
  mode '0600'
  sensitive true
end

# not marked sensitive, but a template variable holds the token
template '/etc/vault/client.conf' do
  source 'client.conf.erb'
  variables(token: node['vault']['api_token'], listen: node['vault']['listen'])
end

# a data bag value rendered into a config file
template '/etc/vault/bag.conf' do
  source 'bag.conf.erb'
  variables(password: creds['password'])
end

# a password on a command line
execute 'set admin password' do
  command "printf 'admin:%s\\n' '#{node['vault']['db_password']}' > /etc/vault/htpasswd"
end

# a password handed to a custom resource as a property
vault_admin 'ops' do
  password 's3cr3t-prop-4a7b'
end

# a resource whose name quotes the password: its diagnostics must not
log "admin password is #{node['vault']['db_password']}" do
  level :info
end

# plain config, no secret: must still be in the image
file '/etc/vault/plain.conf' do
  content "listen #{node['vault']['listen']}\n"
end

cron 'vault-heartbeat' do
  minute '*/5'
  command '/bin/true'
end
