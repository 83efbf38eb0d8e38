/** What the interpreter does outside the subset: Unknowns flow on, budgets stop loops, nothing throws. */
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../../src/chef/interpreter/interpreter.js';
import { registerCore } from '../../../src/chef/interpreter/core-constants.js';
import { Unknown } from '../../../src/chef/values.js';
import { evalRuby } from './eval-helper.js';

describe('unknown values', () => {
  it('flow through operations and keep the first reason and location', async () => {
    const r = await evalRuby('x = ENV["HOME"]\ny = x + "/bin"\ny.upcase');
    expect(r.value).toBeInstanceOf(Unknown);
    const u = r.value as Unknown;
    expect(u.reason).toContain('ENV');
    expect(u.at).toMatchObject({ file: 'x.rb', line: 1, column: 5 });
  });

  it('an undefined method is DEC0307 with its location, and evaluation goes on', async () => {
    const r = await evalRuby('a = 1\nb = no_such_helper(a)\n[a, 2]');
    expect(r.text).toBe('[1, 2]');
    expect(r.interp.diagnostics).toMatchObject([{ code: 'DEC0307', location: { line: 2, column: 5 } }]);
  });

  it('a String built from an unknown is unknown, never the marker text spliced in (kafka joins lines with $INPUT_RECORD_SEPARATOR)', async () => {
    const cases = [
      "[1, 2].join($INPUT_RECORD_SEPARATOR)",
      "x = 'a'.dup\nx << ENV['HOME']\nx",
      "y = +'b'\ny.concat(ENV['HOME'])\ny",
      "format('%s-%s', 1, ENV['HOME'])",
      "'%s/%s' % [1, ENV['HOME']]",
      "'k=%{v}' % { v: ENV['HOME'] }",
      "'a,b'.split(ENV['SEP'])",
    ];
    for (const src of cases) {
      const r = await evalRuby(src);
      expect(r.value, src).toBeInstanceOf(Unknown);
    }
    // A single element needs no separator: Ruby's join of one element is that element.
    expect((await evalRuby('[1].join($INPUT_RECORD_SEPARATOR)')).value).toBe('1');
  });

  it('interpolating an unknown makes the string unknown', async () => {
    const r = await evalRuby('"v#{File.read("/etc/x")}"');
    expect(r.value).toBeInstanceOf(Unknown);
  });

  it('a block on an unknown collection runs once with unknown arguments, so nothing is silently dropped', async () => {
    const r = await evalRuby('seen = []\nDir.glob("/x/*").each { |f| seen << f }\nseen.length');
    expect(r.text).toBe('1');
  });

  it('File.exist? asks the simulated file system, not the host', async () => {
    const interp = new Interpreter({}, { fs: { exists: (p) => p === '/made', isDirectory: () => false } });
    registerCore(interp);
    const r = await evalRuby('[File.exist?("/made"), ::File.exist?("/etc/passwd")]', interp);
    expect(r.text).toBe('[true, false]');
  });
});

describe('budgets', () => {
  it('an endless loop stops with DEC0303 naming the loop line', async () => {
    const interp = new Interpreter({ stepLimit: 10_000 });
    registerCore(interp);
    const r = await evalRuby('x = 1\nwhile true\n  x += 1\nend\n:never', interp);
    expect(r.stopped).toBe('budget');
    expect(interp.diagnostics).toMatchObject([{ code: 'DEC0303', location: { line: 2 } }]);
  });

  it('`loop do` without break stops the same way', async () => {
    const interp = new Interpreter({ stepLimit: 10_000 });
    registerCore(interp);
    await evalRuby('n = 0\nloop do\n  n += 1\nend', interp);
    expect(interp.diagnostics[0]).toMatchObject({ code: 'DEC0303', location: { line: 2 } });
  });

  it('runaway recursion stops with DEC0305', async () => {
    const r = await evalRuby('def f(n) = f(n + 1)\nf(0)');
    expect(r.stopped).toBe('budget');
    expect(r.interp.diagnostics[0]).toMatchObject({ code: 'DEC0305', location: { line: 1 } });
  });

  it('a raise stops the file with DEC0306 at the raise', async () => {
    const r = await evalRuby('a = 1\nraise ArgumentError, "no"\na = 2');
    expect(r.stopped).toBe('raise');
    expect(r.interp.diagnostics[0]).toMatchObject({ code: 'DEC0306', location: { line: 2, column: 1 } });
  });

  it('constructs outside the subset become DEC0302, not exceptions', async () => {
    const r = await evalRuby('x = 3r\n[x.class, 1]');
    expect(r.interp.diagnostics.map((d) => d.code)).toContain('DEC0302');
  });

  it('syntax errors do not throw', async () => {
    const r = await evalRuby('def (\n[1, 2');
    expect(r.stopped === undefined || r.stopped === 'raise').toBe(true);
  });
});

describe('heredocs and literals', () => {
  it('dedents <<~ and keeps <<- as written', async () => {
    const r = await evalRuby('a = 5\nx = <<~EOS\n  one #{a}\n    two\nEOS\ny = <<-EOS\n  keep\n  EOS\n[x, y]');
    expect(r.text).toBe('["one 5\\n  two\\n", "  keep\\n"]');
  });
});
