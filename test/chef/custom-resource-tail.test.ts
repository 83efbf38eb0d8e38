/** Issue 15: custom-resource and Ruby-evaluation gaps real cookbooks showed (host gems, element slots, partial helpers, new_resource forms, notifications, lsb facts, attribute arrays). */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook, resource, codes } from './evaluate-recipe.js';
import { Unknown } from '../../src/chef/values.js';

const reason = (v: unknown) => (v instanceof Unknown ? v.reason : (v as { reason?: string } | undefined)?.reason);

describe('RubyGems', () => {
  it('Gem::Version compares; a Gem::Specification lookup is unknown because it reads host gem state', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "file '/g' do\n  content Gem::Specification.find_by_name('mysql2').version.to_s\nend",
        "file '/v' do\n  content (Gem::Version.new('1.2') < Gem::Version.new('1.10')).to_s\nend",
      ].join('\n'),
    });
    expect(reason(resource(c, 'file', '/g').properties.content)).toMatch(/Gem::Specification\.find_by_name\("mysql2"\).*host gem state/);
    expect(resource(c, 'file', '/v').properties.content).toBe('true');
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});

describe('hashes inside attribute arrays', () => {
  it('are Mashes with string keys: [:k], [\'k\'] and .k read them, whichever key form was written', async () => {
    const c = await evaluateCookbook('cb', {
      'attributes/default.rb': "default['a'] = [{ 'k' => 1 }, { k: 2 }]\ndefault['nested'] = [[{ name: 'x' }]]\n",
      'recipes/default.rb': [
        "node.default['b'] = [{ port: 80 }]",
        "file '/m' do\n  content [node['a'][0][:k], node['a'][0].k, node['a'][1]['k'], node['a'][1][:k], node['nested'][0][0][:name], node['b'][0][:port], node['a'].map { |h| h[:k] }].inspect\nend",
      ].join('\n'),
    });
    expect(resource(c, 'file', '/m').properties.content).toBe('[1, 1, 2, 2, "x", 80, [1, 2]]');
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});

describe('new_resource forms in custom resources', () => {
  it('new_resource.to_hash holds every property (set or default) by symbol; @new_resource reads in actions and action_class methods', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/conf.rb': [
        'property :port, Integer, default: 80',
        'property :host, String, name_property: true',
        'property :user, String',
        'action :create do',
        "  file '/h' do\n    content new_resource.to_hash.map { |k, v| \"#{k}=#{v.inspect}\" }.join(',')\n  end",
        '  h = @new_resource.host',
        "  file '/i' do\n    content h\n  end",
        '  helper_x',
        'end',
        'action_class do',
        '  def helper_x',
        '    p = @new_resource.port.to_s',
        "    file '/j' do\n      content p\n    end",
        '  end',
        'end',
      ].join('\n'),
      'recipes/default.rb': "cb_conf 'h1' do\n  user 'www'\nend\n",
    });
    expect(resource(c, 'file', '/h').properties.content).toBe('name="h1",port=80,host="h1",user="www"');
    expect(resource(c, 'file', '/i').properties.content).toBe('h1');
    expect(resource(c, 'file', '/j').properties.content).toBe('80');
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});

describe('notifications from inside a custom resource action', () => {
  it('to new_resource name the instance and run its notified action; to a resource of the outer collection resolve by identity', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/conf.rb': [
        'property :x, String, name_property: true',
        'action :create do',
        "  file '/etc/a.conf' do\n    content 'a'\n    notifies :restart, new_resource, :immediately\n    notifies :reload, 'service[foo]'\n  end",
        'end',
        "action :restart do\n  file '/restarted'\nend",
        "action :unused do\n  file '/never'\nend",
      ].join('\n'),
      'recipes/default.rb': "service 'foo'\ncb_conf 'h1'\n",
    });
    expect(resource(c, 'file', '/etc/a.conf').notifies).toEqual([
      { action: 'restart', resource: 'cb_conf[h1]', timing: 'immediately' },
      { action: 'reload', resource: 'service[foo]', timing: 'delayed' },
    ]);
    expect(resource(c, 'file', '/restarted')).toBeDefined();
    expect(c.resources.some((r) => r.name === '/never')).toBe(false);
    expect(codes(c, 'DEC0301')).toEqual([]);
  });
});

describe('template partials', () => {
  it('a partial calls the helpers of the template that renders it (helpers(Mod), helpers do … end, helper(:x) { })', async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/h.rb': "module ConfHelpers\n  def shout(s)\n    s.upcase\n  end\nend\n",
      'templates/default/main.erb': 'A <%= shout("x") %>\n<%= render "part.erb", variables: { v: 1 } %>\n',
      'templates/default/part.erb': 'P <%= shout("y") %> <%= twice(@v) %> <%= quote("q") %><%= render "inner.erb" %>',
      'templates/default/inner.erb': ' I <%= twice(2) %>',
      'recipes/default.rb': [
        "template '/t' do",
        "  source 'main.erb'",
        '  helpers(ConfHelpers)',
        "  helpers do\n    def quote(s)\n      \"'#{s}'\"\n    end\n  end",
        '  helper(:twice) { |x| x * 2 }',
        'end',
      ].join('\n'),
    });
    expect(resource(c, 'template', '/t').content).toMatchObject({ kind: 'rendered', text: "A X\nP Y 2 'q' I 4\n", complete: true });
    expect(codes(c, 'DEC0307', 'DEC0402')).toEqual([]);
  });
});

