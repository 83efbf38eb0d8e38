/**
 * A resource declared inside an endless loop: Chef would never finish; decant
 * stops the file at the resource budget and says where; the run's other
 * files are still read (their attributes and helpers count), but none may
 * add a resource.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/chef/evaluate.js';
import { MAX_RESOURCES } from '../../src/chef/dsl/chef-run.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';

describe('resource budget', () => {
  it('stops a recipe that declares resources without end, with DEC0313 at the declaration; each later file that declares one stops the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decant-resource-budget-'));
    const cb = join(dir, 'loopy');
    mkdirSync(join(cb, 'recipes'), { recursive: true });
    writeFileSync(join(cb, 'metadata.rb'), "name 'loopy'\nversion '1.0.0'\n");
    writeFileSync(join(cb, 'recipes', 'default.rb'), "package 'curl'\ni = 0\nloop do\n  i += 1\n  file \"/tmp/f#{i}\"\nend\nfile '/etc/never'\n");
    writeFileSync(join(cb, 'recipes', 'after.rb'), "file '/etc/after' do\n  content 'still evaluated'\nend\n");
    const ws = await loadWorkspace([cb], { cookbookPaths: [] });
    const converge = await evaluate(ws, { runList: ['recipe[loopy]', 'recipe[loopy::after]'], platform: 'debian-12' });
    const budget = converge.diagnostics.filter((d) => d.code === 'DEC0313');
    expect(budget).toHaveLength(2);
    expect(budget[0]).toMatchObject({ severity: 'error', location: { file: 'recipes/default.rb', line: 5, column: 3 } });
    expect(budget[0]!.message).toMatch(new RegExp(`more than ${MAX_RESOURCES} resources`));
    const ids = converge.resources.map((r) => `${r.type}[${r.name}]`);
    expect(ids[0]).toBe('package[curl]');
    expect(ids).toContain(`file[/tmp/f${MAX_RESOURCES - 1}]`);
    expect(ids).not.toContain('file[/etc/never]');
    // The budget is spent: the next recipe's resources are refused too, with their own located diagnostic.
    expect(ids).not.toContain('file[/etc/after]');
  }, 120_000);
});
