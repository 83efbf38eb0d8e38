/**
 * A resource declared inside an endless loop: Chef would never finish; decant
 * stops the file at the resource budget and says where; the run's other
 * files are still read (their attributes and helpers count), but none may
 * add a resource.
 */
import { describe, expect, it } from 'vitest';
import { MAX_RESOURCES } from '../../src/chef/dsl/chef-run.js';
import { evaluateCookbook } from './evaluate-recipe.js';

describe('resource budget', () => {
  it('stops a recipe that declares resources without end, with DEC0313 at the declaration; each later file that declares one stops the same way', async () => {
    const converge = await evaluateCookbook('loopy', {
      'recipes/default.rb': "package 'curl'\ni = 0\nloop do\n  i += 1\n  file \"/tmp/f#{i}\"\nend\nfile '/etc/never'\n",
      'recipes/after.rb': "file '/etc/after' do\n  content 'still evaluated'\nend\n",
    }, ['recipe[loopy]', 'recipe[loopy::after]']);
    const budget = converge.diagnostics.filter((d) => d.code === 'DEC0313');
    expect(budget).toHaveLength(2);
    expect(budget[0]).toMatchObject({ severity: 'error', location: { file: 'recipes/default.rb', line: 5, column: 3 } });
    expect(budget[0]!.message).toMatch(new RegExp(`more than ${MAX_RESOURCES} resources`));
    expect(budget[1]).toMatchObject({ severity: 'error', location: { file: 'recipes/after.rb', line: 1, column: 1 } });
    const ids = converge.resources.map((r) => `${r.type}[${r.name}]`);
    expect(ids[0]).toBe('package[curl]');
    expect(ids).toContain(`file[/tmp/f${MAX_RESOURCES - 1}]`);
    expect(ids).not.toContain('file[/etc/never]');
    expect(ids).not.toContain('file[/etc/after]');
  }, 120_000);
});
