/**
 * Differential test: each expression of the supported subset is evaluated by
 * decant's interpreter and by Debian's real Ruby (the oracle); their
 * `inspect` forms must match byte for byte. expressions.txt holds one-line
 * expressions; ruby-snippets.txt holds multi-line programs (begin/rescue,
 * retry, the standard library cookbooks require), separated by `# ---`
 * lines, each run in a fresh binding; the value of its last line is compared.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evalRuby } from './eval-helper.js';

const listPath = fileURLToPath(new URL('./expressions.txt', import.meta.url));
const expressions = readFileSync(listPath, 'utf8').split('\n').filter((l) => l.trim() !== '');
const snippetsPath = fileURLToPath(new URL('./ruby-snippets.txt', import.meta.url));
const snippets = readFileSync(snippetsPath, 'utf8').split(/^# ---.*\n/m).filter((s) => s.trim() !== '');

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

/** Every snippet in its own binding, with the libraries a Chef run has loaded (Chef requires json, yaml, set, digest, base64, ipaddr, openssl, timeout, uri, pp). */
const SNIPPET_ORACLE = `
require 'json'; require 'yaml'; require 'set'; require 'digest'; require 'base64'; require 'ipaddr'; require 'openssl'; require 'timeout'; require 'uri'; require 'pp'
def fresh = binding
JSON.parse(STDIN.read).each do |src|
  begin
    puts JSON.generate(['ok', eval(src, fresh).inspect])
  rescue Exception => e
    puts JSON.generate(['error', e.class.name])
  end
end
`;

function snippetOracle(): [string, string][] {
  // -W0: Fixnum and Bignum warn on Ruby 3.1; the warning is not the value.
  const out = execFileSync('ruby', ['-W0', '-e', SNIPPET_ORACLE], { input: JSON.stringify(snippets), encoding: 'utf8' });
  return out.trim().split('\n').map((l) => JSON.parse(l) as [string, string]);
}

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

describe('interpreter against ruby on multi-line snippets', () => {
  const expected = snippetOracle();
  it('the oracle answered every snippet', () => {
    expect(expected.length).toBe(snippets.length);
    expect(snippets.filter((_s, i) => expected[i]![0] === 'error')).toEqual([]);
  });
  it.each(snippets.map((s, i) => [s.trim().split('\n')[0]!, i] as const))('%s', async (_first, i) => {
    const [, rubyInspect] = expected[i]!;
    const ours = await evalRuby(snippets[i]!);
    expect(ours.text).toBe(rubyInspect);
  });
});