describe('Process::UID and Process::GID', () => {
  it('from_name reads passwd as getpwnam does; switching the client\'s own ids leaves nothing behind', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "user 'postgres'",
        "file '/ids' do",
        "  content lazy { Process::UID.eid = Process::UID.from_name('root'); Process::UID.switch; [Process::UID.from_name('root'), Process::GID.from_name('root')].inspect }",
        'end',
        "file '/pg' do\n  content lazy { Process::UID.from_name('postgres').to_s }\nend",
      ].join('\n'),
    });
    expect(resource(c, 'file', '/ids').properties.content).toBe('[0, 0]');
    expect(reason(resource(c, 'file', '/pg').properties.content)).toMatch(/Process::UID\.from_name\("postgres"\)/);
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});

describe('resources whose names are partly unknown', () => {
  it('two accumulator templates sharing an unknown directory stay two resources; the same path finds the same one', async () => {
    const c = await evaluateCookbook('cb', {
      'templates/default/t.erb': '<%= @lines.join(",") %>',
      'resources/acc.rb': [
        'property :line, String, name_property: true',
        "property :conf, String, default: lazy { \"#{shell_out('pg_conftool dir').stdout}/#{kind}.conf\" }",
        'property :kind, String',
        'action :create do',
        '  t = begin',
        '    find_resource!(:template, new_resource.conf)',
        '  rescue Chef::Exceptions::ResourceNotFound',
        '    with_run_context(:root) do',
        "      declare_resource(:template, new_resource.conf) do\n        source 't.erb'\n        variables(lines: [])\n      end",
        '    end',
        '  end',
        '  t.variables[:lines] << new_resource.line',
        'end',
      ].join('\n'),
      'recipes/default.rb': "cb_acc 'a' do\n  kind 'hba'\nend\ncb_acc 'b' do\n  kind 'ident'\nend\ncb_acc 'c' do\n  kind 'hba'\nend\n",
    });
    const templates = c.resources.filter((r) => r.type === 'template');
    expect(templates.map((t) => (t.properties.variables as { lines: string[] }).lines)).toEqual([['a', 'c'], ['b']]);
    expect(templates.every((t) => reason(t.name) !== undefined)).toBe(true);
  });
});

describe('the deepsort gem', () => {
  it('deep_sort orders hash keys and array items at every depth; the bang form reorders in place; hash:/array: false keep that order', async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/conf.rb': "require 'deepsort'\n",
      'recipes/default.rb': [
        "h = { 'b' => [3, 1, 2], 'a' => { 'z' => 1, 'y' => [%w(q p)] } }",
        'm = h.dup',
        'm.deep_sort!',
        "file '/s' do",
        '  content [h.deep_sort, m, h.deep_sort(array: false), [[2, 1], [1, 3]].deep_sort, { b: 1, a: 2 }.deep_sort_by { |pair| pair.last }].inspect',
        'end',
        "file '/bad' do\n  content [1, 'a'].deep_sort.inspect\nend",
      ].join('\n'),
    });
    expect(resource(c, 'file', '/s').properties.content).toBe(
      '[{"a"=>{"y"=>[["p", "q"]], "z"=>1}, "b"=>[1, 2, 3]}, {"a"=>{"y"=>[["p", "q"]], "z"=>1}, "b"=>[1, 2, 3]}, {"a"=>{"y"=>[["q", "p"]], "z"=>1}, "b"=>[3, 1, 2]}, [[1, 2], [1, 3]], {:b=>1, :a=>2}]',
    );
    expect(reason(resource(c, 'file', '/bad').properties.content)).toMatch(/deep_sort of values that do not compare/);
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});

describe('nested unknown conditions', () => {
  it('a resource under a condition on a value chosen under an unknown condition names the first cause once, not "depends on depends on"', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "v = shell_out('pg_lsclusters').stdout",
        "ver = v.include?('14') ? 14 : 15",
        "dir = ver == 14 ? '/a' : '/b'",
        "if dir == '/a'\n  file '/x'\nend",
      ].join('\n'),
    });
    const r = resource(c, 'file', '/x');
    const why = JSON.stringify(r);
    expect(why).toMatch(/depends on shell_out\(\\"pg_lsclusters\\"\)/);
    expect(why).not.toMatch(/depends on depends on/);
  });
});

describe('a precedence level read at a missing path', () => {
  it('is a vivified mash that tap and then yield, and writes through them land in the node', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "zone = node.default['bind']['zone']['x']",
        "node.default['bind']['zone']['x'].tap do |z|\n  z['serial'] = 5\nend",
        "node.default['a']['b'].then { |z| z['c'] = 1 }",
        "file '/x' do\n  content [node['bind']['zone']['x']['serial'], node['a']['b']['c'], zone.attribute?('serial')].inspect\nend",
      ].join('\n'),
    });
    expect(resource(c, 'file', '/x').properties.content).toBe('[5, 1, true]');
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});

