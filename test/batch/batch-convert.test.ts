import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch, type BatchArgs } from '../../src/cli/batch/run-batch.js';

const repo = join(import.meta.dirname, '..', '..');

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

let root: string;
let inputs: string;

/** Good inputs from the fixtures, and two bad ones written here. */
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'decant-batch-'));
  inputs = join(root, 'in');
  cpSync(join(repo, 'fixtures/e2e-redis/input'), join(inputs, 'redis'), { recursive: true });
  cpSync(join(repo, 'fixtures/e2e-cron-job/input'), join(inputs, 'cron'), { recursive: true });
  cpSync(join(repo, 'fixtures/custom-resources-wrapper/input'), join(inputs, 'shop'), { recursive: true });
  mkdirSync(join(inputs, 'no-default', 'recipes'), { recursive: true });
  writeFileSync(join(inputs, 'no-default', 'metadata.rb'), "name 'no_default'\nversion '1.0.0'\n");
  writeFileSync(join(inputs, 'no-default', 'recipes', 'other.rb'), "package 'curl'\n");
  mkdirSync(join(inputs, 'syntax', 'recipes'), { recursive: true });
  writeFileSync(join(inputs, 'syntax', 'metadata.rb'), "name 'syntax'\n");
  writeFileSync(join(inputs, 'syntax', 'recipes', 'default.rb'), "package 'curl' do\n  action [:install\nend\nservice 'x' do\n");
});

function args(out: string, extra: Partial<BatchArgs> = {}): BatchArgs {
  return { paths: [inputs], out, platform: 'debian-12', cookbookPaths: [], includeSecrets: false, strict: false, force: false, json: false, ...extra };
}

async function run(a: BatchArgs) {
  let stdout = '';
  let stderr = '';
  const code = await runBatch(a, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('decant convert, a batch of inputs', () => {
  it('writes byte-identical output with 1 and 2 jobs; a broken input does not stop the others', async () => {
    const one = await run(args(join(root, 'out1'), { jobs: 1 }));
    const two = await run(args(join(root, 'out2'), { jobs: 2 }));
    expect(one.code).toBe(2);
    expect(two.code).toBe(2);
    const t1 = tree(join(root, 'out1'));
    expect(tree(join(root, 'out2'))).toEqual(t1);

    const report = JSON.parse(t1['report.json']!);
    expect(report.inputs.map((i: { input: string; status: string }) => `${i.input} ${i.status}`)).toEqual([
      'cron converted',
      'no-default failed',
      'redis converted',
      'shop/gunicorn converted',
      'shop/shop converted',
      'syntax converted',
    ]);
    expect(report.inputs.find((i: { input: string }) => i.input === 'syntax').exitCode).toBe(1);
    expect(report.inputs.find((i: { input: string }) => i.input === 'no-default').diagnostics[0]).toMatchObject({ code: 'DEC0207', severity: 'error' });
    expect(Object.keys(t1)).toContain('redis/plan.yaml');
    expect(Object.keys(t1)).toContain('shop/shop/report.json');
    expect(report.summary.byStatus).toEqual({ converted: 5, failed: 1 });
    expect(report.summary.resourcesByClass.workload).toBeGreaterThanOrEqual(3);
    expect(one.stderr).toMatch(/no-default: failed/);
    expect(one.stdout).toMatch(/inputs\s+6 \(5 converted, 1 failed; 0 from the cache\)/);
    expect(one.stdout).toMatch(/resources\s+\d+\n\s+by class\s+\w+ \d+/);
  }, 300_000);

  it('restores an unchanged input from --cache, and converts again an input whose file changed', async () => {
    const cache = join(root, 'cache');
    const out = join(root, 'cached-out');
    const fresh = await run(args(out, { jobs: 1, cache }));
    expect(fresh.stdout).toMatch(/0 from the cache/);
    const before = tree(out);

    const again = await run(args(out, { jobs: 1, cache }));
    expect(again.stdout).toMatch(/5 from the cache/);
    expect(tree(out)).toEqual(before);

    const conf = join(inputs, 'redis', 'templates', 'redis.conf.erb');
    writeFileSync(conf, readFileSync(conf, 'utf8') + '# changed by the cache test\n');
    const changed = await run(args(out, { jobs: 2, cache }));
    expect(changed.stdout).toMatch(/4 from the cache/);
    const after = tree(out);
    expect(after['redis/redis-server/images/redis/config/etc/redis/redis.conf']).toMatch(/# changed by the cache test\n$/);
    expect(Object.keys(after).filter((f) => after[f] !== before[f]).every((f) => f.startsWith('redis/'))).toBe(true);

    // A flag that changes the result is part of the key.
    const strict = await run(args(out, { jobs: 1, cache, strict: true, force: true }));
    expect(strict.stdout).toMatch(/0 from the cache/);
  }, 300_000);

  it('--shard i/n splits the inputs; report merge of the shards equals the whole run', async () => {
    const { mergeReports, parseBatchReport } = await import('../../src/pipeline/merge-reports.js');
    const { batchReportText } = await import('../../src/pipeline/batch-report.js');
    const whole = await run(args(join(root, 'whole'), { jobs: 2 }));
    expect(whole.code).toBe(2);
    const parts = [];
    for (const i of [1, 2, 3]) {
      const out = join(root, `shard${i}`);
      await run(args(out, { jobs: 1, shard: `${i}/3` }));
      parts.push({ name: `shard${i}`, report: parseBatchReport(readFileSync(join(out, 'report.json'), 'utf8'), `shard${i}`) as never });
    }
    const sizes = parts.map((p) => (p.report as { inputs: unknown[] }).inputs.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(6);
    const merged = mergeReports(parts.reverse());
    expect(batchReportText(merged.report)).toBe(readFileSync(join(root, 'whole', 'report.json'), 'utf8'));
    expect((await run(args(join(root, 'bad'), { shard: '4/3' }))).code).toBe(2);
  }, 300_000);

  it('refuses an OUT holding files it did not write, and removes inputs no longer in the batch', async () => {
    const out = join(root, 'guarded');
    mkdirSync(out);
    writeFileSync(join(out, 'mine.txt'), 'keep me');
    const refused = await run(args(out, { jobs: 1 }));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/DEC0601.*mine\.txt/);

    const out2 = join(root, 'shrinking');
    await run({ ...args(out2, { jobs: 1 }), paths: [join(inputs, 'redis'), join(inputs, 'cron')] });
    expect(Object.keys(tree(out2)).some((f) => f.startsWith('cron/'))).toBe(true);
    await run({ ...args(out2, { jobs: 1 }), paths: [join(inputs, 'redis'), join(inputs, 'syntax')] });
    const left = Object.keys(tree(out2));
    expect(left.some((f) => f.startsWith('cron/'))).toBe(false);
    expect(left.some((f) => f.startsWith('syntax/'))).toBe(true);
  }, 300_000);
});
