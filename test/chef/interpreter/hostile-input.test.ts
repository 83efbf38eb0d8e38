/** Hostile input the fuzzer found (issue 8): each ends in a located diagnostic and an Unknown, never a throw or a hang. */
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../../src/chef/interpreter/interpreter.js';
import { registerCore } from '../../../src/chef/interpreter/core-constants.js';
import { nestedQuantifier } from '../../../src/chef/interpreter/regexp.js';
import { invalidEscape } from '../../../src/ruby/string-literals.js';
import { Unknown } from '../../../src/chef/values.js';
import { evalRuby } from './eval-helper.js';

function interpreter(options: ConstructorParameters<typeof Interpreter>[0]): Interpreter {
  const interp = new Interpreter(options);
  registerCore(interp);
  return interp;
}

describe('hostile input in the evaluator', () => {
  it('an empty loop body counts a step per iteration, so the budget stops it at the loop', async () => {
    const r = await evalRuby('x = 1\nloop do\nend\nx', interpreter({ stepLimit: 10_000 }));
    expect(r.stopped).toBe('budget');
    expect(r.interp.diagnostics).toMatchObject([{ code: 'DEC0303', location: { line: 2, column: 1 } }]);
  });

  it('the run budget spans files: per-file budgets reset, the run total does not', async () => {
    const interp = interpreter({ stepLimit: 1_000_000, runStepLimit: 5_000 });
    const first = await evalRuby('1000.times { |i| i }', interp);
    expect(first.stopped).toBeUndefined();
    const second = await evalRuby('a = 0\n10_000.times { |i| a += i }\na', interp);
    expect(second.stopped).toBe('budget');
    expect(interp.diagnostics.map((d) => d.code)).toEqual(['DEC0303']);
    expect(interp.diagnostics[0]!.message).toContain('whole run');
  });

  it('a string doubled past 16 MiB becomes Unknown with DEC0311 where it grew', async () => {
    const r = await evalRuby("s = 'ab'\n40.times { s = s + s }\ns");
    expect(r.value).toBeInstanceOf(Unknown);
    expect(r.interp.diagnostics.find((d) => d.code === 'DEC0311')).toMatchObject({ location: { line: 2, column: 16 } });
  });

  it('String#* and Array#* refuse a huge result before allocating it', async () => {
    const s = await evalRuby("'a' * 1_000_000_000");
    expect(s.value).toBeInstanceOf(Unknown);
    const a = await evalRuby('[1, 2] * 10_000_000');
    expect(a.value).toBeInstanceOf(Unknown);
    expect([...s.interp.diagnostics, ...a.interp.diagnostics].map((d) => d.code)).toEqual(['DEC0311', 'DEC0311']);
  });

  it('an array doubled past a million elements becomes Unknown with DEC0311', async () => {
    const r = await evalRuby('a = [1]\n40.times { a = a + a }\na');
    expect(r.value).toBeInstanceOf(Unknown);
    expect(r.interp.diagnostics.map((d) => d.code)).toContain('DEC0311');
  });

  it('catastrophic backtracking ends (V8 falls back to its linear engine) and the pattern is warned about once', async () => {
    const started = Date.now();
    const r = await evalRuby("r = nil\n3.times { r = ('a' * 40 + '!') =~ /^(a+)+$/ }\nr");
    expect(r.text).toBe('nil');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(r.interp.diagnostics).toMatchObject([{ code: 'DEC0312', location: { line: 2 } }]);
  });

  it('a risky pattern the linear engine cannot run (lookbehind from \\A) is refused, not run', async () => {
    const r = await evalRuby("'aaaa' =~ /\\A(a+)+\\z/");
    expect(r.value).toBeInstanceOf(Unknown);
    expect(r.interp.diagnostics.map((d) => d.code)).toContain('DEC0302');
  });

  it('\\u{} past U+10FFFF is a syntax error as in Ruby, and the file goes on', async () => {
    const r = await evalRuby('x = "\\u{110000}"\n[1, 2]');
    expect(r.text).toBe('[1, 2]');
    expect(r.interp.diagnostics).toMatchObject([{ code: 'DEC0101', location: { line: 1, column: 6 } }]);
  });

  it('5,000 nested arrays are cut off with DEC0305 and the rest of the file evaluates', async () => {
    const r = await evalRuby(`x = ${'['.repeat(5000)}${']'.repeat(5000)}\n:after`);
    expect(r.text).toBe(':after');
    expect(r.interp.diagnostics).toMatchObject([{ code: 'DEC0305', location: { line: 1 } }]);
  });
});

describe('nestedQuantifier', () => {
  it.each([
    ['^(a+)+$', true],
    ['(?:\\w*)*', true],
    ['(?:a+){2,}', true],
    ['^\\d+(\\.\\d+)*$', false],
    ['(\\w+\\/)+', false],
    ['(a|b)+', false],
    ['[(a+)]+', false],
    ['\\(a+\\)+', false],
  ])('%s → %s', (pattern, risky) => {
    expect(nestedQuantifier(pattern)).toBe(risky);
  });
});

describe('invalidEscape', () => {
  it('names a code point past U+10FFFF and accepts the rest', () => {
    expect(invalidEscape('\\u{110000}')).toContain('110000');
    expect(invalidEscape('\\u{10FFFF}')).toBeUndefined();
    expect(invalidEscape('\\n')).toBeUndefined();
  });
});

describe('hostile input in a template buffer', () => {
  it('appending past 16 MiB with << stops the file with DEC0311 at the append', async () => {
    const r = await evalRuby("b = ''\nchunk = 'x' * 1_000_000\n40.times { b << chunk }\nb");
    expect(r.stopped).toBe('budget');
    expect(r.interp.diagnostics).toMatchObject([{ code: 'DEC0311', location: { line: 3, column: 12 } }]);
  });
});
