/** Issue 15: Chef APIs and Ruby constructs seen failing in real cookbooks, each as Chef would run it. */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook, resource, codes } from './evaluate-recipe.js';
import { packageRequests } from '../../src/plan/package-requests.js';

describe('Chef APIs of the long tail', () => {
  it('Chef::Mixin::DeepMerge.merge and deep_merge!, as Mashes', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "a = Chef::Mixin::DeepMerge.merge({ 'a' => { 'b' => 1, 'l' => [1] } }, { a: { 'c' => 2, 'l' => [2] } })",
        "b = { 'p' => { 'q' => 1 } }",
        "Chef::Mixin::DeepMerge.deep_merge!({ 'p' => { 'r' => 2 } }, b)",
        "file '/a' do\n  content a.to_s\nend",
        "file '/b' do\n  content b.to_s\nend",
      ].join('\n'),
    });
    expect(resource(c, 'file', '/a').properties.content).toBe('{"a"=>{"b"=>1, "l"=>[1, 2], "c"=>2}}');
    expect(resource(c, 'file', '/b').properties.content).toBe('{"p"=>{"q"=>1, "r"=>2}}');
    expect(codes(c, 'DEC0302', 'DEC0307')).toEqual([]);
  });

  it('node.override[k] = Mash.new takes nested writes', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "node.override['m'] = Mash.new\nnode.override['m']['k'] = 1\nfile '/m' do\n  content node['m'][:k].to_s\nend\n",
    });
    expect(resource(c, 'file', '/m').properties.content).toBe('1');
    expect(codes(c, 'DEC0307')).toEqual([]);
  });

  it('a lazy attribute value is run when it is read, with the values written before that read', async () => {
    const c = await evaluateCookbook('cb', {
      'attributes/default.rb': "default['dir'] = '/opt'\ndefault['conf'] = lazy { \"#{node['dir']}/app.conf\" }\n",
      'recipes/default.rb': "node.default['dir'] = '/srv'\nfile node['conf']\n",
    });
    expect(resource(c, 'file', '/srv/app.conf')).toBeDefined();
    expect(codes(c, 'DEC0307', 'DEC0302')).toEqual([]);
  });

  it('a lazy property default gets the resource as its block argument', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/svc.rb': [
        'property :instance_name, String, name_property: true',
        'property :svc_name, String, default: lazy { |r| "svc_#{r.instance_name}" }',
        'action :create do',
        '  file "/etc/#{new_resource.svc_name}"',
        'end',
      ].join('\n'),
      'recipes/default.rb': "cb_svc 'one'\n",
    });
    expect(resource(c, 'file', '/etc/svc_one')).toBeDefined();
    expect(codes(c, 'DEC0307')).toEqual([]);
  });

  it('platform_family? in a guard of a resource inside a custom resource action is the platform helper, not a property', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/svc.rb': [
        'action :create do',
        "  file '/etc/rhel-only' do",
        "    only_if { platform_family?('rhel') }",
        '  end',
        "  file '/etc/debian-only' do",
        "    only_if { platform_family?('debian') }",
        '  end',
        'end',
      ].join('\n'),
      'recipes/default.rb': "cb_svc 'one'\n",
    });
    const rhel = resource(c, 'file', '/etc/rhel-only');
    expect(rhel.guards.map((g) => g.outcome)).toEqual(['skip']);
    expect(rhel.properties).not.toHaveProperty('platform_family?');
    expect(resource(c, 'file', '/etc/debian-only').guards.map((g) => g.outcome)).toEqual(['run']);
  });

  it('an LWRP provider declares the real resource in load_current_resource and runs it with run_action', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/svc.rb': 'actions :start\ndefault_action :start\nattribute :svc_name, kind_of: String, name_attribute: true\n',
      'providers/svc.rb': [
        'def load_current_resource',
        '  @svc = service new_resource.svc_name do',
        '    action :nothing',
        '  end',
        'end',
        'action :start do',
        '  @svc.run_action(:start)',
        'end',
      ].join('\n'),
      'recipes/default.rb': "cb_svc 'nginx'\n",
    });
    expect(resource(c, 'service', 'nginx').actions).toEqual(['start']);
    expect(codes(c, 'DEC0307', 'DEC0306')).toEqual([]);
  });

  it('properties on the resource class, and a found resource answers its declared defaults', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/config.rb': [
        "property :service_name, String, default: 'default'",
        "property :conf_file, String, default: lazy { '/etc/named.conf' }",
        'action :create do',
        "  file '/etc/props' do",
        "    content new_resource.class.properties.keys.map(&:to_s).sort.join(',')",
        '  end',
        'end',
      ].join('\n'),
      'recipes/default.rb': "cb_config 'main'\ncfg = find_resource!(:cb_config, 'main')\nfile \"/etc/#{cfg.service_name}\" do\n  content cfg.conf_file\nend\n",
    });
    expect(resource(c, 'file', '/etc/props').properties.content).toBe('conf_file,service_name');
    expect(resource(c, 'file', '/etc/default').properties.content).toBe('/etc/named.conf');
    expect(codes(c, 'DEC0307', 'DEC0306')).toEqual([]);
  });
});

