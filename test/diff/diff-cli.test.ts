/**
 * `decant diff` and `decant convert --check` through the command line, on a
 * copy of the nginx fixture whose attribute is edited between conversions.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotTree } from '../hardening/cli-run.js';

const repo = join(import.meta.dirname, '..', '..');

/** Asynchronous, so the test worker keeps answering vitest while a conversion runs. */
function decant(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', join(repo, 'src/cli/main.ts'), ...args], { cwd: repo, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20, env: { ...process.env, DECANT_OFFLINE: '1' } }, (e, stdout, stderr) => {
      const code = e ? (typeof (e as { code?: unknown }).code === 'number' ? ((e as { code: number }).code) : null) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** A copy of a fixture's cookbook in a fresh folder, to edit. */
function copyOf(fixture: string, root: string, name = 'in'): string {
  const dir = join(root, name);
  cpSync(join(repo, 'fixtures', fixture, 'input'), dir, { recursive: true });
  return dir;
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('decant diff', async () => {
  it('names what an attribute changed: the config line, the resource behind it, the layers a rebuild redoes, the manifest fields', async () => {
    const root = mkdtempSync(join(tmpdir(), 'decant-diff-'));
    const input = copyOf('e2e-nginx-site', root);
    expect((await decant('convert', input, '-o', join(root, 'a'))).code).toBe(0);
    expect((await decant('convert', input, '-o', join(root, 'a2'))).code).toBe(0);
    const same = await decant('diff', join(root, 'a'), join(root, 'a2'));
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/are identical/);

    edit(join(input, 'attributes', 'default.rb'), "['port'] = 8080", "['port'] = 9090");
    expect((await decant('convert', input, '-o', join(root, 'b'))).code).toBe(0);
    const r = await decant('diff', join(root, 'a'), join(root, 'b'));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('static-site: changed');
    expect(r.stdout).toContain('rebuild: 4 of 11 steps from step 8 (COPY, Dockerfile line 43; template[/etc/nginx/sites-available/static_site] from static_site/recipes/default.rb:19)');
    expect(r.stdout).toContain(
      'file changed: config/etc/nginx/sites-available/static_site → /etc/nginx/sites-available/static_site (template[/etc/nginx/sites-available/static_site] from static_site/recipes/default.rb:19)',
    );
    expect(r.stdout).toMatch(/^ +- {4}listen 8080;\n +\+ {4}listen 9090;$/m);
    expect(r.stdout).toContain('spec.ports[name=http].port: 8080 → 9090');

    const j = await decant('diff', join(root, 'a'), join(root, 'b'), '--json');
    expect(j.code).toBe(1);
    const d = JSON.parse(j.stdout);
    expect(d).toMatchObject({ diff: 1, identical: false, compared: 'folder' });
    const unit = d.apps[0].units[0];
    expect(unit).toMatchObject({ name: 'nginx', status: 'changed', rebuild: { fromStep: 8, steps: 4, total: 11, instruction: 'COPY' } });
    expect(unit.fields).toContainEqual({ path: 'ports', old: [8080], new: [9090] });
    expect(unit.steps.map((s: { status: string; instruction: string }) => `${s.status} ${s.instruction}`)).toEqual(['changed COPY', 'changed EXPOSE', 'changed HEALTHCHECK']);
    expect(unit.files).toEqual([
      expect.objectContaining({
        path: 'config/etc/nginx/sites-available/static_site',
        status: 'changed',
        target: '/etc/nginx/sites-available/static_site',
        origins: [{ resource: 'template[/etc/nginx/sites-available/static_site]', file: 'static_site/recipes/default.rb', line: 19 }],
      }),
    ]);
    expect(unit.files[0].diff).toContain('-    listen 8080;\n+    listen 9090;\n');
    expect(d.apps[0].manifests).toContainEqual({ file: 'nginx-service.yaml', object: 'Service/nginx', status: 'changed', fields: [
      { path: 'spec.ports[name=http].port', old: 8080, new: 9090 },
      { path: 'spec.ports[name=http].targetPort', old: 8080, new: 9090 },
    ] });

    // Two report.json files: what the reports say, no files.
    const reports = await decant('diff', join(root, 'a', 'report.json'), join(root, 'b', 'report.json'), '--json');
    expect(reports.code).toBe(1);
    const rd = JSON.parse(reports.stdout);
    expect(rd.compared).toBe('report');
    expect(rd.apps[0].units[0].fields).toContainEqual({ path: 'ports', old: [8080], new: [9090] });
    expect(rd.apps[0].units[0].files).toEqual([]);
  }, 180_000);

  it('says which apps and units came and went, and refuses what is not a conversion (exit 2)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'decant-diff-'));
    expect((await decant('convert', copyOf('e2e-nginx-site', root), '-o', join(root, 'a'))).code).toBe(0);
    expect((await decant('convert', copyOf('e2e-redis', root, 'redis'), '-o', join(root, 'b'))).code).toBe(0);
    const d = JSON.parse((await decant('diff', join(root, 'a'), join(root, 'b'), '--json')).stdout);
    expect(d.apps.map((a: { key: string; status: string }) => `${a.key} ${a.status}`).sort()).toEqual(expect.arrayContaining(['static-site removed']));
    expect(d.apps.some((a: { status: string }) => a.status === 'added')).toBe(true);

    const missing = await decant('diff', join(root, 'a'), join(root, 'nothing'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/DEC0905.*nothing: cannot be read/);
    writeFileSync(join(root, 'not-a-report.json'), '{"hello": 1}');
    const wrong = await decant('diff', join(root, 'a'), join(root, 'not-a-report.json'));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/DEC0905.*not a decant report/);
  }, 180_000);
});

