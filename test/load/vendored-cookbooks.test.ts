/**
 * A chef-repo whose dependencies are vendored (`berks vendor` into berks-cookbooks/ or vendor/cookbooks/), and
 * the cookbook_path its knife, chef-zero or chef-solo configuration names: searched after cookbooks/, as
 * dependencies, never converted on their own.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'decant-vendored-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

const cookbook = (dir: string, name: string, version = '1.0.0') => ({
  [`${dir}/${name}/metadata.rb`]: `name '${name}'\nversion '${version}'\n`,
  [`${dir}/${name}/recipes/default.rb`]: "package 'curl'\n",
});

describe('vendored cookbooks in a chef-repo', () => {
  it.each(['berks-cookbooks', 'vendor/cookbooks'])('%s is searched after cookbooks/, its cookbooks are dependencies', async (vendored) => {
    const root = tree({ ...cookbook('cookbooks', 'shop'), ...cookbook(vendored, 'apt'), ...cookbook(vendored, 'shop', '0.9.0') });
    const ws = await loadWorkspace([root], {});
    expect([...ws.cookbooks.keys()].sort()).toEqual(['apt', 'shop']);
    // The repository's own copy wins over the vendored one, and only it is converted by default.
    expect(ws.cookbooks.get('shop')?.metadata.version).toBe('1.0.0');
    expect(ws.primary).toEqual(['shop']);
    expect(ws.diagnostics).toEqual([]);
  });

  it('a repository of roles and vendored cookbooks alone is a chef-repo', async () => {
    const root = tree({ ...cookbook('berks-cookbooks', 'nginx'), 'Berksfile': "source 'https://supermarket.chef.io'\ncookbook 'nginx'\n" });
    const ws = await loadWorkspace([root], {});
    expect(ws.kind).toBe('chef-repo');
    expect([...ws.cookbooks.keys()]).toEqual(['nginx']);
  });

  it("a cookbook's own berks-cookbooks/ (berks vendor run in the cookbook) holds its dependencies", async () => {
    const root = tree({ 'app/metadata.rb': "name 'app'\nversion '1.0.0'\ndepends 'apt'\n", 'app/recipes/default.rb': "include_recipe 'apt'\n", ...cookbook('app/berks-cookbooks', 'apt'), ...cookbook('app/berks-cookbooks', 'app', '0.1.0') });
    const ws = await loadWorkspace([join(root, 'app')], {});
    expect([...ws.cookbooks.keys()].sort()).toEqual(['app', 'apt']);
    expect(ws.cookbooks.get('app')?.metadata.version).toBe('1.0.0');
    expect(ws.diagnostics).toEqual([]);
  });
});

describe("the repository's knife, chef-zero or chef-solo cookbook_path", () => {
  it('.chef/knife.rb: paths computed from __FILE__ and current_dir are searched', async () => {
    const root = tree({
      ...cookbook('cookbooks', 'shop'),
      ...cookbook('deps/community', 'apt'),
      ...cookbook('deps/internal', 'base'),
      '.chef/knife.rb': [
        'current_dir = File.dirname(__FILE__)',
        "node_name ENV['USER']",
        'client_key "#{current_dir}/user.pem"',
        "knife[:editor] = 'vim'",
        'cookbook_path ["#{current_dir}/../cookbooks", File.join(current_dir, "..", "deps", "community"), File.expand_path("../../deps/internal", __FILE__)]',
      ].join('\n'),
    });
    const ws = await loadWorkspace([root], {});
    expect([...ws.cookbooks.keys()].sort()).toEqual(['apt', 'base', 'shop']);
    expect(ws.primary).toEqual(['shop']);
    expect(ws.diagnostics).toEqual([]);
  });

  it('.chef/config.rb is read before knife.rb, and solo.rb besides; relative paths are from the repository root', async () => {
    const root = tree({
      ...cookbook('cookbooks', 'shop'),
      ...cookbook('a', 'one'),
      ...cookbook('b', 'two'),
      ...cookbook('c', 'three'),
      '.chef/config.rb': "cookbook_path ['cookbooks', 'a']\n",
      '.chef/knife.rb': "cookbook_path ['b']\n",
      'solo.rb': "cookbook_path File.join(__dir__, 'c')\n",
    });
    const ws = await loadWorkspace([root], {});
    expect([...ws.cookbooks.keys()].sort()).toEqual(['one', 'shop', 'three']);
  });

  it("zero.rb: `cookbook_path []` then `cookbook_path << File.join(base, 'x')`, as config files extend a setting", async () => {
    const root = tree({
      ...cookbook('cookbooks', 'shop'),
      ...cookbook('our-cookbooks', 'base'),
      ...cookbook('old', 'gone'),
      'zero.rb': "base_path = File.expand_path('..', __FILE__)\ncookbook_path ['old']\ncookbook_path []\ncookbook_path << File.join(base_path, 'cookbooks')\ncookbook_path << File.join(base_path, 'our-cookbooks')\nlog_level :info\n",
    });
    const ws = await loadWorkspace([root], {});
    expect([...ws.cookbooks.keys()].sort()).toEqual(['base', 'shop']);
    expect(ws.diagnostics).toEqual([]);
  });

  it('solo.rb: Pathname.pwd.join(...).to_s is the repository root, where chef-solo is run', async () => {
    const root = tree({
      ...cookbook('site-cookbooks', 'base'),
      ...cookbook('berks-cookbooks', 'macos'),
      ...cookbook('lib/cookbooks', 'extra'),
      'solo.rb': "pwd = Pathname.pwd\ncookbook_path [pwd.join('berks-cookbooks').to_s, pwd.join('site-cookbooks').to_s, Pathname.new(pwd).join('lib', 'cookbooks').to_s]\nrole_path pwd.join('roles').to_s\n",
    });
    const ws = await loadWorkspace([root], {});
    expect([...ws.cookbooks.keys()].sort()).toEqual(['base', 'extra', 'macos']);
    expect(ws.primary).toEqual(['base']);
    expect(ws.diagnostics).toEqual([]);
  });

  it('a path outside the repository, a missing folder and an unreadable value are not searched, each with a warning', async () => {
    const root = tree({
      ...cookbook('cookbooks', 'shop'),
      '.chef/knife.rb': "cookbook_path ['/etc', 'berks-cookbooks', ENV['COOKBOOKS']]\n",
    });
    const ws = await loadWorkspace([root], {});
    expect([...ws.cookbooks.keys()]).toEqual(['shop']);
    expect(ws.diagnostics.map((d) => [d.code, d.severity, d.location?.file, d.message])).toEqual([
      ['DEC0334', 'warning', '.chef/knife.rb', 'cookbook_path in .chef/knife.rb: "/etc" is outside the repository; not searched'],
      ['DEC0334', 'warning', '.chef/knife.rb', 'cookbook_path in .chef/knife.rb: berks-cookbooks is not a folder of the repository; not searched'],
      ['DEC0334', 'warning', '.chef/knife.rb', 'cookbook_path in .chef/knife.rb: element reference "ENV[\'COOKBOOKS\']" is not a literal decant reads in this file; that folder is not searched'],
    ]);
  });
});
