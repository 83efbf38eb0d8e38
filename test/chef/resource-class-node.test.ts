/**
 * A resource file's class body reading the node: a property default computed when the file loads
 * (`default: node['a']`), a class-level helper (`def self.x`) or constant computed from node attributes, and
 * `run_context.node` there. Resource files load after every cookbook's attributes, so these read the node being
 * converged; the lazy form keeps working as before.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

describe('class-level node and run_context in resources/*.rb', () => {
  it('resolve to the node being converged, with the attributes files applied', async () => {
    const c = await evaluateCookbook('app', {
      'attributes/default.rb': "default['app']['dir'] = '/srv/app'\ndefault['app']['port'] = 8080\ndefault['app']['user'] = 'appuser'\n",
      'resources/instance.rb': [
        'unified_mode true',
        "property :dir, String, default: node['app']['dir']",
        "property :port, Integer, default: lazy { node['app']['port'] }",
        "property :user, String, default: run_context.node['app']['user']",
        'def self.conf_dir',
        "  ::File.join(node['app']['dir'], 'conf')",
        'end',
        "LOG_DIR = node['app']['dir'] + '/log'",
        'property :conf, String, default: conf_dir',
        'action :create do',
        '  directory new_resource.dir',
        '  directory new_resource.conf',
        '  directory LOG_DIR',
        "  file \"#{new_resource.dir}/port\" do",
        '    content new_resource.port.to_s',
        '    owner new_resource.user',
        '  end',
        'end',
        '',
      ].join('\n'),
      'recipes/default.rb': "app_instance 'main'\n",
    });
    const got = c.resources.filter((r) => r.type !== 'app_instance').map((r) => [`${r.type}[${String(r.name)}]`, r.properties.content ?? null, r.properties.owner ?? null]);
    expect(got).toEqual([
      ['directory[/srv/app]', null, null],
      ['directory[/srv/app/conf]', null, null],
      ['directory[/srv/app/log]', null, null],
      ['file[/srv/app/port]', '8080', 'appuser'],
    ]);
    expect(c.diagnostics.filter((d) => d.code === 'DEC0307')).toEqual([]);
  });
});
