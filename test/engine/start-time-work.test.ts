/**
 * Issue 16 on a real engine: a unit with a generated key (a build step and an
 * openssl_* resource) and a sensitive template holding a data bag value. The
 * built image holds neither the key files nor the value in any layer, config
 * or history; `decant verify` still starts the service, after running the
 * image's own start-time script as the runtime-files init container would,
 * and the cookbook's suite sees the key, the certificate and the config with
 * the value substituted in the running container.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt, filesUnder, repo as ROOT } from '../hardening/cli-run.js';
import { startTimeCookbook } from './start-time-cookbook.js';

const run = promisify(execFile);

/** The built CLI, asynchronously: a long synchronous spawn would keep the test worker from answering vitest. */
async function decant(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    return { code: 0, ...(await run(process.execPath, [join(ROOT, 'bin', 'decant.js'), ...args], { cwd: ROOT, maxBuffer: 32 << 20, timeout: 900_000 })) };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: typeof x.code === 'number' ? x.code : -1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

// Unique to this file: engine tests of several helpers run at once on one engine.
const NAME = 'honest2start';
const IMAGE = `${NAME}-memcached:1.0.0`;
const PASSWORD = 'h2-pw-51c9e0-start';

const work = mkdtempSync(join(tmpdir(), 'decant-h2-start-'));
afterAll(() => {
  spawnSync('docker', ['rmi', '-f', IMAGE], { encoding: 'utf8' });
  rmSync(work, { recursive: true, force: true });
});

const FILES = startTimeCookbook(NAME, PASSWORD);

/** Each layer's file names and contents, the image config and its history, as `docker save` and `docker history` give them. */
function imageParts(image: string): { where: string; bytes: Buffer }[] {
  const dir = mkdtempSync(join(work, 'save-'));
  const tar = join(dir, 'image.tar');
  const save = spawnSync('docker', ['save', '-o', tar, image], { encoding: 'utf8', timeout: 300_000 });
  if (save.status !== 0) throw new Error(`docker save ${image}: ${save.stderr}`);
  if (spawnSync('tar', ['-xf', tar, '-C', dir]).status !== 0) throw new Error('tar -xf failed');
  rmSync(tar);
  const parts: { where: string; bytes: Buffer }[] = [];
  for (const [path, bytes] of filesUnder(dir)) {
    if (!path.endsWith('.tar')) {
      parts.push({ where: path, bytes });
      continue;
    }
    const names = spawnSync('tar', ['-tf', join(dir, path)], { maxBuffer: 256 * 1024 * 1024 });
    const contents = spawnSync('tar', ['-xOf', join(dir, path)], { maxBuffer: 1024 * 1024 * 1024 });
    if (names.status !== 0 || contents.status !== 0) throw new Error(`cannot read layer ${path}`);
    parts.push({ where: `layer ${path} (names)`, bytes: names.stdout }, { where: `layer ${path} (contents)`, bytes: contents.stdout });
  }
  parts.push({ where: 'history', bytes: Buffer.from(spawnSync('docker', ['history', '--no-trunc', image], { encoding: 'utf8' }).stdout) });
  return parts;
}

interface VerifyDoc {
  units: { name: string; checks: { name: string; ok: boolean; detail: string }[] }[];
  tests: { results: { status: string; expectation: string; detail?: string }[] };
}

// No skip when the engine is missing: the test command sets it up, so a missing engine is a failure.
describe('start-time work on a real engine', () => {
  it('no layer holds the key files or the secret value, and verify starts the unit with both in place', async () => {
    expect(spawnSync('docker', ['info'], { encoding: 'utf8', timeout: 20_000 }).status, 'a Docker engine answers').toBe(0);
    ensureBuilt();
    const input = join(work, 'repo');
    for (const [rel, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(input, rel)), { recursive: true });
      writeFileSync(join(input, rel), text);
    }
    const out = join(work, 'out');
    // --include-secrets: the Secret holds the value, which verify hands the start-time script as Kubernetes would.
    const converted = await decant(['convert', input, '-o', out, '--offline', '--include-secrets']);
    expect(converted.code, converted.stderr).toBe(0);
    const built = await decant(['build', out, '--json']);
    expect(built.code, built.stderr).toBe(0);

    const parts = imageParts(IMAGE);
    expect(parts.filter((p) => p.where.endsWith('(names)')).length).toBeGreaterThan(1);
    const names = parts.filter((p) => p.where.endsWith('(names)')).map((p) => p.bytes.toString('utf8')).join('\n');
    // The config's text with its reference is there (the search reads the right layers); the key files are not.
    expect(names).toMatch(/^etc\/memcached\.conf$/m);
    expect(names).not.toMatch(/etc\/memcached\/tls\.(key|crt)/);
    expect(names).not.toMatch(/etc\/memcached\/client\.cnf/);
    expect(parts.filter((p) => p.bytes.includes(PASSWORD)).map((p) => p.where)).toEqual([]);
    expect(parts.some((p) => p.where.endsWith('(contents)') && p.bytes.includes('${DECANT_SECRET_PASSWORD}'))).toBe(true);

    const verified = await decant(['verify', out, '--tests', '--json']);
    const doc = JSON.parse(verified.stdout) as VerifyDoc;
    const checks = doc.units.flatMap((u) => u.checks);
    expect(checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`)).toEqual([]);
    expect(checks.map((c) => c.name)).toContain('runtime files made at start');
    expect(checks.map((c) => c.name)).toContain('stays up');
    expect(doc.tests.results.filter((r) => r.status !== 'passed').map((r) => `${r.expectation}: ${r.detail ?? ''}`)).toEqual([]);
    expect(doc.tests.results.length).toBe(5);
    expect(verified.code, verified.stderr).toBe(0);
  }, 900_000);
});
