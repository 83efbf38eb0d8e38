/**
 * Chef-API constructs of the long tail seen on the wide public corpus (issue 15), each modelled on the real
 * pattern and written here.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

describe('include_recipe', () => {
  it("'::name' is a recipe of the including recipe's cookbook, as Chef reads an empty cookbook part", async () => {
    const c = await evaluateCookbook('netcb', {
      'recipes/default.rb': "include_recipe '::net_setup'\npackage 'isc-dhcp-server'\n",
      'recipes/net_setup.rb': "directory '/etc/net-setup'\n",
    });
    expect(c.diagnostics.filter((d) => d.code === 'DEC0304')).toEqual([]);
    expect(c.runList).toEqual(['netcb::default', 'netcb::net_setup']);
    expect(c.resources.map((r) => `${r.type}[${String(r.name)}]`)).toEqual(['directory[/etc/net-setup]', 'package[isc-dhcp-server]']);
  });

  it("'::name' naming no recipe of the cookbook is DEC0304 naming that cookbook", async () => {
    const c = await evaluateCookbook('netcb', { 'recipes/default.rb': "include_recipe '::absent'\n" });
    expect(c.diagnostics.find((d) => d.code === 'DEC0304')?.message).toBe("include_recipe '::absent': cookbook 'netcb' has no recipe 'absent'");
  });
});

describe('custom resources whose actions declare no resource of their own', () => {
  it('an accumulator instance records the actions that ran, and the template it edits gets its values', async () => {
    const c = await evaluateCookbook('acc', {
      'resources/config.rb': [
        'provides :acc_config',
        'unified_mode true',
        'action :create do',
        "  template '/etc/acc.conf' do",
        "    source 'acc.conf.erb'",
        "    cookbook 'acc'",
        '    variables(jobs: {})',
        '    action :nothing',
        '    delayed_action :create',
        '  end',
        'end',
      ].join('\n'),
      'resources/job.rb': [
        'provides :acc_job',
        'unified_mode true',
        'property :target, String',
        'action :create do',
        '  job = new_resource',
        '  with_run_context :root do',
        "    edit_resource(:template, '/etc/acc.conf') do",
        '      variables[:jobs][job.name] = job.target',
        '    end',
        '  end',
        'end',
        'action :delete do',
        'end',
      ].join('\n'),
      'resources/empty.rb': 'provides :acc_empty\ndefault_action :create\naction :create do\nend\n',
      'templates/acc.conf.erb': '<% @jobs.sort.each do |k, v| -%>\n<%= k %> <%= v %>\n<% end -%>\n',
      'recipes/default.rb': "acc_config 'default'\nacc_job 'web' do\n  target 'localhost:80'\nend\nacc_empty 'x'\nacc_empty 'y' do\n  action :nothing\nend\n",
    });
    const byId = new Map(c.resources.map((r) => [`${r.type}[${String(r.name)}]`, r]));
    expect(byId.get('acc_job[web]')?.customActionsRun).toEqual(['create']);
    expect(byId.get('acc_empty[x]')?.customActionsRun).toEqual(['create']);
    expect(byId.get('acc_empty[y]')?.customActionsRun).toEqual([]);
    expect(c.resources.some((r) => r.via === 'acc_job[web]')).toBe(false);
    const conf = c.resources.filter((r) => r.type === 'template' && r.name === '/etc/acc.conf').at(-1)!;
    expect(conf.content).toMatchObject({ kind: 'rendered', complete: true, text: 'web localhost:80\n' });
  });

  it('a built-in resource carries no customActionsRun', async () => {
    const c = await evaluateCookbook('plain', { 'recipes/default.rb': "directory '/srv'\n" });
    expect(c.resources[0]!.customActionsRun).toBeUndefined();
  });
});
