/**
 * A chef-repo whose one unit has start-time work (issue 16): a key a build
 * step generates, an openssl_x509_certificate, a sensitive template holding
 * a data bag value, and a step writing that value (in its command and its
 * guard) to a credentials file; its suite checks all four and the port in
 * the running service. Shared by the engine tests that start it through verify
 * and through compose.
 */
export function startTimeCookbook(name: string, password: string): Record<string, string> {
  return {
    [`cookbooks/${name}/metadata.rb`]: `name '${name}'\nversion '1.0.0'\n`,
    [`cookbooks/${name}/recipes/default.rb`]: [
      "package 'memcached'",
      "package 'openssl'",
      "creds = data_bag_item('app', 'cache')",
      "directory '/etc/memcached' do",
      "  mode '0755'",
      'end',
      "template '/etc/memcached.conf' do",
      "  source 'memcached.conf.erb'",
      "  owner 'memcache'",
      "  mode '0640'",
      "  variables(password: creds['password'])",
      '  sensitive true',
      "  notifies :restart, 'service[memcached]'",
      'end',
      "execute 'tls key' do",
      "  command 'openssl genrsa -out /etc/memcached/tls.key 2048'",
      "  not_if 'test -f /etc/memcached/tls.key'",
      'end',
      // A step holding the value in its command and guard (issue 14): run at start with the value from the Secret.
      "execute 'client credentials' do",
      `  command "printf 'password=%s\\\\n' '#{creds['password']}' > /etc/memcached/client.cnf && chown memcache /etc/memcached/client.cnf && chmod 600 /etc/memcached/client.cnf"`,
      `  not_if "grep -qx 'password=#{creds['password']}' /etc/memcached/client.cnf"`,
      'end',
      "openssl_x509_certificate '/etc/memcached/tls.crt' do",
      "  key_file '/etc/memcached/tls.key'",
      "  common_name 'cache.example.test'",
      '  expire 30',
      'end',
      "service 'memcached' do",
      '  action [:enable, :start]',
      'end',
      '',
    ].join('\n'),
    [`cookbooks/${name}/templates/memcached.conf.erb`]: '-p 11211\n# sasl password <%= @password %>\n',
    [`cookbooks/${name}/test/integration/default/default_test.rb`]: [
      "describe file('/etc/memcached.conf') do",
      `  its('content') { should match /sasl password ${password}/ }`,
      'end',
      // Root's 0600 key: the suite, running as the service's user, sees it is there.
      "describe file('/etc/memcached/tls.key') do",
      '  it { should exist }',
      'end',
      "describe file('/etc/memcached/client.cnf') do",
      `  its('content') { should eq "password=${password}\\n" }`,
      'end',
      "describe command('openssl x509 -in /etc/memcached/tls.crt -noout -subject') do",
      "  its('stdout') { should match /cache.example.test/ }",
      'end',
      "describe port(11211) do",
      '  it { should be_listening }',
      'end',
      '',
    ].join('\n'),
    'data_bags/app/cache.json': JSON.stringify({ id: 'cache', password: password }),
  };
}
