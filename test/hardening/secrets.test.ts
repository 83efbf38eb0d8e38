/** The values planted in test/hardening/inputs/secrets-repo reach no output of convert (test/engine/secrets-images.test.ts: nor any image). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decant, ensureBuilt, filesUnder, STACK_LINE } from './cli-run.js';
import { input, leaks, PLAIN, SECRETS } from './planted-secrets.js';

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
    // The sensitive file with a literal only it knows is whole; the files holding tracked values keep only the values there.
    for (const key of ['etc_vault_key', 'DECANT_SECRET_DB_PASSWORD', 'DECANT_SECRET_API_TOKEN', 'DECANT_SECRET_PASSWORD']) expect(secret).toContain(`${key}:`);
    expect(secret).toContain('REPLACE-ME');
    expect(out.get('vault/images/cron-vault-heartbeat/config/etc/vault/client.conf')?.toString()).toContain('${DECANT_SECRET_API_TOKEN}');
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
