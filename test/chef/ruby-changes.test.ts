/**
 * A custom resource's action that changes the system in Ruby (src/chef/dsl/provider-context.ts): a converge_by
 * block declaring no resource is recorded on the instance, as percona's mysql_user runs `mysql -e "CREATE USER …"`
 * through shell_out in one; a converge block that declares resources is the resources'.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

const RESOURCE = [
  'property :username, String, name_property: true',
  'action :create do',
  "  converge_by \"Creating user '#{new_resource.username}'\" do",
  '    shell_out!("mysql -e \\"CREATE USER #{new_resource.username}\\"")',
  '  end',
  '  converge_by ["Granting", "privs"] do',
  '    shell_out!("mysql -e GRANT")',
  '  end',
  'end',
  'action :config do',
  '  converge_if_changed do',
  "    file '/etc/app.conf' do",
  "      content 'x'",
  '    end',
  '  end',
  '  converge_by("nothing in it") {}',
  'end',
].join('\n');

describe('converge_by blocks that declare no resource', () => {
  it('are recorded on the instance with their description and place', async () => {
    const c = await evaluateCookbook('cb', { 'resources/user.rb': RESOURCE, 'recipes/default.rb': "cb_user 'piggy'\n" });
    const r = c.resources.find((x) => x.type === 'cb_user')!;
    expect(r.rubyChanges).toEqual([
      { what: "Creating user 'piggy'", via: 'converge_by', at: expect.objectContaining({ cookbook: 'cb', file: 'resources/user.rb', line: 3 }) },
      { what: 'Granting; privs', via: 'converge_by', at: expect.objectContaining({ line: 6 }) },
    ]);
  });

  it('a converge block that declares a resource, or an empty one, is not a change in Ruby', async () => {
    const c = await evaluateCookbook('cb', { 'resources/user.rb': RESOURCE, 'recipes/default.rb': "cb_user 'app' do\n  action :config\nend\n" });
    const r = c.resources.find((x) => x.type === 'cb_user')!;
    expect(r.rubyChanges).toBeUndefined();
    expect(c.resources.find((x) => x.type === 'file')?.via).toBe('cb_user[app]');
  });

  it('a block that only edits a declared resource in memory (an accumulated template\'s variables) is not a change in Ruby', async () => {
    const resource = [
      'property :key, String, name_property: true',
      'property :value, String',
      'action :create do',
      '  converge_if_changed do',
      "    t = find_resource!(:template, '/etc/kea.conf')",
      '    t.variables[:content][new_resource.key] = new_resource.value',
      '  end',
      'end',
    ].join('\n');
    const recipe = ["template '/etc/kea.conf' do", "  source 'kea.conf.erb'", '  variables(content: {})', 'end', "cb_option 'a' do", "  value 'b'", 'end', ''].join('\n');
    const c = await evaluateCookbook('cb', { 'resources/option.rb': resource, 'recipes/default.rb': recipe, 'templates/kea.conf.erb': '<%= @content %>\n' });
    const r = c.resources.find((x) => x.type === 'cb_option')!;
    expect(r.customActionsRun).toEqual(['create']);
    expect(r.rubyChanges).toBeUndefined();
    expect(c.resources.find((x) => x.type === 'template')?.properties['variables']).toMatchObject({ content: { a: 'b' } });
  });

  it('a block whose command decant can answer still runs it on the host: a change in Ruby', async () => {
    const resource = ['action :create do', "  converge_by('reload') do", "    shell_out!('hostname')", '  end', 'end'].join('\n');
    const c = await evaluateCookbook('cb', { 'resources/reload.rb': resource, 'recipes/default.rb': "cb_reload 'x'\n" });
    expect(c.resources.find((x) => x.type === 'cb_reload')!.rubyChanges).toEqual([{ what: 'reload', via: 'converge_by', at: expect.objectContaining({ line: 2 }) }]);
  });
});
