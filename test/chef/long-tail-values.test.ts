/**
 * Issue 15, the long tail: values real cookbooks hand around that decant
 * used to mark unknown (or mis-bind) although Chef would know them. Each
 * case is modelled on a pattern seen in the wide corpus, written here.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook, resource, codes } from './evaluate-recipe.js';

describe('values of the long tail', () => {
  it('a block on an unknown receiver gets the Unknown, not the call\'s own arguments (each.with_index(1))', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "servers = search(:node, 'role:loghost')",
        "template '/etc/remote.conf' do",
        "  source 'remote.conf.erb'",
        '  variables(servers: servers)',
        'end',
      ].join('\n'),
      'templates/remote.conf.erb': "<% @servers.each.with_index(1) do |server, index| -%>\nq<%= index %> <%= server['server'] %>:<%= server['port'] %>\n<% end -%>\n",
    });
    const r = resource(c, 'template', '/etc/remote.conf');
    expect(r.unknown).toContain('content');
    // The search is what is unknown; `server['server']` is no longer Integer#[] on the 1 given to with_index.
    expect(codes(c, 'DEC0307')).toEqual([]);
  });

  it('run_context.node from a resource\'s helper class is the run\'s node', async () => {
    const c = await evaluateCookbook('cb', {
      'attributes/default.rb': "default['cb']['prefix'] = '/usr/local'\n",
      'libraries/defaults.rb': [
        'module Cb',
        '  class Defaults',
        '    def initialize(resource)',
        '      @resource = resource',
        '    end',
        '',
        '    def prefix',
        "      @resource.run_context.node['cb']['prefix']",
        '    end',
        '  end',
        'end',
      ].join('\n'),
      'resources/thing.rb': "property :path, String, name_property: true\naction :create do\n  directory ::File.join(Cb::Defaults.new(new_resource).prefix, new_resource.path)\nend\n",
      'recipes/default.rb': "cb_thing 'app'\nfile '/rc' do\n  content run_context.node['cb']['prefix']\nend\n",
    });
    expect(resource(c, 'directory', '/usr/local/app').unknown).toEqual([]);
    expect(resource(c, 'file', '/rc').properties.content).toBe('/usr/local');
  });

  it('what run_context does not model stays unknown, naming the call', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "file '/rc' do\n  content run_context.events.to_s\nend\n",
    });
    expect(resource(c, 'file', '/rc').unknown).toContain('properties.content');
    expect(codes(c, 'DEC0302').join('\n')).toMatch(/run_context\.events is not modelled/);
  });

  it('Struct values and library objects handed to a template are known data, and render', async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/password.rb': "class HashedPassword\n  def initialize(hash)\n    @hash = hash\n  end\n\n  def to_s\n    @hash\n  end\nend\n",
      'recipes/default.rb': [
        'Zone = Struct.new(:name, :view) do',
        '  def file_name',
        '    "db.#{name}"',
        '  end',
        'end',
        "zones = [Zone.new('example.org', 'internal')]",
        "template '/etc/named.conf' do",
        "  source 'named.conf.erb'",
        "  variables(zones: zones, password: HashedPassword.new('*AB12'))",
        'end',
      ].join('\n'),
      'templates/named.conf.erb': "<% @zones.each do |z| -%>\nzone \"<%= z.name %>\" { file \"<%= z.file_name %>\"; view <%= z.view %>; };\n<% end -%>\npw <%= @password %>\n",
    });
    const r = resource(c, 'template', '/etc/named.conf');
    expect(r.unknown).toEqual([]);
    expect(r.properties.variables).toEqual({ zones: [{ '@name': 'example.org', '@view': 'internal' }], password: { '@hash': '*AB12' } });
    expect(r.content).toMatchObject({ kind: 'rendered', text: 'zone "example.org" { file "db.example.org"; view internal; };\npw *AB12\n' });
    expect(codes(c, 'DEC0302', 'DEC0307')).toEqual([]);
  });

  it('a resource handed to a template as a value is its identity, as Chef prints it', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "svc = service 'nginx'\ntemplate '/etc/x.conf' do\n  source 'x.erb'\n  variables(svc: svc)\nend\n",
      'templates/x.erb': 'x\n',
    });
    expect(resource(c, 'template', '/etc/x.conf').properties.variables).toEqual({ svc: 'service[nginx]' });
  });

  it('File.expand_path of ~root is /root (chef-client runs as root); another user\'s home is unknown', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "directory File.expand_path('~root/.gnupg')\nfile File.expand_path('~deploy/.ssh/config')\n",
    });
    expect(resource(c, 'directory', '/root/.gnupg').unknown).toEqual([]);
    expect(c.resources[1]!.unknown).toContain('name');
    expect(JSON.stringify(c.resources[1]!.name)).toMatch(/home of a user decant does not know/);
  });

  it('File.fnmatch? picks config templates by glob, as dovecot-style recipes do', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "%w(conf.d/10-auth.conf conf.d/auth-ldap.conf.ext dovecot.conf).each do |conf|",
        "  next unless ::File.fnmatch?('conf.d/*.conf', conf, ::File::FNM_PATHNAME)",
        '  file "/etc/dovecot/#{conf}"',
        'end',
      ].join('\n'),
    });
    expect(c.resources.map((r) => r.name)).toEqual(['/etc/dovecot/conf.d/10-auth.conf']);
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});
