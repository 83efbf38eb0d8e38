/**
 * `decant build` and `decant verify` end to end on a real engine, over an OUT
 * folder laid out as `decant convert` writes it (report.json + contexts).
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const CONTEXTS = join(import.meta.dirname, 'contexts');
let out: string;

async function decant(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, maxBuffer: 32 << 20 });
    return { code: 0, ...r };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const unit = (name: string, workload: string, ports: number[]) => ({
  name,
  workload,
  image: `decant-cli-test-${name}:2`,
  dockerfile: `shop/images/${name}/Dockerfile`,
  context: `shop/images/${name}`,
  imageData: `shop/images/${name}/image.json`,
  ports,
});

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'decant-cli-'));
  for (const n of ['http-service', 'cron-job', 'failing-run']) await cp(join(CONTEXTS, n), join(out, 'shop', 'images', n), { recursive: true });
  const report = {
    apps: [
      {
        name: 'shop',
        runList: ['shop::default'],
        manifests: 'shop/k8s',
        units: [unit('http-service', 'Deployment', [8080]), unit('cron-job', 'CronJob', []), unit('failing-run', 'Deployment', [])],
        resources: [],
        diagnostics: [],
      },
    ],
  };
  await writeFile(join(out, 'report.json'), JSON.stringify(report, null, 2));
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('decant build', () => {
  it('builds the named units with --json, quietly', async () => {
    const r = await decant('build', out, '--unit', 'http-service', '--unit', 'shop/cron-job', '--jobs', '2', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { units: { name: string; ok: boolean; image: string }[]; diagnostics: unknown[] };
    expect(doc.units.map((u) => [u.name, u.ok, u.image])).toEqual([
      ['http-service', true, 'decant-cli-test-http-service:2'],
      ['cron-job', true, 'decant-cli-test-cron-job:2'],
    ]);
  }, 300_000);

  it('shows a failing build with its step, Dockerfile line and recipe resource, and exits 1', async () => {
    const r = await decant('build', out, '--unit', 'failing-run');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[shop/failing-run] step 4/6: RUN echo "migrating /srv/app"');
    expect(r.stdout).toContain('FAIL  shop/failing-run  decant-cli-test-failing-run:2');
    expect(r.stdout).toContain('step 4/6 failed');
    expect(r.stdout).toContain('at shop/images/failing-run/Dockerfile:9');
    expect(r.stdout).toContain('from execute[migrate] at demo/recipes/default.rb:9');
    expect(r.stdout).toContain('schema.sql: no such file');
  }, 300_000);

  it('refuses an unknown unit and a missing report with exit 2', async () => {
    expect((await decant('build', out, '--unit', 'nope', '--json')).code).toBe(2);
    const missing = await decant('build', join(out, 'nowhere'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('DEC0704');
  }, 60_000);
});

describe('decant verify', () => {
  it('prints the documented JSON and exits 0 when every check passes', async () => {
    const r = await decant('verify', out, '--unit', 'http-service', '--unit', 'cron-job', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { units: { name: string; checks: { name: string; ok: boolean; detail: string }[] }[]; tests: unknown };
    expect(Object.keys(doc)).toEqual(['units', 'tests']);
    // Without --tests no suite runs: the counts are there, and empty.
    expect(doc.tests).toEqual({ passed: 0, failed: 0, unsupported: 0, skipped: 0, suites: [], results: [] });
    expect(doc.units.map((u) => u.name)).toEqual(['http-service', 'cron-job']);
    expect(doc.units[0]!.checks.map((c) => c.name)).toEqual(['stays up', 'port 8080 accepts connections', 'health check', 'http :8080/ answers', 'port 8080/TCP listens', 'logs reach the container output', 'log has no fatal errors', 'file /etc/httpd.conf', 'file /srv/www/a page.html', 'file /srv/www/index.html']);
    expect(doc.units.every((u) => u.checks.every((c) => c.ok && Object.keys(c).join() === 'name,ok,detail'))).toBe(true);
  }, 300_000);

  it('--tests with nothing to test is an error (DEC0802), not 0 passed, 0 failed; the checks still run and every container goes', async () => {
    const r = await decant('verify', out, '--unit', 'http-service', '--unit', 'cron-job', '--tests', '--cookbook-path', CONTEXTS);
    // A user who asked for tests and got none must not read success (issue 16).
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error DEC0802: shop: no integration tests run: no integration suites/);
    expect(r.stdout).toContain('ok    shop/cron-job');
    const doc = JSON.parse(await readFile(join(out, 'verify.json'), 'utf8')) as { tests: unknown };
    expect(doc.tests).toMatchObject({ passed: 0, suites: [{ app: 'shop', suite: null, passed: 0, failed: 0, unsupported: 0 }] });
  }, 300_000);

  it('fails a unit whose image was never built, with exit 1', async () => {
    const r = await decant('verify', out, '--unit', 'failing-run');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  image: no image decant-cli-test-failing-run:2');
  }, 60_000);
});
