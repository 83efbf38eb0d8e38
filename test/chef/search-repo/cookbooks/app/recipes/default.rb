dbs = search(:node, 'role:db AND chef_environment:production')
file '/etc/app/db-hosts' do
  content dbs.map { |n| "#{n.name}=#{n['ipaddress']}" }.sort.join("\n")
end

webs = search(:node, 'recipes:app\:\:web OR name:lb-*')
file '/etc/app/web-hosts' do
  content webs.map { |n| n['fqdn'] }.sort.join(',')
end

not_db = search(:node, 'NOT role:db')
file '/etc/app/not-db' do
  content not_db.map(&:name).sort.join(',')
end

ports = search(:node, 'mysql_port:3306', filter_result: { 'ip' => ['ipaddress'] })
file '/etc/app/filtered' do
  content ports.map { |r| r['ip'] }.sort.join(',')
end

roles = search(:role, 'run_list:recipe\[app\]')
file '/etc/app/roles' do
  content roles.map { |r| r.name }.join(',')
end

envs = search(:environment, 'name:prod*')
file '/etc/app/envs' do
  content envs.map { |e| e['name'] }.join(',')
end

admins = search(:users, 'groups:admin')
file '/etc/app/admins' do
  content admins.map { |u| u['id'] }.sort.join(',')
end

search(:node, '*:*') do |n|
  file "/etc/app/seen-#{n.name}" do
    content 'x'
  end
end