describe("a custom resource's current action", () => {
  it("`action` inside an action body is the action being run, so `do_action(action)` gives the inner package its action (dhcp's x_package)", async () => {
    const c = await evaluateCookbook('cb', {
      'resources/package.rb': [
        'unified_mode true',
        'property :packages, [String, Array], default: lazy { %w(isc-dhcp-server isc-dhcp-server-ldap) }',
        'action_class do',
        '  def do_action(package_action)',
        "    package 'ISC DHCPD' do",
        '      package_name new_resource.packages',
        '      action package_action',
        '    end',
        '  end',
        'end',
        'action :install do',
        '  do_action(action)',
        'end',
        'action :remove do',
        '  do_action(action)',
        'end',
      ].join('\n'),
      'recipes/default.rb': "cb_package 'Server Test'\ncb_package 'old' do\n  action :remove\nend\n",
    });
    const inner = c.resources.filter((r) => r.type === 'package');
    expect(inner.map((r) => [r.actions, r.properties['package_name']])).toEqual([
      [['install'], ['isc-dhcp-server', 'isc-dhcp-server-ldap']],
      [['remove'], ['isc-dhcp-server', 'isc-dhcp-server-ldap']],
    ]);
    // The cookbook's own cb_package is no package request: the names its action installs are.
    expect(packageRequests(c.resources).map((p) => p.name)).toEqual(['isc-dhcp-server', 'isc-dhcp-server-ldap']);
  });
});

