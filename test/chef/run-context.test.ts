/**
 * `run_context` and `send` as accumulator custom resources use them: each
 * declaration of the type gathers every resource of its type from the root
 * collection into one config (modelled on the rsync cookbook's rsync_serve).
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

const resource = `
property :path, String
property :comment, String
property :max_connections, Integer, default: 0
property :read_only, [true, false]

action :add do
  write_conf
end

action_class do
  def modules_of_type
    new_resource.run_context.resource_collection.select { |r| r.resource_name == :share_module }
  end

  def write_conf
    mods = modules_of_type.each_with_object({}) do |r, h|
      h[r.name] = {}
      %w(path comment max_connections read_only).each do |key|
        value = r.send(key)
        next if value.nil?
        h[r.name][key.tr('_', ' ')] = value
      end
    end
    template '/etc/shares.conf' do
      source 'shares.conf.erb'
      cookbook 'share'
      variables(modules: mods)
    end
  end
end
`;

const template = `<% @modules.keys.sort.each do |m| -%>
[<%= m %>]
<% @modules[m].each do |k, v| -%>
    <%= k %> = <%= v %>
<% end -%>
<% end -%>
`;

describe('run_context.resource_collection and send, as accumulators use them', () => {
  it('every share_module of the root collection lands in the one config, each property read by send (unset ones nil)', async () => {
    const c = await evaluateCookbook('share', {
      'resources/module.rb': `resource_name :share_module\nprovides :share_module\nunified_mode true\n${resource}`,
      'templates/default/shares.conf.erb': template,
      'recipes/default.rb': "share_module 'foo' do\n  path '/srv/foo'\n  read_only true\nend\n\nshare_module 'tmp' do\n  path '/tmp'\n  comment 'scratch'\nend\n",
    });
    const conf = c.resources.filter((r) => r.type === 'template' && r.name === '/etc/shares.conf');
    expect(conf.length).toBeGreaterThan(0);
    const last = conf[conf.length - 1]!;
    expect(last.content).toMatchObject({ kind: 'rendered', complete: true });
    expect(last.content?.kind === 'rendered' && last.content.text).toBe(
      '[foo]\n    path = /srv/foo\n    max connections = 0\n    read only = true\n[tmp]\n    path = /tmp\n    comment = scratch\n    max connections = 0\n',
    );
    expect(c.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message)).toEqual([]);
  });
});
