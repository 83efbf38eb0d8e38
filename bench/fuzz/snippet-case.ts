/**
 * The sweep: each hostile snippet on its own, at its largest size, in a
 * minimal cookbook (a recipe for Ruby snippets, a template for ERB ones) with
 * a resource before and after it. Random cases reach a given snippet only now
 * and then; the sweep makes sure every one of them is tried.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERB_SNIPPETS, SNIPPETS } from './hostile-snippets.js';
import type { Rng } from './prng.js';

/** Always the last (largest) size and the first of other choices: the worst case, the same every time. */
const largest: Rng = {
  next: () => 0,
  int: () => 0,
  pick: <T>(items: readonly T[]) => (typeof items[0] === 'number' ? items[items.length - 1]! : items[0]!),
  chance: () => false,
};

export const SWEEP_NAMES = [...Object.keys(SNIPPETS).map((n) => `ruby:${n}`), ...Object.keys(ERB_SNIPPETS).map((n) => `erb:${n}`)].sort();

export function writeSnippetCase(name: string, dir: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'recipes'), { recursive: true });
  writeFileSync(join(dir, 'metadata.rb'), "name 'sweep'\nversion '0.1.0'\n");
  const [kind, snippet] = name.split(':') as ['ruby' | 'erb', string];
  const ctx = { cookbook: 'sweep', recipe: 'default' };
  if (kind === 'ruby') {
    const make = SNIPPETS[snippet];
    if (!make) throw new Error(`no snippet ${snippet}`);
    writeFileSync(join(dir, 'recipes', 'default.rb'), `package 'before'\n${make(largest, ctx)}\npackage 'after'\n`);
  } else {
    const make = ERB_SNIPPETS[snippet];
    if (!make) throw new Error(`no ERB snippet ${snippet}`);
    mkdirSync(join(dir, 'templates'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'sweep.erb'), `first line\n${make(largest, ctx)}\nlast line\n`);
    writeFileSync(join(dir, 'recipes', 'default.rb'), "package 'before'\ntemplate '/etc/sweep.conf' do\n  source 'sweep.erb'\n  variables(x: 1)\nend\npackage 'after'\n");
  }
  return [`sweep:${name}`];
}
