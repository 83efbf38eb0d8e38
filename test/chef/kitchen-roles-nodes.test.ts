/**
 * Test Kitchen roles and nodes: a suite's run list names a role kept in test/integration/roles, its recipes search
 * node objects kept in test/integration/nodes; Kitchen finds both folders as it finds data bags (calculate_path, or
 * roles_path / nodes_path) and chef-zero serves them. Taken when the repository has none, said with DEC0326.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

type Run = Awaited<ReturnType<typeof evaluateCookbook>>;
const content = (c: Run, name: string) => c.resources.find((r) => r.type === 'file' && r.name === name)?.properties.content;
const notes = (c: Run) => c.diagnostics.filter((d) => d.code === 'DEC0326');
const recipe = [
  "file '/etc/port' do\n  content node['mon']['port'].to_s\nend",
  "names = search(:node, 'name:*').map(&:name)",
  "file '/etc/hosts.cfg' do\n  content names.join(',')\nend",
].join('\n');
const role = JSON.stringify({ name: 'monitoring', override_attributes: { mon: { port: 5666 } }, run_list: [] });
const runList = ['recipe[mon::default]', 'role[monitoring]'];

describe('kitchen roles and nodes', () => {
  it("take Kitchen's default places (test/integration/roles, test/integration/nodes) for the suite converging the run list", async () => {
    const c = await evaluateCookbook(
      'mon',
      {
        'recipes/default.rb': recipe,
        'attributes/default.rb': "default['mon']['port'] = 1\n",
        'kitchen.yml': 'suites:\n  - name: default\n    run_list:\n      - recipe[mon::default]\n      - role[monitoring]\n',
        'test/integration/roles/monitoring.json': role,
        'test/integration/nodes/a.json': JSON.stringify({ normal: { x: 1 }, run_list: [] }),
        'test/integration/nodes/b.json': JSON.stringify({ name: 'bee', normal: {}, run_list: [] }),
      },
      runList,
    );
    expect(content(c, '/etc/port')).toBe('5666');
    expect(content(c, '/etc/hosts.cfg')).toBe('a,bee');
    expect(c.diagnostics.filter((d) => d.code === 'DEC0207')).toEqual([]);
    expect(notes(c).map((d) => d.message)).toEqual([
      'roles taken from test/integration/roles/ (monitoring), where Kitchen looks by default for the roles of kitchen suite default in mon/kitchen.yml, which converges this run list: the repository has no roles/',
      'nodes taken from test/integration/nodes/ (a, bee), where Kitchen looks by default for the nodes of kitchen suite default in mon/kitchen.yml, which converges this run list: the repository has no nodes/',
    ]);
  });

  it("read a suite's roles_path and nodes_path, relative to the kitchen file", async () => {
    const c = await evaluateCookbook(
      'mon',
      {
        'recipes/default.rb': recipe,
        'attributes/default.rb': "default['mon']['port'] = 1\n",
        'kitchen.yml': 'provisioner:\n  roles_path: test/r\nsuites:\n  - name: default\n    provisioner:\n      nodes_path: test/n\n    run_list: ["recipe[mon::default]", "role[monitoring]"]\n',
        'test/r/monitoring.json': role,
        'test/n/x.json': JSON.stringify({ normal: {}, run_list: [] }),
        'test/integration/nodes/a.json': JSON.stringify({ normal: {}, run_list: [] }),
      },
      runList,
    );
    expect(content(c, '/etc/port')).toBe('5666');
    expect(content(c, '/etc/hosts.cfg')).toBe('x');
    expect(notes(c).map((d) => d.message.split(',')[0])).toEqual(['roles taken from test/r/ (monitoring)', 'nodes taken from test/n/ (x)']);
  });

  it('leave a run list no suite converges as it was: the role is not found', async () => {
    const c = await evaluateCookbook(
      'mon',
      {
        'recipes/default.rb': "file '/x'\n",
        'kitchen.yml': 'suites:\n  - name: other\n    run_list: ["recipe[mon::other]"]\n',
        'test/integration/roles/monitoring.json': role,
      },
      runList,
    );
    expect(notes(c)).toEqual([]);
    expect(c.diagnostics.filter((d) => d.code === 'DEC0207').map((d) => d.message)).toEqual(['role "monitoring" not found']);
  });
});