describe('Ruby of the long tail in a Chef run', () => {
  it('to_hash and dup of a node attribute give a copy the recipe may change, and the node keeps its value (ImmutableMash#to_h)', async () => {
    const c = await evaluateCookbook('cb', {
      'attributes/default.rb': "default['cb']['unit'] = { 'Service' => { 'User' => 'app', 'ExecStart' => { 'start' => '/usr/bin/java', 'end' => '-jar app.jar' } } }\n",
      'recipes/default.rb': [
        "unit = node['cb']['unit'].to_hash",
        "unit['Service']['ExecStart'] = [unit['Service']['ExecStart']['start'], unit['Service']['ExecStart']['end']].join(' ')",
        "systemd_unit 'app.service' do",
        '  content unit',
        'end',
        "copy = node['cb'].dup",
        "copy['unit']['Service']['User'] = 'root'",
        "file '/etc/node-user' do",
        "  content \"#{node['cb']['unit']['Service']['User']} #{node['cb']['unit']['Service']['ExecStart']['start']} #{unit[:Service].inspect} #{copy[:unit]['Service']['User']}\"",
        'end',
      ].join('\n'),
    });
    expect(resource(c, 'systemd_unit', 'app.service').properties.content).toEqual({
      Service: { User: 'app', ExecStart: '/usr/bin/java -jar app.jar' },
    });
    // to_hash is a plain Hash (a symbol key misses, as in Chef); dup is a Mash; the node is untouched by either.
    expect(resource(c, 'file', '/etc/node-user').properties.content).toBe('app /usr/bin/java nil root');
    expect(codes(c, 'DEC0306')).toEqual([]);
  });

  it('a helper that rescues a missing data bag returns its fallback, as in Chef, without DEC0306', async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/h.rb': [
        'module H',
        '  def admins',
        "    data_bag('users').map { |u| data_bag_item('users', u)['id'] }",
        '  rescue Net::HTTPServerException',
        '    []',
        '  end',
        'end',
        'Chef::DSL::Recipe.include(H)',
      ].join('\n'),
      'recipes/default.rb': "file '/etc/admins' do\n  content admins.join(',')\nend\n",
    });
    expect(resource(c, 'file', '/etc/admins').properties.content).toBe('');
    expect(codes(c, 'DEC0306')).toEqual([]);
    expect(codes(c, 'DEC0301')).toEqual(["DEC0301 data bag 'users' is not in the repo: Chef raises here and the cookbook's rescue handles it"]);
  });

  it('a missing data bag outside any rescue is still an Unknown, not a raise', async () => {
    const c = await evaluateCookbook('cb', { 'recipes/default.rb': "file '/x' do\n  content data_bag_item('app', 'db')['pw']\nend\nfile '/y'\n" });
    expect(resource(c, 'file', '/y')).toBeDefined();
    expect(codes(c, 'DEC0306')).toEqual([]);
  });

  it('a gem brought in by chef_gem + require is Unknown with its name, and the rest of the file is rendered', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "chef_gem 'hashie'\nrequire 'hashie'\nfile '/etc/app.toml' do\n  content Hashie::Mash.new({ 'a' => { 'b' => 1 } }).to_hash.to_s\nend\nfile '/etc/other' do\n  content 'x'\nend\n",
    });
    const toml = resource(c, 'file', '/etc/app.toml').properties.content;
    // The property is a plan.yaml question too: its reason names the key that answers it.
    expect(toml).toMatchObject({ reason: 'gem hashie is not evaluated [answer in plan.yaml values: file[/etc/app.toml].content]' });
    expect(resource(c, 'file', '/etc/other').properties.content).toBe('x');
  });

  it("a method missing on a Hash, with gems required that decant does not evaluate, names them: a gem may add it (hashie's Hash#deep_find)", async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "require 'hashie'\nrequire 'json'\nfile '/etc/sorted' do\n  content({ 'b' => 1, 'a' => 2 }.deep_find('a').to_s)\nend\nfile '/etc/plain' do\n  content nil.deep_find.to_s\nend\n",
    });
    expect(resource(c, 'file', '/etc/sorted').properties.content).toMatchObject({ reason: expect.stringMatching(/^undefined method or local variable 'deep_find' for Hash .* \(it may come from a gem the cookbook requires, which decant does not evaluate: hashie\)/) });
    // nil is no gem's business: the plain reason.
    expect(JSON.stringify(resource(c, 'file', '/etc/plain').properties.content)).not.toMatch(/gem/);
  });

  it('ERB.new in a recipe is an Unknown that says why', async () => {
    const c = await evaluateCookbook('cb', { 'recipes/default.rb': "file '/e' do\n  content ERB.new('<%= 1 %>').result(binding)\nend\n" });
    expect(resource(c, 'file', '/e').properties.content).toMatchObject({ reason: expect.stringContaining('ERB.new') });
  });
});

describe('what Chef does not do', () => {
  it('a template whose guard skips it is not rendered, so a source for another platform is no error', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "template '/etc/apparmor.d/local/x' do\n  source 'ubuntu_only.erb'\n  only_if { platform?('ubuntu') }\nend\n",
    });
    expect(resource(c, 'template', '/etc/apparmor.d/local/x').guards.map((g) => g.outcome)).toEqual(['skip']);
    expect(codes(c, 'DEC0401')).toEqual([]);
  });
});

describe('visibility in provider and resource files', () => {
  it('private in an LWRP provider file is no undefined method', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/svc.rb': 'actions :create\ndefault_action :create\n',
      'providers/svc.rb': "action :create do\n  file path_of('x')\nend\n\nprivate\n\ndef path_of(n)\n  \"/etc/#{n}\"\nend\n",
      'recipes/default.rb': "cb_svc 'one'\n",
    });
    expect(resource(c, 'file', '/etc/x')).toBeDefined();
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});
