/** Ruby's Kernel and Chef's resource objects as real application-server cookbooks (nexus, docker) use them inside resource blocks. */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook, resource, codes } from './evaluate-recipe.js';

describe('a Kernel function called bare inside a resource block', () => {
  it('is Kernel#format, not a property called format (nexus: url format(download_url, version: v))', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "u = 'https://x/nexus-%{version}-unix.tar.gz'",
        "remote_file '/a' do\n  source format(u, version: '3.1')\n  mode sprintf('%o', 420)\nend",
      ].join('\n'),
    });
    expect(resource(c, 'remote_file', '/a').properties).toEqual({ source: 'https://x/nexus-3.1-unix.tar.gz', mode: '644' });
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
  it('raise inside a block raises, as Ruby does, rather than setting a property', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "file '/b' do\n  raise ArgumentError, 'bad input' if true\n  content 'x'\nend",
    });
    expect(c.diagnostics.map((d) => d.message).join('\n')).toMatch(/bad input/);
  });
  it('is the setter where the type declares such a property: a custom resource, user and group system', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/thing.rb': "property :format, String\naction :create do\n  file \"/t/#{new_resource.name}\" do\n    content new_resource.format\n  end\nend",
      'recipes/default.rb': "cb_thing 'one' do\n  format 'json'\nend\nuser 'svc' do\n  system true\nend\ngroup 'svc' do\n  system true\nend",
    });
    expect(resource(c, 'file', '/t/one').properties.content).toBe('json');
    expect(resource(c, 'user', 'svc').properties.system).toBe(true);
    expect(resource(c, 'group', 'svc').properties.system).toBe(true);
  });
});

describe('a wrapper resource handing its properties to the resource it declares (docker_service)', () => {
  const files = {
    'libraries/helpers.rb': "module Helpers\n  def unit_name\n    return 'app' if name == 'default'\n    \"app-#{name}\"\n  end\nend",
    'resources/manager.rb': [
      'include Helpers',
      'property :port, Integer, default: 80',
      'property :flags, String',
      'action :start do',
      '  file "/etc/#{unit_name}.conf" do',
      '    content "#{new_resource.port} #{new_resource.flags}"',
      '  end',
      'end',
    ].join('\n'),
    'resources/service.rb': [
      'property :port, Integer',
      'property :flags, String',
      'property :method, String, default: "auto"',
      'action_class do',
      '  def property_intersection(src, dest)',
      '    src.class.properties.keys.intersection(dest.class.properties.keys)',
      '  end',
      '  def manager(&block)',
      '    b = proc {',
      '      copy_properties_from(new_resource, *property_intersection(new_resource, self), exclude: [:method])',
      '      instance_exec(&block)',
      '    }',
      '    cb_manager(new_resource.name, &b)',
      '  end',
      'end',
      'action :start do',
      '  manager do',
      '    action :start',
      '  end',
      'end',
    ].join('\n'),
    'recipes/default.rb': "cb_service 'default' do\n  port 8080\n  action :start\nend\ncb_service 'two' do\n  flags '-v'\n  action :start\nend",
  };
  it('copy_properties_from copies what was set, the declared class answers properties, instance_exec runs the block there', async () => {
    const c = await evaluateCookbook('cb', files);
    expect(resource(c, 'cb_manager', 'default').properties).toEqual({ port: 8080 });
    expect(resource(c, 'cb_manager', 'default').actions).toEqual(['start']);
    expect(resource(c, 'file', '/etc/app.conf').properties.content).toBe('8080 ');
    expect(resource(c, 'file', '/etc/app-two.conf').properties.content).toBe('80 -v');
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});

describe('Chef::VERSION, a Chef::VersionString', () => {
  it('compares with a number or a Gem::Version as versions do (fb cookbooks: unified_mode(false) if Chef::VERSION >= 18)', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "file '/v' do\n  content [Chef::VERSION >= 18, Chef::VERSION < 17.5, Chef::VERSION >= Gem::Version.new('99.1'), Chef::VERSION.to_i >= 16].inspect\nend",
    });
    expect(resource(c, 'file', '/v').properties.content).toBe('[true, false, false, true]');
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});
