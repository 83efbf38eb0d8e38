/**
 * Chef::Util::PathHelper and Pathname in the places real cookbooks call them: a helper module mixed into a
 * custom resource builds its property defaults with `Chef::Util::PathHelper.cleanpath(::File.join(...))`, and a
 * library climbs from a home directory with `Pathname.new(home).parent`. Modelled on those patterns, written here.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';
import { pathHelperJoin } from '../../src/chef/dsl/chef-path-helper.js';

describe('Chef::Util::PathHelper', () => {
  it('cleans a joined path used as a property default, so the file resource has its name', async () => {
    const c = await evaluateCookbook('sshcfg', {
      'libraries/helpers.rb': [
        'module Sshcfg',
        '  module Helpers',
        '    def join_path(*path)',
        '      Chef::Util::PathHelper.cleanpath(::File.join(path))',
        '    end',
        '    def default_dir',
        "      '/etc/ssh/'",
        '    end',
        '  end',
        'end',
      ].join('\n'),
      'resources/client.rb': [
        'provides :sshcfg_client',
        'unified_mode true',
        'include Sshcfg::Helpers',
        "property :config_path, String, default: lazy { join_path(default_dir, './conf.d/../ssh_config') }",
        'action :create do',
        '  file new_resource.config_path do',
        "    content 'Host *'",
        '  end',
        'end',
      ].join('\n'),
      'recipes/default.rb': "sshcfg_client 'default'\n",
    });
    const f = c.resources.find((r) => r.type === 'file');
    expect(f?.name).toBe('/etc/ssh/ssh_config');
    expect(c.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message)).toEqual([]);
  });

  it('joins with one separator between parts and keeps a trailing one on the last part, as chef-config does', () => {
    expect(pathHelperJoin(['/etc/', '/ssh', 'keys/'])).toBe('/etc/ssh/keys/');
    expect(pathHelperJoin(['a'])).toBe('a');
  });

  it('an unknown path stays unknown through cleanpath, with the reason it had', async () => {
    const c = await evaluateCookbook('cleanunk', {
      'recipes/default.rb': "p = Chef::Util::PathHelper.cleanpath(ENV['APP_HOME'] + '/x')\nfile \"#{p}/conf\" do\n  content 'x'\nend\n",
    });
    expect(JSON.stringify(c.resources[0]?.name)).toContain('ENV[\\"APP_HOME\\"]');
  });
});

describe('Pathname in a library', () => {
  it('parent and join give the paths Ruby computes', async () => {
    const c = await evaluateCookbook('jhome', {
      'libraries/java.rb': [
        'module Jhome',
        '  def self.java_root(home)',
        '    Pathname.new(home).parent.to_s',
        '  end',
        'end',
      ].join('\n'),
      'recipes/default.rb': [
        "root = Jhome.java_root('/usr/lib/jvm/java-17/jre')",
        "directory Pathname.new(root).join('lib', 'security').to_s",
        "link '/opt/java' do\n  to root\n  only_if { Pathname.new(root).absolute? }\nend",
      ].join('\n'),
    });
    expect(c.resources.map((r) => r.name)).toEqual(['/usr/lib/jvm/java-17/lib/security', '/opt/java']);
    expect(c.resources[1]?.properties['to']).toBe('/usr/lib/jvm/java-17');
  });
});
