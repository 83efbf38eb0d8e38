/**
 * Differential test: each expression of the supported subset is evaluated by
 * decant's interpreter and by Debian's real Ruby (the oracle); their
 * `inspect` forms must match byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evalRuby } from './eval-helper.js';

const listPath = fileURLToPath(new URL('./expressions.txt', import.meta.url));
const expressions = readFileSync(listPath, 'utf8').split('\n').filter((l) => l.trim() !== '');

const ORACLE = `
require 'json'
def run(src) = eval(src)
STDIN.read.split("\\n").each do |line|
  next if line.strip.empty?
  begin
    puts JSON.generate(['ok', run(line).inspect])
  rescue Exception => e
    puts JSON.generate(['error', e.class.name])
  end
end
`;

function oracle(): [string, string][] {
  const out = execFileSync('ruby', ['-e', ORACLE], { input: expressions.join('\n'), encoding: 'utf8' });
  return out.trim().split('\n').map((l) => JSON.parse(l) as [string, string]);
}

describe('interpreter against ruby -e', () => {
  const expected = oracle();
  it('the oracle answered every expression', () => {
    expect(expected.length).toBe(expressions.length);
    expect(expressions.filter((_e, i) => expected[i]![0] === 'error')).toEqual([]);
  });
  it.each(expressions.map((e, i) => [e, i] as const))('%s', async (expr, i) => {
    const [, rubyInspect] = expected[i]!;
    const ours = await evalRuby(expr);
    expect(ours.text).toBe(rubyInspect);
  });
});
