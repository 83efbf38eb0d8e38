/**
 * Chef-API constructs of issue 15's long tail around helper modules and resource objects, each modelled on the
 * pattern real cookbooks use and written here.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

const undefinedNames = (c: { diagnostics: readonly { code: string; message: string }[] }) =>
  c.diagnostics.filter((d) => d.code === 'DEC0307').map((d) => d.message);

describe('helper modules mixed into an action class', () => {
  it('a lambda stored at module load and run by instance_exec in the action reads new_resource', async () => {
    const c = await evaluateCookbook('arch', {
      'libraries/builders.rb': [
        'module Arch',
        '  module Builders',
        '    def generates_for(name, options)',
        '      generators.push [options[:when_the], options[:with]]',
        '    end',
        '    def generators',
        '      @generators ||= []',
        '    end',
        '  end',
        '  module Helpers',
        '    extend ::Arch::Builders',
        "    generates_for :zip, when_the: -> { new_resource.extension =~ /zip/ }, with: 'unzip'",
        "    generates_for :tar, when_the: -> { true }, with: 'tar'",
        '    def tool',
        '      Arch::Helpers.generators.find { |cond, _t| instance_exec(&cond) }.last',
        '    end',
        '  end',
        'end',
      ].join('\n'),
      'resources/archive.rb': [
        'provides :arch_archive',
        'unified_mode true',
        'property :extension, String',
        'action :unpack do',
        '  execute "#{tool} #{new_resource.name}"',
        'end',
        'action_class do',
        '  include ::Arch::Helpers',
        'end',
      ].join('\n'),
      'recipes/default.rb': "arch_archive 'a.zip' do\n  extension 'zip'\n  action :unpack\nend\narch_archive 'b.tgz' do\n  extension 'tgz'\n  action :unpack\nend\n",
    });
    expect(undefinedNames(c)).toEqual([]);
    expect(c.resources.filter((r) => r.type === 'execute').map((r) => r.name)).toEqual(['unzip a.zip', 'tar b.tgz']);
  });
});

describe('matching an unknown string', () => {
  it('leaves $~, $1 and Regexp.last_match unknown, not the previous match or nil', async () => {
    const { evalRuby } = await import('./interpreter/eval-helper.js');
    for (const read of ['Regexp.last_match(2)', '$1', '$~']) {
      const r = await evalRuby(`'x.zip' =~ /(x)\\.(zip)/\nu = ENV['URL']\nu =~ /^(.+?)\\.(jar|zip)/\n${read}`);
      expect(r.text, read).toContain('unknown ENV["URL"]');
    }
    const viaRegexp = await evalRuby("u = ENV['URL']\n/(a)/.match(u)\nRegexp.last_match(1)");
    expect(viaRegexp.text).toContain('unknown ENV["URL"]');
    const known = await evalRuby("'x.zip' =~ /(x)\\.(zip)/\nRegexp.last_match(2)");
    expect(known.text).toBe('"zip"');
  });
});

async function evaluateCookbooks(cookbooks: Record<string, Record<string, string>>, runList: string[]) {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { dirname, join } = await import('node:path');
  const { loadWorkspace } = await import('../../src/load/load-workspace.js');
  const { evaluate } = await import('../../src/chef/evaluate.js');
  const root = mkdtempSync(join(tmpdir(), 'decant-chefapi-'));
  for (const [name, files] of Object.entries(cookbooks)) {
    for (const [rel, text] of Object.entries({ 'metadata.rb': `name '${name}'\nversion '1.0.0'\n`, ...files })) {
      mkdirSync(dirname(join(root, name, rel)), { recursive: true });
      writeFileSync(join(root, name, rel), text);
    }
  }
  const ws = await loadWorkspace(Object.keys(cookbooks).map((n) => join(root, n)), { cookbookPaths: [] });
  return evaluate(ws, { runList, platform: 'debian-12' });
}

describe("the cookbook a custom resource's inner cookbook_file and template read", () => {
  const policy = {
    'resources/policy.rb': [
      'provides :guard_policy',
      'unified_mode true',
      'property :source_filename, String',
      'action :add do',
      '  cookbook_file "/etc/guard.d/#{new_resource.name}" do',
      '    source new_resource.source_filename',
      '  end',
      '  template "/etc/guard.d/#{new_resource.name}.conf"',
      'end',
    ].join('\n'),
  };

  it('is the cookbook whose recipe declared the custom resource, as Chef takes cookbook_name from new_resource', async () => {
    const c = await evaluateCookbooks(
      {
        guard: policy,
        site: {
          'metadata.rb': "name 'site'\nversion '1.0.0'\ndepends 'guard'\n",
          'recipes/default.rb': "guard_policy 'web'\n",
          'files/web': 'profile web {}\n',
          'templates/web.conf.erb': 'conf <%= 1 + 1 %>\n',
        },
      },
      ['recipe[site]'],
    );
    expect(c.diagnostics.filter((d) => d.code === 'DEC0403')).toEqual([]);
    const file = c.resources.find((r) => r.type === 'cookbook_file')!;
    const tpl = c.resources.find((r) => r.type === 'template')!;
    expect(file.unknown ?? []).toEqual([]);
    expect(file.content).toMatchObject({ kind: 'cookbook-file' });
    expect(tpl.content).toMatchObject({ kind: 'rendered', text: 'conf 2\n', complete: true });
  });

  it("`source nil` takes the default source, the base name of the resource's name (not of its path)", async () => {
    const c = await evaluateCookbook('zones', {
      'recipes/default.rb': "cookbook_file 'example.org' do\n  source nil\n  path '/var/cache/bind/db.example.org'\nend\n",
      'files/example.org': '$TTL 3600\n',
    });
    expect(c.diagnostics.filter((d) => d.code === 'DEC0403')).toEqual([]);
    expect(c.resources[0]!.unknown ?? []).toEqual([]);
  });
});

describe('run_context.cookbook_collection', () => {
  it("gives each cookbook of the run with its version and root_dir in chef-client's file cache", async () => {
    const c = await evaluateCookbook('fixt', {
      'recipes/default.rb': [
        "cb = run_context.cookbook_collection['fixt']",
        'file "/etc/fixt" do',
        '  content "#{cb.name} #{cb.version} file://#{::File.join(cb.root_dir, \'files\', \'default\')}"',
        'end',
        "file '/etc/other' do",
        "  content run_context.cookbook_collection['absent'].inspect + run_context.cookbook_collection.key?('fixt').to_s",
        'end',
      ].join('\n'),
    });
    expect(c.resources.map((r) => r.properties.content)).toEqual(['fixt 1.0.0 file:///var/chef/cache/cookbooks/fixt/files/default', 'niltrue']);
  });

  it('what it does not model is an Unknown naming the call', async () => {
    const c = await evaluateCookbook('fixt', { 'recipes/default.rb': "file '/etc/x' do\n  content run_context.cookbook_collection['fixt'].manifest.to_s\nend\n" });
    expect(c.resources[0]!.unknown).toEqual(['properties.content']);
    expect(c.diagnostics.map((d) => d.message)).toContain('CookbookVersion#manifest of fixt is not modelled');
  });
});

describe('a precedence level read at a path nothing wrote', () => {
  it('answers attribute? and key? false, as the empty VividMash Chef vivifies there', async () => {
    const c = await evaluateCookbook('zone', {
      'recipes/default.rb': [
        "persisted = node.default['zone']['db']['example.org']",
        "serial = persisted.attribute?('serial') ? persisted['serial'] : 1",
        "file '/etc/serial' do",
        '  content "#{serial} #{persisted.key?(\'serial\')} #{persisted.include?(\'x\')}"',
        'end',
        "node.default['zone']['db']['example.org']['serial'] = 7",
        "file '/etc/serial2' do",
        "  content node.default['zone']['db']['example.org'].attribute?('serial').to_s",
        'end',
      ].join('\n'),
    });
    expect(undefinedNames(c)).toEqual([]);
    expect(c.resources.map((r) => r.properties.content)).toEqual(['1 false false', 'true']);
  });
});

describe('node.attribute and node.attributes', () => {
  it('read and write the same attributes as the node', async () => {
    const c = await evaluateCookbook('kfk', {
      'attributes/default.rb': "default['kfk']['scala_version'] = '2.13'\n",
      'recipes/default.rb': "node.attributes.default['kfk']['extra'] = 'x'\napt_package \"confluent-kafka-#{node.attribute[cookbook_name]['scala_version']}-#{node['kfk']['extra']}\"\n",
    });
    expect(undefinedNames(c)).toEqual([]);
    expect(c.resources.map((r) => r.name)).toEqual(['confluent-kafka-2.13-x']);
  });
});

describe('OpenSSL::Config', () => {
  it("loading the default config is the node's openssl.cnf: unknown, not an undefined constant", async () => {
    const { evalRuby } = await import('./interpreter/eval-helper.js');
    const r = await evalRuby('::OpenSSL::Config::DEFAULT_CONFIG_FILE');
    expect(r.text).toContain("OpenSSL::Config::DEFAULT_CONFIG_FILE is where the node's Ruby keeps openssl.cnf");
    const loaded = await evalRuby("OpenSSL::Config.load('/etc/ssl/openssl.cnf')");
    expect(loaded.text).toContain('OpenSSL::Config.load (the openssl.cnf of the node) asks the host');
  });
});

describe('Net::HTTP request objects', () => {
  it('are built like plain Ruby objects (path, headers, body, basic auth); only sending one asks the network', async () => {
    const { evalRuby } = await import('./interpreter/eval-helper.js');
    const r = await evalRuby([
      "request = Net::HTTP::Post.new('/updateCenter/byId/default/postBack', { 'Accept' => 'application/json' })",
      "request.body = '{}'",
      "request.basic_auth('admin', 'pw')",
      "request['X-Extra'] = '1'",
      "[request.path, request.body, request['accept'], request['x-extra'], request.method]",
    ].join('\n'));
    expect(r.text).toBe('["/updateCenter/byId/default/postBack", "{}", "application/json", "1", "POST"]');
    const sent = await evalRuby("Net::HTTP.start('localhost', 8080) { |http| http.request(Net::HTTP::Get.new('/')) }");
    expect(sent.text).toContain('fetched from URL at converge time (Net::HTTP.start');
  });
});

describe('IO class methods and URI.open', () => {
  it('read the host: unknown saying what was read, not an undefined method of Class', async () => {
    const { evalRuby } = await import('./interpreter/eval-helper.js');
    expect((await evalRuby("IO.readlines('/var/chef/cache/update-center.json')")).text).toContain('IO.readlines reads the host file system');
    expect((await evalRuby("IO.read('/var/chef/cache/x.json')")).text).toContain('IO.read reads the host file system');
    expect((await evalRuby("URI.open('http://localhost:8080/whoAmI/')")).text).toContain('fetched from URL at converge time (URI.open http://localhost:8080/whoAmI/)');
  });
});

describe("English's global names", () => {
  it('are unknown with their cause where the cookbook does not load English, and $/ is a newline', async () => {
    const { evalRuby } = await import('./interpreter/eval-helper.js');
    expect((await evalRuby("%w[a b].join($/)")).text).toBe('"a\\nb"');
    expect((await evalRuby('$INPUT_RECORD_SEPARATOR')).text).toContain("is $/ only where Ruby's English library was loaded");
  });
});
