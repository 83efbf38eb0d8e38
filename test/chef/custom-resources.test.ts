/** Issue 3 patterns on in-memory files: class-based library resources, definitions, LWRP provider methods. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/chef/evaluate.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';

async function run(files: Record<string, string>, runList = ['recipe[cb]']) {
  const root = mkdtempSync(join(tmpdir(), 'decant-cr-'));
  const cb = join(root, 'cb');
  for (const [rel, text] of Object.entries({ 'metadata.rb': "name 'cb'\n", ...files })) {
    mkdirSync(join(cb, rel, '..'), { recursive: true });
    writeFileSync(join(cb, rel), text);
  }
  const ws = await loadWorkspace([cb], { cookbookPaths: [] });
  return evaluate(ws, { runList, platform: 'debian-12' });
}

describe('custom resources beyond resources/*.rb', () => {
  it('expands a class-based resource defined in a library, with inherited properties and lazy defaults', async () => {
    const c = await run({
      'libraries/a_base.rb': "require_relative 'z_svc'\n",
      'libraries/b_root.rb': "module My\n  class Base < Chef::Resource\n    property :port, Integer, default: 80\n  end\nend\n",
      'libraries/z_svc.rb': [
        "require_relative 'b_root'",
        'module My',
        '  class Svc < Base',
        '    resource_name :my_svc',
        '    property :user, String, default: lazy { "u#{port}" }',
        '    action :create do',
        '      file "/etc/#{new_resource.name}" do',
        '        content "#{new_resource.user}:#{new_resource.port}"',
        '      end',
        '    end',
        '  end',
        'end',
        '',
      ].join('\n'),
      'recipes/default.rb': "my_svc 'x' do\n  port 81\nend\n",
    });
    expect(c.resources.map((r) => `${r.type}[${String(r.name)}]`)).toEqual(['my_svc[x]', 'file[/etc/x]']);
    expect(c.resources[1]!.properties.content).toBe('u81:81');
    expect(c.resources[1]!.via).toBe('my_svc[x]');
  });

  it('passes a default through the property\'s coerce, as Chef\'s Property#get does (a set value too)', async () => {
    const c = await run({
      'resources/svc.rb': [
        'unified_mode true',
        "property :unit_name, String, coerce: proc { |p| \"#{p}.service\" }, default: lazy { \"d-#{name}\" }",
        "property :mode, String, coerce: proc { |p| p.upcase }, default: 'plain'",
        'action :create do',
        '  file "/etc/#{new_resource.unit_name}" do',
        '    content new_resource.mode',
        '  end',
        'end',
        '',
      ].join('\n'),
      'recipes/default.rb': "cb_svc 'a'\ncb_svc 'b' do\n  unit_name 'given'\nend\n",
    });
    expect(c.resources.filter((r) => r.type === 'file').map((r) => [r.name, r.properties.content])).toEqual([
      ['/etc/d-a.service', 'PLAIN'],
      ['/etc/given.service', 'PLAIN'],
    ]);
  });

  it('runs a definition with params and its defaults', async () => {
    const c = await run({
      'definitions/site.rb': "define :site, port: 80 do\n  file \"/etc/site-#{params[:name]}\" do\n    content \"#{params[:port]}\"\n  end\nend\n",
      'recipes/default.rb': "site 'a' do\n  port 8080\nend\nsite 'b'\n",
    });
    expect(c.resources.map((r) => [r.name, r.properties.content])).toEqual([
      ['/etc/site-a', '8080'],
      ['/etc/site-b', '80'],
    ]);
  });

  it('an LWRP provider method and name_attribute reach the action', async () => {
    const c = await run({
      'resources/vhost.rb': "actions :create\ndefault_action :create\nattribute :site, kind_of: String, name_attribute: true\n",
      'providers/vhost.rb': "use_inline_resources\ndef conf\n  \"/etc/v/#{new_resource.site}.conf\"\nend\naction :create do\n  template conf do\n    source 'v.erb'\n  end\nend\n",
      'templates/v.erb': "site <%= @x %>\n",
      'recipes/default.rb': "cb_vhost 'docs'\n",
    });
    expect(c.resources.map((r) => `${r.type}[${String(r.name)}]`)).toEqual(['cb_vhost[docs]', 'template[/etc/v/docs.conf]']);
    expect(c.resources[1]!.content).toMatchObject({ kind: 'rendered', text: 'site \n' });
  });

  it('a top-level def in an attribute file is callable there', async () => {
    const c = await run({
      'attributes/default.rb': "def pick\n  'p'\nend\ndefault['cb']['v'] = pick\n",
      'recipes/default.rb': "file '/x' do\n  content node['cb']['v']\nend\n",
    });
    expect(c.resources[0]!.properties.content).toBe('p');
    expect(c.diagnostics.filter((d) => d.code === 'DEC0307')).toEqual([]);
  });

  it('a custom resource its guard skips declares nothing: its action never runs (a repository resource with setup_repo false)', async () => {
    const c = await run({
      'resources/repo.rb': "property :enabled, [true, false], default: true\naction :add do\n  apt_repository 'vendor' do\n    uri 'https://example.org/repo'\n  end\n  file '/etc/vendor' do\n    content 'x'\n  end\nend\n",
      'resources/client.rb': "property :setup_repo, [true, false], default: true\naction :install do\n  cb_repo 'r' do\n    only_if { new_resource.setup_repo }\n  end\n  package 'client'\nend\n",
      'recipes/default.rb': "cb_client 'off' do\n  setup_repo false\nend\ncb_repo 'kept'\n",
    });
    const ids = c.resources.map((r) => `${r.type}[${String(r.name)}]`);
    expect(ids).toEqual(['cb_client[off]', 'cb_repo[r]', 'package[client]', 'cb_repo[kept]', 'apt_repository[vendor]', 'file[/etc/vendor]']);
    expect(c.resources.find((r) => r.name === 'r')!.guards.map((g) => g.outcome)).toEqual(['skip']);
    // The resources that remain are those of the unguarded instance.
    expect(c.resources.filter((r) => r.type === 'apt_repository').map((r) => r.via)).toEqual(['cb_repo[kept]']);
  });

  it('selinux_enabled? is false in a container image, with an info note where it was asked', async () => {
    const c = await run({ 'recipes/default.rb': "package 'policy' if selinux_enabled?\nfile '/etc/x' do\n  content 'y'\n  only_if { selinux_enabled? }\nend\n" });
    expect(c.resources.map((r) => r.type)).toEqual(['file']);
    expect(c.resources[0]!.guards.map((g) => g.outcome)).toEqual(['skip']);
    const notes = c.diagnostics.filter((d) => d.code === 'DEC0317');
    expect(notes.map((d) => [d.severity, d.location?.line])).toEqual([['info', 1], ['info', 4]]);
  });

  it('a custom resource declared by its bare type, with no name, is declared (name \'\'), as Chef 16+ allows; a bare word that only looks like a type is not', async () => {
    const c = await run({
      'resources/install.rb': "unified_mode true\nproperty :name, String, default: ''\naction :install do\n  package 'gnupg2'\nend\n",
      'recipes/default.rb': 'cb_install\ncb_missing\n',
    });
    expect(c.resources.map((r) => `${r.type}[${String(r.name)}]`)).toEqual(['cb_install[]', 'package[gnupg2]']);
    expect(c.diagnostics.filter((d) => d.code === 'DEC0307').map((d) => d.message)).toEqual(["undefined method or local variable 'cb_missing'"]);
  });
});
