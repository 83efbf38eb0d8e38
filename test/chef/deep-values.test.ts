/**
 * Values nested thousands deep (built in a loop, `a = [a]`): every stage after
 * the evaluator walks values recursively, so depth is cut at MAX_DATA_DEPTH
 * with a located diagnostic, and the resource keeps its other properties.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DATA_DEPTH } from '../../src/chef/to-data.js';
import { Unknown } from '../../src/model/data.js';
import { evaluateCookbook } from './evaluate-recipe.js';

describe('deeply nested values', () => {
  it('a property 100,000 levels deep is cut to Unknown at the limit with DEC0305 at its resource; the resource and the rest of the recipe stay', async () => {
    const converge = await evaluateCookbook('deepv', {
      'recipes/default.rb': "a = []\n100_000.times { a = [a] }\nfile '/etc/x' do\n  content 'x'\n  mode a\nend\npackage 'curl'\n",
    });
    expect(converge.diagnostics.filter((d) => d.code === 'DEC0901')).toEqual([]);
    const deep = converge.diagnostics.find((d) => d.code === 'DEC0305');
    expect(deep).toMatchObject({ location: { file: 'recipes/default.rb', line: 3, column: 1 } });
    expect(deep!.message).toContain(`nested deeper than ${MAX_DATA_DEPTH} levels, in a property of file[/etc/x]`);
    const file = converge.resources.find((r) => r.type === 'file')!;
    expect(file.properties['content']).toBe('x');
    // Kept down to the limit; what lies below it is Unknown.
    let v: unknown = file.properties['mode'];
    let levels = 0;
    while (Array.isArray(v)) {
      v = v[0];
      levels++;
    }
    expect(levels).toBe(MAX_DATA_DEPTH);
    expect(v).toBeInstanceOf(Unknown);
    expect(converge.resources.map((r) => r.type)).toEqual(['file', 'package']);
  }, 120_000);

  it('a value just under the limit is kept whole', async () => {
    const converge = await evaluateCookbook('shallowv', {
      'recipes/default.rb': `a = 'leaf'\n${MAX_DATA_DEPTH - 2}.times { a = [a] }\nfile '/etc/y' do\n  mode a\nend\n`,
    });
    expect(converge.diagnostics.filter((d) => d.code === 'DEC0305' || d.code === 'DEC0901')).toEqual([]);
    let v: unknown = converge.resources[0]!.properties['mode'];
    let levels = 0;
    while (Array.isArray(v)) {
      v = v[0];
      levels++;
    }
    expect([levels, v]).toEqual([MAX_DATA_DEPTH - 2, 'leaf']);
  }, 120_000);
});
