import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { internalErrorText } from '../../src/cli/internal-error.js';
import { decant, ensureBuilt, repo, STACK_LINE } from './cli-run.js';

/**
 * Broken input never shows the user a JavaScript stack trace: the built CLI
 * runs on each input, ends in bounded time with exit 0, 1 or 2, and prints
 * diagnostics only. Internal errors print one line and the way to get the
 * trace (--debug).
 */

function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) & 0xff;
}

const garbage = (n: number, seed: number) => {
  const next = lcg(seed);
  return Buffer.from(Array.from({ length: n }, next));
};

const RECIPES: Record<string, string | Buffer> = {
  'garbage-bytes': garbage(4000, 7),
  'syntax-error': "package 'x' do\n  version [1, 2\nend end end )))\n",
  'deep-array': `x = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
  'deep-parens': `x = ${'('.repeat(50_000)}1${')'.repeat(50_000)}\n`,
  'deep-interpolation': `x = "${'#{"'.repeat(3000)}a${'"}'.repeat(3000)}"\n`,
  'while-true': 'i = 0\nwhile true\n  i += 1\nend\n',
  recursion: 'def f(n)\n  f(n + 1)\nend\nf(0)\n',
  'nil-method': "x = node['nope']['deeper']['deepest']\npackage x\n",
  raise: "raise 'boom'\n",
  'string-bomb': "s = 'a' * (10**10)\nfile '/x' do\n  content s\nend\n",
  'string-doubling': "s = 'ab'\n60.times { s = s + s }\nfile '/x' do\n  content s\nend\n",
  'array-bomb': 'a = (1..10**9).to_a\n',
  'huge-file': `# ${'x'.repeat(5 * 1024 * 1024)}\n`,
  unicode: "package 'ñ\u202e\u0000x'\nfile \"/etc/\u2028x\" do\n content \"\\xff\"\nend\n",
  'broken-erb': "template '/etc/x.conf' do\n  source 'x.erb'\n  variables(a: 1)\nend\nservice 'nginx' do\n  action :start\nend\n",
  'terminal-escapes': 'service "ngin#{"\\n" * 200_000}x" do\n  action :start\nend\npackage "red\\e[31mtext\\e]0;title\\a"\n',
  'hostile-names': "service \"a\\nb\" do\n  action :start\nend\nuser \"x\\ny\"\npackage \"p\\nRUN touch /pwned\"\n",
};

function makeCase(root: string, name: string, body: string | Buffer): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'recipes'), { recursive: true });
  writeFileSync(join(dir, 'metadata.rb'), `name '${name}'\nversion '1.0.0'\n`);
  writeFileSync(join(dir, 'recipes', 'default.rb'), body);
  if (name === 'broken-erb') {
    mkdirSync(join(dir, 'templates', 'default'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'default', 'x.erb'), '<%= @a.foo( %> <% if %> <%# %> <% end end end %><%= %>');
  }
  return dir;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  ms: number;
}

/** Spawned asynchronously so two inputs run at once (two cores). */
function run(args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [join(repo, 'bin', 'decant.js'), ...args], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr, ms: Date.now() - t0 });
    });
  });
}

async function pool<T, R>(items: readonly T[], width: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await f(items[i]!);
      }
    }),
  );
  return results;
}

