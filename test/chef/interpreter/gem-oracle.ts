/**
 * A gem decant evaluates, compared with the real gem from Debian: each case is a Ruby expression passed to
 * `call` (e.g. `Gyoku.xml`) after `require lib`, run by the real Ruby and by decant; the texts must match.
 */
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { evalRuby } from './eval-helper.js';

export function itMatchesTheGem(lib: string, call: string, cases: readonly string[]): void {
  const src = `require '${lib}'; require 'json'\nJSON.parse(STDIN.read).each { |c| puts JSON.generate(${call}(eval(c))) }`;
  const expected = execFileSync('ruby', ['-e', src], { input: JSON.stringify(cases), encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as string);
  it.each(cases.map((c, i) => [c, i] as const))('%s', async (expr, i) => {
    const r = await evalRuby(`require '${lib}'\n${call}(${expr})`);
    expect(r.value).toBe(expected[i]);
  });
}