describe('Chef::Cookbook::Metadata', () => {
  it('from_file of the cookbook\'s own metadata.rb answers its version and name; another file is the host\'s', async () => {
    const c = await evaluateCookbook('cb', {
      'metadata.rb': "name 'cb'\nversion '2.3.4'\n",
      'libraries/version.rb': [
        'module Cb',
        "  metadata_file = '/var/chef/cache/cookbooks/cb/metadata.rb'",
        '  m = Chef::Cookbook::Metadata.new',
        '  m.from_file(metadata_file)',
        '  VERSION = m.version.dup.freeze',
        '  NAME = m.name',
        "  OTHER = Chef::Cookbook::Metadata.new.tap { |o| o.from_file('/etc/x.rb') }",
        'end',
      ].join('\n'),
      'recipes/default.rb': "file '/v' do\n  content \"#{Cb::NAME} #{Cb::VERSION}\"\nend\nfile '/o' do\n  content Cb::OTHER.version\nend\n",
    });
    expect(resource(c, 'file', '/v').properties.content).toBe('cb 2.3.4');
    expect(reason(resource(c, 'file', '/o').properties.content)).toMatch(/before from_file/);
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});

describe('Ruby questions asked of a resource', () => {
  it('is_a?(Array) on a resource the collection found is false, and sets no property called is_a?', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "template '/x' do\n  source 'a.erb'\n  action :nothing\nend",
        "r = run_context.resource_collection.find(:template => '/x')",
        "raise 'more than one template' if r.is_a?(Array)",
        "file '/o' do\n  content [r.is_a?(Array), r.kind_of?(Hash), r.path].inspect\nend",
      ].join('\n'),
    });
    expect(resource(c, 'file', '/o').properties.content).toBe('[false, false, "/x"]');
    expect(Object.keys(resource(c, 'template', '/x').properties)).toEqual(['source']);
  });
});

describe('a property set with lazy { } on the instance', () => {
  it('is run when the action reads it, as Chef runs it on read, and coerced', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/jdk.rb': [
        'property :java_home, String',
        "property :label, String, coerce: proc { |v| v.upcase }",
        'action :install do',
        "  extract_dir = new_resource.java_home.split('/')[0..-2].join('/')",
        '  directory extract_dir',
        "  file \"#{new_resource.java_home}/#{new_resource.label}\"",
        'end',
      ].join('\n'),
      'recipes/default.rb': [
        "version = '21.0.5'",
        "cb_jdk '21' do",
        "  java_home lazy { \"/usr/lib/jvm/java-21/jdk-#{version}-#{node['kernel']['machine']}\" }",
        "  label lazy { 'lts' }",
        'end',
      ].join('\n'),
    });
    expect(resource(c, 'directory', '/usr/lib/jvm/java-21').via).toBe('cb_jdk[21]');
    expect(resource(c, 'file', '/usr/lib/jvm/java-21/jdk-21.0.5-x86_64/LTS').via).toBe('cb_jdk[21]');
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});

describe('an action of a custom resource that another resource notifies', () => {
  const RES = "action :install do\n  file '/etc/app.conf'\nend\naction :reload do\n  execute 'app-reload'\nend\naction :rotate do\n  file '/etc/app.rotated'\nend\n";
  it('runs, as Chef runs it when the notifier changes (every resource changes on a first converge): delayed at the end, immediately right after', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/app.rb': RES,
      'recipes/default.rb': [
        "cb_app 'a'",
        "template '/etc/x' do\n  source 'x.erb'\n  notifies :reload, 'cb_app[a]', :delayed\nend",
        "file '/etc/y' do\n  notifies :rotate, 'cb_app[a]', :immediately\nend",
        "file '/etc/z'",
      ].join('\n'),
      'templates/x.erb': 'x\n',
    });
    expect(c.resources.map((r) => `${r.type}[${String(r.name)}]`)).toEqual([
      'cb_app[a]', 'file[/etc/app.conf]', 'template[/etc/x]', 'file[/etc/y]', 'file[/etc/app.rotated]', 'file[/etc/z]', 'execute[app-reload]',
    ]);
    expect(resource(c, 'cb_app', 'a').customActionsRun).toEqual(['install', 'rotate', 'reload']);
    expect(resource(c, 'execute', 'app-reload').via).toBe('cb_app[a]');
  });

  it('an instance that subscribes to a resource runs that action too, once however many times it fires', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/app.rb': RES,
      'recipes/default.rb': "file '/etc/x'\nfile '/etc/w'\ncb_app 'a' do\n  subscribes :reload, 'file[/etc/x]'\n  subscribes :reload, 'file[/etc/w]'\nend\n",
    });
    expect(c.resources.filter((r) => r.type === 'execute').map((r) => r.name)).toEqual(['app-reload']);
    expect(resource(c, 'cb_app', 'a').customActionsRun).toEqual(['install', 'reload']);
  });
});
