import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decant, ensureBuilt, filesUnder, repo, STACK_LINE } from './cli-run.js';

/**
 * test/hardening/inputs/secrets-repo plants known values where cookbooks keep
 * secrets: a `*password*` attribute, a data bag item, a sensitive template and
 * file, a password on an execute's command line, a token in a template
 * variable, a resource name quoting the password. None may reach a
 * Dockerfile, a context file, a ConfigMap, a report, a log line or an image
 * layer; with --include-secrets they reach the Secret manifests only.
 */
const input = join(repo, 'test', 'hardening', 'inputs', 'secrets-repo');
const SECRETS = ['s3cr3t-attr-5b1f', 's3cr3t-bag-7c2e', 's3cr3t-file-3e8d', 's3cr3t-tok-91ad'];
/** A value of the same files that is not secret: proves the searches look where the secrets would be. */
const PLAIN = 'listen 127.0.0.1';

function leaks(where: string, bytes: Buffer | string): string[] {
  const b = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return SECRETS.filter((s) => b.includes(s)).map((s) => `${s} in ${where}`);
}

function dockerAnswers(): boolean {
  return spawnSync('docker', ['info'], { encoding: 'utf8', timeout: 20_000 }).status === 0;
}

const work = mkdtempSync(join(tmpdir(), 'decant-secrets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('secrets: convert', () => {
  let r: ReturnType<typeof decant>;
  let out: Map<string, Buffer>;
  beforeAll(() => {
    ensureBuilt();
    r = decant(['convert', input, '-o', join(work, 'out')]);
    out = filesUnder(join(work, 'out'));
  }, 300_000);

  it('converts, and every planted value went to the Secret as a placeholder', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(STACK_LINE);
    const secret = out.get('vault/k8s/cron-vault-heartbeat-secret.yaml')?.toString() ?? '';
    for (const key of ['etc_vault_db.conf', 'etc_vault_key', 'etc_vault_client.conf', 'etc_vault_bag.conf']) expect(secret).toContain(key);
    expect(secret).toContain('REPLACE-ME');
    expect(out.get('vault/images/cron-vault-heartbeat/config/etc/vault/plain.conf')?.toString()).toContain(PLAIN);
  });

  it('no value in any Dockerfile, context file, manifest, report, plan, stdout or stderr', () => {
    expect([...out].flatMap(([path, bytes]) => leaks(path, bytes))).toEqual([]);
    expect([...leaks('stdout', r.stdout), ...leaks('stderr', r.stderr)]).toEqual([]);
    // The resource quoting the password is still reported, with the value hidden.
    expect(r.stderr).toMatch(/log\[admin password is <redacted secret>\]/);
    expect(out.get('report.md')?.toString()).toMatch(/execute\[set admin password\] \| secret/);
  });

  it('--include-secrets writes the values into the Secret manifests and nowhere else', () => {
    const withValues = decant(['convert', input, '-o', join(work, 'with-values'), '--include-secrets']);
    expect(withValues.code, withValues.stderr).toBe(0);
    const files = filesUnder(join(work, 'with-values'));
    const found = [...files].flatMap(([path, bytes]) => leaks(path, bytes));
    expect(found.filter((f) => !f.endsWith('-secret.yaml'))).toEqual([]);
    expect(found.sort()).toEqual(SECRETS.map((s) => `${s} in vault/k8s/cron-vault-heartbeat-secret.yaml`).sort());
    expect([...leaks('stdout', withValues.stdout), ...leaks('stderr', withValues.stderr)]).toEqual([]);
  }, 300_000);
});

/** Every byte of a saved image: the outer files (manifest, config with history) and each layer's listing and file contents. */
function imageBytes(image: string): { where: string; bytes: Buffer }[] {
  const dir = mkdtempSync(join(work, 'save-'));
  const tar = join(dir, 'image.tar');
  const save = spawnSync('docker', ['save', '-o', tar, image], { encoding: 'utf8', timeout: 300_000 });
  if (save.status !== 0) throw new Error(`docker save ${image}: ${save.stderr}`);
  const x = spawnSync('tar', ['-xf', tar, '-C', dir], { encoding: 'utf8' });
  if (x.status !== 0) throw new Error(`tar: ${x.stderr}`);
  rmSync(tar);
  const parts: { where: string; bytes: Buffer }[] = [];
  for (const [path, bytes] of filesUnder(dir)) {
    if (path.endsWith('.tar')) {
      const listing = spawnSync('tar', ['-tvf', join(dir, path)], { maxBuffer: 256 * 1024 * 1024 });
      const contents = spawnSync('tar', ['-xOf', join(dir, path)], { maxBuffer: 1024 * 1024 * 1024 });
      if (listing.status !== 0 || contents.status !== 0) throw new Error(`cannot read layer ${path}`);
      parts.push({ where: `${image} layer ${path} (names)`, bytes: listing.stdout }, { where: `${image} layer ${path} (contents)`, bytes: contents.stdout });
    } else parts.push({ where: `${image} ${path}`, bytes });
  }
  const history = spawnSync('docker', ['history', '--no-trunc', image], { encoding: 'utf8' });
  parts.push({ where: `${image} history`, bytes: Buffer.from(history.stdout) });
  return parts;
}

// No skip when the engine is missing: the test command sets it up, so a missing engine is a failure.
describe('secrets: built images (real engine)', () => {
  it('decant build logs no value, and no layer, config or history of any image holds one', () => {
    expect(dockerAnswers(), 'a Docker engine answers (scripts/engine-setup.sh)').toBe(true);
    ensureBuilt();
    const out = join(work, 'build-out');
    expect(decant(['convert', input, '-o', out]).code).toBe(0);
    const built = decant(['build', out, '--json'], { timeout: 900_000 });
    expect(built.code, built.stderr).toBe(0);
    expect([...leaks('build stdout', built.stdout), ...leaks('build stderr', built.stderr)]).toEqual([]);
    const result = JSON.parse(built.stdout) as { units: { image: string; ok: boolean }[] };
    expect(result.units.length).toBeGreaterThan(0);
    for (const u of result.units) {
      expect(u.ok, u.image).toBe(true);
      const parts = imageBytes(u.image);
      expect(parts.filter((p) => p.where.includes('layer')).length, u.image).toBeGreaterThan(1);
      expect(parts.flatMap((p) => leaks(p.where, p.bytes))).toEqual([]);
      // The config file that is not secret is in a layer: the search reads file contents.
      expect(parts.some((p) => p.where.endsWith('(contents)') && p.bytes.includes(PLAIN)), u.image).toBe(true);
    }
  }, 900_000);
});