describe('decant convert --check', async () => {
  it('exits 0 on an unchanged tree, 1 with the diff after a cookbook edit or when OUT is missing, and never touches OUT', async () => {
    const root = mkdtempSync(join(tmpdir(), 'decant-check-'));
    const input = copyOf('e2e-nginx-site', root);
    const out = join(root, 'out');
    expect((await decant('convert', input, '-o', out)).code).toBe(0);
    const before = snapshotTree(out);
    const ok = await decant('convert', input, '-o', out, '--check');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('is up to date');

    edit(join(input, 'attributes', 'default.rb'), "'www.example.test'", "'www.example.org'");
    const stale = await decant('convert', input, '-o', out, '--check');
    expect(stale.code, stale.stderr).toBe(1);
    expect(stale.stdout).toContain('is not up to date');
    expect(stale.stdout).toMatch(/^ +- {4}server_name www\.example\.test;\n +\+ {4}server_name www\.example\.org;$/m);
    expect(stale.stdout).toContain('rebuild: 4 of 11 steps from step 8');
    expect(snapshotTree(out)).toEqual(before);
    // Nothing left beside OUT either.
    expect(readdirSync(root).sort()).toEqual(['in', 'out']);

    const missing = await decant('convert', input, '-o', join(root, 'never-written'), '--check');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/never-written is not up to date/);
    expect(readdirSync(root).sort()).toEqual(['in', 'out']);
  }, 180_000);

  it('checks a batch the same way', async () => {
    const root = mkdtempSync(join(tmpdir(), 'decant-check-'));
    const site = copyOf('e2e-nginx-site', root, 'site');
    const redis = copyOf('e2e-redis', root, 'redis');
    const out = join(root, 'out');
    expect((await decant('convert', site, redis, '-o', out, '-j', '1')).code).toBe(0);
    const before = snapshotTree(out);
    expect((await decant('convert', site, redis, '-o', out, '-j', '1', '--check')).code).toBe(0);
    edit(join(site, 'attributes', 'default.rb'), "['port'] = 8080", "['port'] = 8081");
    const stale = await decant('convert', site, redis, '-o', out, '-j', '1', '--check', '--json');
    expect(stale.code, stale.stderr).toBe(1);
    const d = JSON.parse(stale.stdout);
    expect(d.apps.map((a: { key: string }) => a.key)).toEqual(['site/static-site']);
    expect(d.apps[0].units[0].fields).toContainEqual({ path: 'ports', old: [8080], new: [8081] });
    expect(snapshotTree(out)).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['out', 'redis', 'site']);
  }, 180_000);
});