describe('no crash on broken input (built CLI)', () => {
  const root = mkdtempSync(join(tmpdir(), 'decant-broken-'));
  const names = Object.keys(RECIPES).sort();
  const results = new Map<string, Run>();

  beforeAll(async () => {
    ensureBuilt();
    const dirs = names.map((n) => makeCase(root, n, RECIPES[n]!));
    const jobs = [
      ...dirs.map((d, i) => ({ key: `convert ${names[i]}`, args: ['convert', d, '-o', join(root, 'out', names[i]!)] })),
      ...dirs.slice(0, 4).map((d, i) => ({ key: `inspect ${names[i]}`, args: ['inspect', d, '--json'] })),
    ];
    const runs = await pool(jobs, 2, (j) => run(j.args, 60_000));
    jobs.forEach((j, i) => results.set(j.key, runs[i]!));
  }, 900_000);

  it.each(names)('convert %s: ends in time, exit 0/1/2, no stack trace', (name) => {
    const r = results.get(`convert ${name}`)!;
    expect(r.signal, `killed after ${r.ms} ms`).toBeNull();
    expect([0, 1, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toMatch(/(error|warning|info) DEC\d{4}/);
  });

  it('inspect on broken inputs: no stack trace either', () => {
    const inspected = [...results].filter(([k]) => k.startsWith('inspect '));
    expect(inspected.length).toBe(4);
    for (const [k, r] of inspected) {
      expect(r.signal, k).toBeNull();
      expect([0, 1, 2], k).toContain(r.code);
      expect(r.stderr, k).not.toMatch(STACK_LINE);
    }
  });

  it('names with line breaks and terminal escapes print as one short line each, escaped', () => {
    const r = results.get('convert terminal-escapes')!;
    expect(r.signal, `killed after ${r.ms} ms`).toBeNull();
    expect(r.stderr).toMatch(/DEC0503: unit ngin-x: no command known for service ngin(\\u000a){10}.*… \(cut: 200\d{3} characters in all\)$/m);
    expect(r.stderr).toMatch(/name "red\\u001b\[31mtext\\u001b\]0;title\\u0007"/);
    expect(r.stderr).not.toMatch(/[\u001b\u0007]/);
    expect(r.stderr.length).toBeLessThan(50_000);
    for (const line of r.stderr.split('\n')) expect(line.length).toBeLessThan(2200);
  });

  it('a hostile name cannot add a Dockerfile instruction', () => {
    const r = results.get('convert hostile-names')!;
    expect(r.code, r.stderr).not.toBeNull();
    const d = decant(['convert', join(root, 'hostile-names'), '-o', join(root, 'out2'), '--json']);
    expect(d.stderr).not.toMatch(STACK_LINE);
    expect(d.stderr).toMatch(/default\.rb:4:1: error DEC0505: user\[x y\]/);
    expect(d.stderr).toMatch(/default\.rb:5:1: error DEC0505: package\[p RUN touch \/pwned\]/);
    const report = JSON.parse(d.stdout) as { apps: { units: { dockerfile: string }[] }[] };
    for (const u of report.apps.flatMap((a) => a.units)) {
      const text = readFileSync(join(root, 'out2', u.dockerfile), 'utf8');
      expect(text).not.toMatch(/^RUN touch \/pwned/m);
    }
  }, 120_000);
});

describe('bad command lines and output folders', () => {
  it('a missing path, a file as OUT, an unreadable plan, an unknown platform: diagnostics, no stack', () => {
    ensureBuilt();
    const root = mkdtempSync(join(tmpdir(), 'decant-args-'));
    writeFileSync(join(root, 'a-file'), 'x');
    const fixture = join(repo, 'fixtures', 'e2e-cron-job', 'input');
    const cases = [
      ['inspect', join(root, 'nope')],
      ['convert', join(root, 'nope'), '-o', join(root, 'o1')],
      ['convert', fixture, '-o', join(root, 'a-file')],
      ['convert', fixture, '-o', join(root, 'o2'), '--plan', root],
      ['convert', fixture, '-o', join(root, 'o3'), '--platform', 'plan9'],
      ['inspect', fixture, '--run-list', 'role['],
      ['build', join(root, 'nope')],
    ];
    for (const args of cases) {
      const r = decant(args);
      expect([1, 2], args.join(' ')).toContain(r.code);
      expect(r.stderr, args.join(' ')).not.toMatch(STACK_LINE);
      expect(r.stderr, args.join(' ')).toMatch(/DEC\d{4}|decant: /);
    }
  }, 300_000);
});

describe('internal errors', () => {
  it('print one line and how to get the trace; --debug prints the trace', () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'decant-inject-'));
    // A fault decant cannot cause itself: writing the JSON document throws.
    const hook = join(dir, 'throw-on-write.mjs');
    writeFileSync(
      hook,
      "const w = process.stdout.write.bind(process.stdout);\nprocess.stdout.write = (s, ...a) => { if (String(s).startsWith('{')) throw new Error('injected fault'); return w(s, ...a); };\n",
    );
    const fixture = join(repo, 'fixtures', 'e2e-cron-job', 'input');
    const plain = decant(['inspect', fixture, '--json'], { nodeArgs: ['--import', hook] });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/^decant: internal error \(a bug in decant, not in your input\): injected fault$/m);
    expect(plain.stderr).toMatch(/--debug/);
    expect(plain.stderr).not.toMatch(STACK_LINE);
    const debug = decant(['inspect', fixture, '--json', '--debug'], { nodeArgs: ['--import', hook] });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/injected fault/);
    expect(debug.stderr).toMatch(STACK_LINE);
  }, 120_000);

  it('the text names only the first line of the message without --debug', () => {
    const e = new Error('first\nsecond');
    expect(internalErrorText(e, false)).toMatch(/: first\n/);
    expect(internalErrorText(e, false)).not.toContain('second');
    expect(internalErrorText(e, true)).toContain(e.stack!);
  });
});
