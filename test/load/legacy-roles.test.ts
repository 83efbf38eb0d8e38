/**
 * Old chef-repo role idioms: the `recipes` list (Chef::Role aliases it to
 * run_list; Role.from_hash reads it when there is no run_list), and role
 * files that cannot be read, which fail only the run lists that use them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandRunList } from '../../src/chef/run-list.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'decant-roles-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const cookbook = { 'cookbooks/app/metadata.rb': "name 'app'\n", 'cookbooks/app/recipes/default.rb': '' };

describe('a role\'s recipes list', () => {
  it('is the run list of a Ruby role (recipes is run_list\'s alias: the last call sets it)', async () => {
    const ws = await loadWorkspace([repo({ ...cookbook, 'roles/old.rb': "name 'old'\nrecipes 'app', 'app::web'\n" })], {});
    expect(ws.roles.get('old')!.runList).toEqual(['app', 'app::web']);
    expect(expandRunList(ws, ['role[old]']).recipes).toEqual(['app::default', 'app::web']);
    expect(ws.diagnostics).toEqual([]);
  });

  it('is the run list of a JSON role without run_list, and ignored beside one', async () => {
    const ws = await loadWorkspace(
      [
        repo({
          ...cookbook,
          'roles/legacy.json': JSON.stringify({ name: 'legacy', recipes: ['app::web'] }),
          'roles/both.json': JSON.stringify({ name: 'both', run_list: ['recipe[app]'], recipes: ['app::web'] }),
        }),
      ],
      {},
    );
    expect(ws.roles.get('legacy')!.runList).toEqual(['app::web']);
    expect(ws.roles.get('both')!.runList).toEqual(['recipe[app]']);
  });
});

describe('a role file with an error', () => {
  const files = {
    ...cookbook,
    'roles/web.rb': "name 'web'\nrun_list 'recipe[app]'\n",
    'roles/broken.rb': "name 'broken'\nrun_list 'recipe[app]'\ndefault_attributes('a' => {\n",
    'roles/bad.json': '{ "name": "bad", ',
  };

  it('is held back at load: the workspace\'s own diagnostics do not fail every conversion', async () => {
    const ws = await loadWorkspace([repo(files)], {});
    expect(ws.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect([...ws.roleErrors!.keys()].sort()).toEqual(['bad', 'broken']);
  });

  it('is a warning with its file:line:col where the run list does not use the role', async () => {
    const ws = await loadWorkspace([repo(files)], {});
    const { diagnostics, recipes } = expandRunList(ws, ['role[web]']);
    expect(recipes).toEqual(['app::default']);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    const broken = diagnostics.find((d) => d.location?.file === 'roles/broken.rb')!;
    expect(broken.location!.line).toBeGreaterThanOrEqual(3);
    expect(broken.hint).toMatch(/not in this run list/);
    expect(diagnostics.some((d) => d.location?.file === 'roles/bad.json' && d.location.line === 1)).toBe(true);
  });

  it('stays an error where the run list uses the role, directly or through another role', async () => {
    const ws = await loadWorkspace([repo({ ...files, 'roles/outer.rb': "run_list 'role[bad]', 'role[broken]'\n" })], {});
    const { diagnostics } = expandRunList(ws, ['role[outer]']);
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.location?.file);
    expect(errors).toEqual(expect.arrayContaining(['roles/bad.json', 'roles/broken.rb']));
    // An unreadable role is reported by its own error, not also as "not found".
    expect(diagnostics.some((d) => /role "bad" not found/.test(d.message))).toBe(false);
  });
});
