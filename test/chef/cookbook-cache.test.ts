/**
 * `__FILE__`, `__dir__` and reads of a cookbook's own files: Chef evaluates every cookbook file from where
 * chef-client synced it (file_cache_path/cookbooks/NAME), so those paths name it there and File.read finds it.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';
import type { Converge } from '../../src/model/converge.js';

const content = (c: Converge, name: string) => c.resources.find((r) => r.type === 'file' && r.name === name)?.properties['content'];

describe('__FILE__ and __dir__ name the file in chef-client\'s cookbook cache', () => {
  it('in a recipe, a library, an attribute file and a custom resource', async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/where.rb': 'module Where\n  LIB = __FILE__\nend\n',
      'attributes/default.rb': "default['cb']['dir'] = __dir__\n",
      'resources/thing.rb': "provides :cb_thing\nHERE = File.dirname(__FILE__)\naction :create do\n  file '/res' do\n    content HERE\n  end\nend\n",
      'recipes/default.rb': "file '/rec' do\n  content __FILE__\nend\nfile '/lib' do\n  content Where::LIB\nend\nfile '/attr' do\n  content node['cb']['dir']\nend\ncb_thing 'x'\n",
    });
    expect(content(c, '/rec')).toBe('/var/chef/cache/cookbooks/cb/recipes/default.rb');
    expect(content(c, '/lib')).toBe('/var/chef/cache/cookbooks/cb/libraries/where.rb');
    expect(content(c, '/attr')).toBe('/var/chef/cache/cookbooks/cb/attributes');
    expect(content(c, '/res')).toBe('/var/chef/cache/cookbooks/cb/resources');
  });

  it('is the file a method is written in, not the one calling it', async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/paths.rb': "module Paths\n  def self.files_dir\n    File.join(File.dirname(__FILE__), '..', 'files')\n  end\nend\n",
      'recipes/default.rb': "file '/f' do\n  content Paths.files_dir\nend\n",
    });
    expect(content(c, '/f')).toBe('/var/chef/cache/cookbooks/cb/libraries/../files');
  });

  it('File.expand_path against __FILE__ is a known absolute path', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "file '/p' do\n  content File.expand_path('../../files/default/a.txt', __FILE__)\nend\n",
    });
    expect(content(c, '/p')).toBe('/var/chef/cache/cookbooks/cb/files/default/a.txt');
  });
});

describe("reads of the cookbook's own files", () => {
  it('File.read, IO.readlines, File.foreach and YAML.load_file read the file the cookbook ships', async () => {
    const c = await evaluateCookbook('cb', {
      'files/default/motd': 'hello\nworld\n',
      'files/default/users.yml': 'admins:\n  - alice\n  - bob\n',
      'libraries/users.rb': "require 'yaml'\nmodule Users\n  ALL = YAML.load_file(File.join(File.dirname(__FILE__), '..', 'files', 'default', 'users.yml'))\nend\n",
      'recipes/default.rb': [
        "motd = File.join(__dir__, '..', 'files', 'default', 'motd')",
        "file '/etc/motd' do\n  content ::File.read(motd)\nend",
        "file '/lines' do\n  content IO.readlines(motd, chomp: true).join(',')\nend",
        'seen = []',
        'File.foreach(motd) { |l| seen << l.strip.upcase }',
        "file '/each' do\n  content seen.join(' ')\nend",
        "file '/admins' do\n  content Users::ALL['admins'].join(' ')\nend",
        "file '/exists' do\n  content [File.exist?(motd), File.directory?(File.join(__dir__, '..', 'files')), File.exist?(File.join(__dir__, 'nope.rb'))].inspect\nend",
      ].join('\n'),
    });
    expect(content(c, '/etc/motd')).toBe('hello\nworld\n');
    expect(content(c, '/lines')).toBe('hello,world');
    expect(content(c, '/each')).toBe('HELLO WORLD');
    expect(content(c, '/admins')).toBe('alice bob');
    expect(content(c, '/exists')).toBe('[true, true, false]');
  });

  it('through Chef::Config[:file_cache_path] and cookbook_name, as recipes also spell it', async () => {
    const c = await evaluateCookbook('cb', {
      'files/default/key.pub': 'ssh-ed25519 AAAA\n',
      'recipes/default.rb': "pub = ::File.join(Chef::Config[:file_cache_path], 'cookbooks', cookbook_name, 'files', 'default', 'key.pub')\nfile '/k' do\n  content File.read(pub).strip\nend\n",
    });
    expect(content(c, '/k')).toBe('ssh-ed25519 AAAA');
  });

  it('a file the cookbook lacks raises Errno::ENOENT as on the node, which a rescue sees', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "text = begin\n  File.read(File.join(__dir__, '..', 'files', 'default', 'absent'))\nrescue Errno::ENOENT => e\n  e.message\nend\nfile '/r' do\n  content text\nend\n",
    });
    expect(content(c, '/r')).toBe('No such file or directory @ rb_sysopen - /var/chef/cache/cookbooks/cb/recipes/../files/default/absent');
  });

  it('a path outside the cache stays the host\'s, and a path climbing out of the cookbook reads nothing', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "file '/h' do\n  content File.read('/etc/hostname')\nend\nfile '/o' do\n  content File.exist?(File.join(__dir__, '..', '..', 'other', 'metadata.rb')).to_s\nend\n",
    });
    expect(c.resources.find((r) => r.name === '/h')?.unknown).toEqual(['properties.content']);
    expect(content(c, '/o')).toBe('false');
  });
});

describe("Dir.glob, Dir[] and Dir.children of the cookbook's own folders", () => {
  it('list what the cookbook ships, keeping the pattern\'s folder as written, sorted', async () => {
    const c = await evaluateCookbook('cb', {
      'files/default/b.gem': 'x',
      'files/default/a.gem': 'x',
      'files/default/notes.txt': 'x',
      'files/default/sub/c.gem': 'x',
      'files/default/a/d.gem': 'x',
      'recipes/default.rb': [
        "files = File.join(File.dirname(__FILE__), '..', 'files', 'default')",
        'Dir.glob("#{files}/*.gem").each do |f|',
        '  remote_file "/usr/local/src/#{File.basename(f)}" do',
        '    source "file://#{f}"',
        '  end',
        'end',
        "file '/all' do\n  content Dir[\"#{files}/**/*.gem\"].map { |f| f.sub(files, '') }.join(' ')\nend",
        "file '/children' do\n  content Dir.children(files).join(' ')\nend",
      ].join('\n'),
    });
    expect(c.resources.filter((r) => r.type === 'remote_file').map((r) => [r.name, r.properties['source']])).toEqual([
      ['/usr/local/src/a.gem', 'file:///var/chef/cache/cookbooks/cb/recipes/../files/default/a.gem'],
      ['/usr/local/src/b.gem', 'file:///var/chef/cache/cookbooks/cb/recipes/../files/default/b.gem'],
    ]);
    // Ruby walks folders depth first, entries sorted: a/d.gem comes before a.gem.
    expect(content(c, '/all')).toBe('/a/d.gem /a.gem /b.gem /sub/c.gem');
    expect(content(c, '/children')).toBe('a a.gem b.gem notes.txt sub');
  });

  it('a glob of the host stays unknown', async () => {
    const c = await evaluateCookbook('cb', { 'recipes/default.rb': "file '/g' do\n  content Dir.glob('/etc/*.conf').join\nend\n" });
    expect(c.resources[0]?.unknown).toEqual(['properties.content']);
  });
});

describe('require of a library by its path in the cache', () => {
  it("require File.expand_path('../helpers', __FILE__) loads the cookbook's library once", async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/a_main.rb': "require File.expand_path('../z_helpers', __FILE__)\nmodule Main\n  VALUE = Helpers::NAME.upcase\nend\n",
      'libraries/z_helpers.rb': "module Helpers\n  NAME = 'web'\nend\n",
      'recipes/default.rb': "file '/v' do\n  content Main::VALUE\nend\n",
    });
    expect(content(c, '/v')).toBe('WEB');
    expect(c.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
