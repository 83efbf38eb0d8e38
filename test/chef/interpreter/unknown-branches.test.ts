/**
 * Conditions on Unknown values: every branch is walked (nothing a branch
 * declares may vanish), locals merge, and the exploration stays bounded.
 * `ENV["X"]` is the Unknown these tests branch on.
 */
import { describe, expect, it } from 'vitest';
import { Unknown } from '../../../src/chef/values.js';
import { evalRuby, newInterpreter } from './eval-helper.js';

describe('branches of an unknown condition', () => {
  it('if/else: both branches run; a local they agree on stays known, one they disagree on becomes Unknown', async () => {
    const r = await evalRuby('seen = []\nif ENV["X"]\n  seen << :then\n  a = 1\n  b = 2\nelse\n  seen << :else\n  a = 1\n  b = 3\nend\n[seen, a, b]');
    expect(r.text).toBe('[[:then, :else], 1, «decant: unknown depends on ENV["X"] is the host\'s environment (x.rb:2)»]');
  });

  it('the value of an if is known when every branch gives the same', async () => {
    expect((await evalRuby('if ENV["X"] then "a" else "a" end')).text).toBe('"a"');
    const v = (await evalRuby('ENV["X"] ? "a" : "b"')).value;
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).reason).toMatch(/^depends on .*ENV.* \(x\.rb:1\)$/);
  });

  it('an if without else merges with the untaken path: a local set only inside is Unknown afterwards', async () => {
    const r = await evalRuby('x = 1\nx = 2 if ENV["X"]\nx');
    expect(r.value).toBeInstanceOf(Unknown);
    expect((await evalRuby('x = 1\nx = 1 unless ENV["X"]\nx')).text).toBe('1');
  });

  it('elsif chains and case/when: every when and the else run', async () => {
    const r = await evalRuby('seen = []\ncase ENV["X"]\nwhen "a" then seen << 1\nwhen "b" then seen << 2\nelse seen << 3\nend\nif ENV["Y"] then seen << 4 elsif ENV["Z"] then seen << 5 else seen << 6 end\nseen');
    expect(r.text).toBe('[1, 2, 3, 4, 5, 6]');
  });

  it('case on a known subject: from the first undecidable when on, the later ones and the else run, the earlier misses do not', async () => {
    const r = await evalRuby('seen = []\ncase "v"\nwhen "a" then seen << 1\nwhen ENV["X"] then seen << 2\nwhen "b" then seen << 3\nelse seen << 4\nend\nseen');
    expect(r.text).toBe('[2, 3, 4]');
  });

  it('a raise in one branch does not end the file: the other branch and the code after run', async () => {
    const r = await evalRuby('raise "unsupported" unless ENV["X"]\n:after');
    expect(r.text).toBe(':after');
    expect(r.stopped).toBeUndefined();
  });

  it('a return taken in one branch only: the method goes on, its result is Unknown unless both agree', async () => {
    const r = await evalRuby('S = []\ndef f\n  return 1 if ENV["X"]\n  S << :rest\n  2\nend\ndef g\n  return 1 if ENV["X"]\n  1\nend\n[f, g, S]');
    expect(r.text).toBe('[«decant: unknown depends on ENV["X"] is the host\'s environment (x.rb:3)», 1, [:rest]]');
  });

  it('when every branch returns, the method returns their merged value', async () => {
    expect((await evalRuby('def f\n  if ENV["X"] then return :a else return :a end\n  :never\nend\nf')).text).toBe(':a');
  });

  it('nested unknown conditions deeper than the cap are reported (DEC0310), not silently dropped', async () => {
    const interp = newInterpreter();
    const r = await evalRuby('def f(n)\n  f(n + 1) if ENV["X"]\n  n\nend\nf(0)', interp);
    expect(r.text).toBe('0');
    expect(interp.diagnostics.some((d) => d.code === 'DEC0310' && /nested conditions/.test(d.message))).toBe(true);
  });

  it('wide doubling (sequential unknown ifs in a loop of nested calls) stops at the per-file branch cap with DEC0310', async () => {
    const interp = newInterpreter();
    const src = 'def f(n)\n  return 0 if n > 10\n  if ENV["X"] then f(n + 1) else f(n + 1) end\n  if ENV["Y"] then f(n + 1) else f(n + 1) end\n  0\nend\nf(0)\n:done';
    const r = await evalRuby(src, interp);
    expect(r.text).toBe(':done');
    expect(interp.diagnostics.some((d) => d.code === 'DEC0310' && /branches under unknown conditions walked/.test(d.message))).toBe(true);
  });
});
