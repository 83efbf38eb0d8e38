import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';

/** A chef-repo that keeps its own cookbooks under vendor/ and names them in a Cheffile or Berksfile. */
function repo(depFile: string, body: string): string {
  const root = mkdtempSync(join(tmpdir(), 'decant-deps-'));
  mkdirSync(join(root, 'roles'));
  writeFileSync(join(root, 'roles', 'app.json'), JSON.stringify({ name: 'app', run_list: ['recipe[shop]', 'recipe[apt]'] }));
  mkdirSync(join(root, 'vendor', 'cookbooks', 'shop', 'recipes'), { recursive: true });
  writeFileSync(join(root, 'vendor', 'cookbooks', 'shop', 'metadata.rb'), "name 'shop'\nversion '1.0.0'\n");
  writeFileSync(join(root, 'vendor', 'cookbooks', 'shop', 'recipes', 'default.rb'), "package 'curl'\n");
  writeFileSync(join(root, depFile), body);
  return root;
}

describe('Berksfile and Cheffile path sources', () => {
  it.each(['Cheffile', 'Berksfile'])('%s: a cookbook kept in the repo joins the cookbook path; downloaded ones do not', async (f) => {
    const root = repo(f, "site 'https://supermarket.example'\ncookbook 'apt', '~> 2.6'\ncookbook 'shop', path: 'vendor/cookbooks/shop'\n");
    const ws = await loadWorkspace([root], {});
    expect([...ws.cookbooks.keys()]).toEqual(['shop']);
    expect(ws.primary).toContain('shop');
    expect(ws.diagnostics).toEqual([]);
  });

  it('a path leading outside the repository is refused at its line', async () => {
    const root = repo('Berksfile', "source 'https://supermarket.example'\n\ncookbook 'evil', path: '../../etc'\n");
    const ws = await loadWorkspace([root], {});
    expect(ws.cookbooks.has('evil')).toBe(false);
    expect(ws.diagnostics.map((d) => [d.code, d.location?.file, d.location?.line])).toEqual([['DEC0205', 'Berksfile', 3]]);
  });
});
