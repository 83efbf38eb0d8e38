/**
 * `decant ci` through the command line, from a repository root holding a
 * copy of the two-service chef-repo and its conversion: report.json records
 * how it was converted, the written check job reproduces that conversion
 * (up to date, then failing after a cookbook edit), a sharded batch's jobs
 * put together equal OUT, and what cannot become a pipeline exits 2.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync as makeTemp, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = join(import.meta.dirname, '..', '..');

const made: string[] = [];
/** A fresh folder, removed after the tests. */
const mkdtempSync = (prefix: string) => {
  const dir = makeTemp(prefix);
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

type Run = { code: number | null; stdout: string; stderr: string };

function spawn(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(cmd, args, { cwd, encoding: 'utf8', timeout: 180_000, maxBuffer: 64 << 20, env: { ...process.env, DECANT_OFFLINE: '1', NODE_OPTIONS: '', ...env } }, (e, stdout, stderr) => {
      done({ code: e ? (typeof (e as { code?: unknown }).code === 'number' ? (e as { code: number }).code : null) : 0, stdout, stderr });
    });
  });
}

// tsx resolves from this checkout, whatever the working folder.
const decant = (cwd: string, ...args: string[]) => spawn(process.execPath, ['--import', join(repo, 'node_modules/tsx/dist/esm/index.mjs'), join(repo, 'src/cli/main.ts'), ...args], cwd);
/** A job's script lines, run as the CI runner would: one shell, DECANT set to this checkout. */
const runJob = (cwd: string, lines: readonly string[], env: Record<string, string> = {}) =>
  spawn('sh', ['-ec', lines.join('\n')], cwd, { DECANT: `${process.execPath} --import ${join(repo, 'node_modules/tsx/dist/esm/index.mjs')} ${join(repo, 'src/cli/main.ts')}`, ...env });

function twoServices(): string {
  const root = mkdtempSync(join(tmpdir(), 'decant-ci-cli-'));
  cpSync(join(repo, 'fixtures', 'e2e-chef-repo-two-services', 'input'), join(root, 'chef-repo'), { recursive: true });
  return root;
}

describe('decant ci', () => {
  it('writes both pipelines whose check job reruns the recorded conversion with --check', async () => {
    const root = twoServices();
    const converted = await decant(root, 'convert', 'chef-repo', '-o', 'out', '--run-list', 'role[stack]', '--environment', 'production', '--offline');
    expect(converted.code, converted.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(root, 'out', 'report.json'), 'utf8')) as { convert: unknown };
    expect(report.convert).toEqual({
      inputs: ['../chef-repo'],
      runList: 'role[stack]',
      platform: 'debian-12',
      environment: 'production',
      cookbookPaths: [],
      includeSecrets: false,
      strict: false,
      batch: false,
      facts: 'offline',
    });
    const ci = await decant(root, 'ci', 'out', '--target', 'gitlab,github');
    expect(ci.code, ci.stderr).toBe(0);
    expect(ci.stdout).toContain('wrote .gitlab-ci.yml (2 units)');
    const gitlab = parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script?: string[] }>;
    expect(Object.keys(gitlab).filter((k) => /^(build|verify|push) /.test(k))).toEqual(['build stack/nginx', 'verify stack/nginx', 'push stack/nginx', 'build stack/redis', 'verify stack/redis', 'push stack/redis']);
    expect(readFileSync(join(root, '.github', 'workflows', 'decant.yml'), 'utf8')).toContain('build-stack-redis:');
    // The check job as written: up to date now, failing once a cookbook changes without a reconversion.
    const check = gitlab['check']!.script!;
    expect((await runJob(root, check)).stdout).toContain('out is up to date');
    const attrs = join(root, 'chef-repo', 'roles', 'stack.rb');
    writeFileSync(attrs, readFileSync(attrs, 'utf8').replace("'maxmemory' => '32mb'", "'maxmemory' => '64mb'"));
    const stale = await runJob(root, check);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('redis.conf');
    // The same tree gives the same bytes.
    const before = readFileSync(join(root, '.gitlab-ci.yml'), 'utf8');
    await decant(root, 'ci', 'out', '--target', 'gitlab');
    expect(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')).toBe(before);
  }, 300_000);

  it('shards a batch: the convert jobs put together by the check job equal OUT, and the check fails when one input changed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'decant-ci-shards-'));
    // Batch workers started from source load tsx by name from the working folder: let them find this checkout's.
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
    for (const f of ['e2e-redis', 'e2e-nginx-site', 'e2e-cron-job']) cpSync(join(repo, 'fixtures', f, 'input'), join(root, 'cookbooks', f), { recursive: true });
    const converted = await decant(root, 'convert', 'cookbooks', '--batch', '-o', 'out', '--offline', '--jobs', '1');
    expect(converted.code, converted.stderr).toBeLessThan(2);
    const ci = await decant(root, 'ci', 'out', '--target', 'gitlab', '--shards', '2');
    expect(ci.code, ci.stderr).toBe(0);
    const gitlab = parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script?: string[]; parallel?: number }>;
    expect(gitlab['convert']!.parallel).toBe(2);
    for (const i of ['1', '2']) expect((await runJob(root, gitlab['convert']!.script!, { CI_NODE_INDEX: i })).code).toBeLessThan(2);
    const merged = await runJob(root, gitlab['check']!.script!);
    expect(merged.code, merged.stdout + merged.stderr).toBe(0);
    const attrs = join(root, 'cookbooks', 'e2e-redis', 'attributes', 'default.rb');
    const text = readFileSync(attrs, 'utf8');
    expect(text).toContain("'64mb'");
    writeFileSync(attrs, text.replace("'64mb'", "'96mb'"));
    for (const i of ['1', '2']) await runJob(root, gitlab['convert']!.script!, { CI_NODE_INDEX: i });
    expect((await runJob(root, gitlab['check']!.script!)).code).toBe(1);
  }, 300_000);

  it('exits 2 on what cannot become a pipeline: no convert record, a bad target, shards of one conversion, an unknown unit', async () => {
    const root = twoServices();
    await decant(root, 'convert', 'chef-repo', '-o', 'out', '--run-list', 'role[stack]', '--offline');
    expect((await decant(root, 'ci', 'out', '--target', 'jenkins')).code).toBe(2);
    const shards = await decant(root, 'ci', 'out', '--shards', '3');
    expect(shards.code).toBe(2);
    expect(shards.stderr).toContain('DEC0906');
    const report = join(root, 'out', 'report.json');
    const doc = JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown>;
    delete doc['convert'];
    writeFileSync(report, JSON.stringify(doc));
    const old = await decant(root, 'ci', 'out');
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('no "convert" record');
    // The jobs' unit selector: an unknown unit is refused with the list, before any engine is asked.
    for (const command of ['build', 'verify']) {
      const r = await decant(root, command, 'out', '--unit', 'stack/nope');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('units: stack/nginx, stack/redis');
    }
  }, 300_000);
});
