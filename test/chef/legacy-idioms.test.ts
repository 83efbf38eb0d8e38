/** Legacy chef-repo idioms (Chef 11/12 era), each as Chef runs it. */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook, resource } from './evaluate-recipe.js';
import type { Converge } from '../../src/model/converge.js';

const problems = (c: Converge) => c.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.message}`);

describe('method-style attributes', () => {
  it('writers and readers: default.a.b = 1, node.default.a.b, node.set.x, node.a.b', async () => {
    const c = await evaluateCookbook('cb', {
      'attributes/default.rb': "default.app.port = 8080\ndefault.app.name = 'web'\ndefault[:app][:dir] = '/srv'\nnode.default.app.user = 'www'\nset.app.mode = 'prod'\n",
      'recipes/default.rb': "node.set.app.extra = 'x'\nnode.override.app.name = 'site'\nfile '/out' do\n  content \"#{node.app.port} #{node.app.name} #{node.app.dir} #{node.app.user} #{node.app.mode} #{node.app.extra}\"\nend\n",
    });
    expect(resource(c, 'file', '/out').properties.content).toBe('8080 site /srv www prod x');
    expect(problems(c)).toEqual([]);
  });
  it('a key named like a Hash method is written method-style but read as the method, as Ruby dispatches', async () => {
    const c = await evaluateCookbook('cb', {
      'attributes/default.rb': "default.app.size = 3\ndefault.app.port = 1\ndefault['list'] = [1, 2]\n",
      'recipes/default.rb': "node.default['list'].pop\nfile '/out' do\n  content \"#{node.app.size} #{node['app']['size']} #{node.app.keys.sort.join(',')} #{node['list']}\"\nend\n",
    });
    expect(resource(c, 'file', '/out').properties.content).toBe('2 3 port,size [1]');
    expect(problems(c)).toEqual([]);
  });
});

describe('Chef 10 attribute setters without =', () => {
  it('default.a.b value sets the key as Chef 10 did, with a warning that Chef 11+ raises there', async () => {
    const c = await evaluateCookbook('cb', {
      'attributes/default.rb': "default.auth.sudo.groups [\"admin\"]\ndefault.auth.sudo.users \"a\", \"b\"\n",
      'recipes/default.rb': "file '/out' do\n  content \"#{node[:auth][:sudo][:groups].join} #{node.auth.sudo.users.join(',')}\"\nend\n",
    });
    expect(resource(c, 'file', '/out').properties.content).toBe('admin a,b');
    expect(problems(c).map((p) => p.slice(0, 7))).toEqual(['DEC0323', 'DEC0323']);
  });
});

describe('old recipe DSL', () => {
  it('require_recipe includes a recipe, once', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "require_recipe 'cb::other'\nrequire_recipe 'cb::other'\n",
      'recipes/other.rb': "file '/other'\n",
    });
    expect(c.runList).toEqual(['cb::default', 'cb::other']);
    expect(c.resources.filter((r) => r.type === 'file')).toHaveLength(1);
  });

  it('attribute? on attribute hashes', async () => {
    const c = await evaluateCookbook('cb', {
      'attributes/default.rb': "default['a']['b'] = 1\n",
      'recipes/default.rb': "file '/x' do\n  content \"#{node['a'].attribute?('b')} #{node['a'].attribute?(:c)} #{node.default['a'].attribute?('b')}\"\nend\n",
    });
    expect(resource(c, 'file', '/x').properties.content).toBe('true false true');
    expect(problems(c)).toEqual([]);
  });

  it('node.run_context is the run context', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "file '/a'\nseen = node.run_context.resource_collection.map(&:to_s).join(',')\nfile '/x' do\n  content seen\nend\n",
    });
    expect(resource(c, 'file', '/x').properties.content).toBe('file[/a]');
    expect(problems(c)).toEqual([]);
  });
});

describe('template and cookbook_file sources with a leading slash', () => {
  it('are File.joined under the segment, as Chef\'s preferences_for_path does: found inside the cookbook', async () => {
    const c = await evaluateCookbook('cb', {
      'templates/default/a.conf.erb': 'a=<%= 1 + 1 %>\n',
      'templates/default/b.conf.erb': 'b\n',
      'files/default/c.txt': 'c\n',
      'recipes/default.rb': "template '/etc/a.conf' do\n  source '/default/a.conf.erb'\nend\ntemplate '/etc/b.conf' do\n  source '/b.conf.erb'\nend\ncookbook_file '/etc/c.txt' do\n  source '/c.txt'\nend\n",
    });
    expect(resource(c, 'template', '/etc/a.conf').content).toMatchObject({ kind: 'rendered', text: 'a=2\n', template: { file: 'templates/default/a.conf.erb' } });
    expect(resource(c, 'template', '/etc/b.conf').content).toMatchObject({ kind: 'rendered', text: 'b\n' });
    expect(resource(c, 'cookbook_file', '/etc/c.txt').content).toMatchObject({ kind: 'cookbook-file' });
    expect(problems(c)).toEqual([]);
  });

  it('an absolute host path is looked up in the cookbook and not found (DEC0401), never read from the host', async () => {
    const c = await evaluateCookbook('cb', { 'recipes/default.rb': "template '/etc/x' do\n  source '/etc/passwd'\nend\n" });
    expect(resource(c, 'template', '/etc/x').content).toMatchObject({ kind: 'unknown' });
    expect(c.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['DEC0401']);
    expect(c.diagnostics[0]!.message).toContain('templates/default/etc/passwd');
  });
});

describe('custom resources', () => {
  it('declare_action_class is action_class', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/site.rb': "property :dir, String\ndeclare_action_class do\n  def conf\n    \"#{new_resource.dir}/site.conf\"\n  end\nend\naction :create do\n  file conf\nend\n",
      'recipes/default.rb': "cb_site 'x' do\n  dir '/srv'\nend\n",
    });
    resource(c, 'file', '/srv/site.conf');
    expect(problems(c)).toEqual([]);
  });

  it('a coerce proc runs with self the resource', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/site.rb': "property :root, String, default: '/srv'\nproperty :conf, String, coerce: proc { |v| v.start_with?('/') ? v : ::File.join(root, v) }\naction :create do\n  file new_resource.conf\nend\n",
      'recipes/default.rb': "cb_site 'x' do\n  conf 'a.conf'\nend\n",
    });
    resource(c, 'file', '/srv/a.conf');
    expect(problems(c)).toEqual([]);
  });
});

describe('libraries', () => {
  it('a module included into a reopened Chef::Recipe or Chef::Resource class is callable', async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/helpers.rb': "module CbHelpers\n  def site_dir\n    '/srv/site'\n  end\nend\nclass ::Chef::Recipe\n  include CbHelpers\nend\nclass Chef::Resource::File\n  include CbHelpers\nend\n",
      'recipes/default.rb': "directory site_dir\nfile '/y' do\n  content site_dir\nend\n",
    });
    resource(c, 'directory', '/srv/site');
    expect(resource(c, 'file', '/y').properties.content).toBe('/srv/site');
    expect(problems(c)).toEqual([]);
  });

  it('a module included into Chef::Resource::Template answers in template blocks, with self the resource, and only there', async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/helpers.rb': "module TplHelpers\n  def conf_dir\n    \"/etc/#{::File.basename(name)}.d\"\n  end\nend\nclass Chef::Resource::Template\n  include TplHelpers\nend\n",
      'templates/default/a.erb': '<%= @dir %>',
      'recipes/default.rb': "template '/etc/app' do\n  source 'a.erb'\n  variables(dir: conf_dir)\nend\nfile '/y' do\n  content conf_dir\nend\n",
    });
    expect(resource(c, 'template', '/etc/app').content).toMatchObject({ text: '/etc/app.d' });
    // A file resource is not a Template: Ruby raises NoMethodError there, and decant says so.
    expect(problems(c)).toEqual([expect.stringMatching(/^DEC0307 undefined method or local variable 'conf_dir'/)]);
  });
});

describe('Chef 10-12 era library and LWRP code', () => {
  it('Chef::Resource::FORBIDDEN_IVARS and HIDDEN_IVARS take a library\'s concat; an LWRP resource file\'s attr_reader defines a reader', async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/default.rb': "class Chef\n  class Resource\n    FORBIDDEN_IVARS.concat [:@application]\n    HIDDEN_IVARS.concat [:@application]\n  end\nend\n",
      'resources/app.rb': "actions :deploy\nattribute :path, :kind_of => String\nattr_reader :sub_resources\n",
      'providers/app.rb': "action :deploy do\n  file new_resource.path do\n    content new_resource.sub_resources.inspect\n  end\nend\n",
      'recipes/default.rb': "cb_app 'x' do\n  path '/srv/x'\n  action :deploy\nend\nfile '/ivars' do\n  content Chef::Resource::FORBIDDEN_IVARS.last.inspect\nend\n",
    });
    expect(resource(c, 'file', '/srv/x').properties.content).toBe('nil');
    expect(resource(c, 'file', '/ivars').properties.content).toBe(':@application');
    expect(problems(c)).toEqual([]);
  });

  it('FileTest.pipe? and File.socket? answer from the run\'s file system: nothing a resource declares is a pipe yet', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "file '/a' do\n  content FileTest.pipe?('/etc/sv/x/supervise/ok').to_s + File.socket?('/run/x.sock').to_s\nend\n",
    });
    expect(resource(c, 'file', '/a').properties.content).toBe('falsefalse');
    expect(problems(c)).toEqual([]);
  });
});

describe('LWRP providers of the Chef 10/11 era', () => {
  const resource_ = "actions :enable\ndefault_action :enable\nattribute :name, :kind_of => String, :name_attribute => true\nattribute :enabled, :default => false\nattribute :version, :kind_of => String\n";

  it('Chef::Resource::<CamelType>.new builds the cookbook\'s resource as a value for load_current_resource; current_resource reads it', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/site.rb': resource_,
      'providers/site.rb': "def load_current_resource\n  @site = Chef::Resource::CbSite.new(new_resource.name)\n  @site.version('1.0')\n  @current_resource = @site\nend\naction :enable do\n  unless @site.enabled\n    f = file \"/etc/site-#{new_resource.name}-#{current_resource.version}\"\n    new_resource.updated_by_last_action(f.updated?)\n    @site.enabled(true)\n  end\n  file \"/etc/after-#{@site.enabled}\"\nend\n",
      'recipes/default.rb': "cb_site 'x'\n",
    });
    resource(c, 'file', '/etc/site-x-1.0');
    // Set on the value, not declared: the value answers its own writes.
    resource(c, 'file', '/etc/after-true');
    expect(c.resources.filter((r) => r.type === 'cb_site')).toHaveLength(1);
    expect(problems(c)).toEqual([]);
  });

  it('recipe_eval declares its block\'s resources inline, with self the provider', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/site.rb': resource_,
      'providers/site.rb': "action :enable do\n  port = 6379\n  recipe_eval do\n    dir = \"/var/lib/#{new_resource.name}\"\n    directory dir\n    file \"#{dir}/#{port}.conf\"\n  end\nend\n",
      'recipes/default.rb': "cb_site 'redis'\n",
    });
    expect(c.resources.map((r) => `${r.type}[${String(r.name)}]`)).toEqual(['cb_site[redis]', 'directory[/var/lib/redis]', 'file[/var/lib/redis/6379.conf]']);
    expect(problems(c)).toEqual([]);
  });
});
