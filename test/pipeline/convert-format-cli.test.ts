/**
 * `decant convert --format` through the command line a user runs (from
 * source, through tsx): what it writes for each choice, in single and batch
 * mode, and the usage error for a name it does not know.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const INPUT = join(ROOT, 'fixtures', 'e2e-chef-repo-two-services', 'input');

function decant(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const fresh = () => join(mkdtempSync(join(tmpdir(), 'decant-format-')), 'out');
const convert = (out: string, ...more: string[]) => decant('convert', INPUT, '--run-list', 'role[stack]', '--environment', 'production', '--offline', '-o', out, ...more);

describe('decant convert --format', () => {
  it('writes compose.yaml beside the images, no kustomize base, and report.json names it', () => {
    const out = fresh();
    const r = convert(out, '--format', 'compose');
    expect(r.stderr).not.toMatch(/decant: internal error/);
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'stack', 'compose.yaml'))).toBe(true);
    expect(existsSync(join(out, 'stack', 'images', 'redis', 'Dockerfile'))).toBe(true);
    expect(existsSync(join(out, 'stack', 'k8s'))).toBe(false);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.apps[0].outputs).toEqual([{ format: 'compose', path: 'stack/compose.yaml' }]);
  }, 200_000);

  it('writes both for kustomize,compose, and kustomize alone by default', () => {
    const both = fresh();
    expect(convert(both, '--format', 'compose,kustomize').code).toBe(0);
    expect(existsSync(join(both, 'stack', 'compose.yaml'))).toBe(true);
    expect(existsSync(join(both, 'stack', 'k8s', 'kustomization.yaml'))).toBe(true);
    const plain = fresh();
    expect(convert(plain).code).toBe(0);
    expect(existsSync(join(plain, 'stack', 'compose.yaml'))).toBe(false);
    expect(JSON.parse(readFileSync(join(plain, 'report.json'), 'utf8')).apps[0].outputs).toEqual([{ format: 'kustomize', path: 'stack/k8s' }]);
  }, 300_000);

  it('passes the formats to a batch', () => {
    const out = fresh();
    const r = decant('convert', INPUT, '--batch', '--jobs', '1', '--run-list', 'role[stack]', '--environment', 'production', '--offline', '-o', out, '--format', 'compose', '--json');
    expect(r.stderr).not.toMatch(/decant: internal error/);
    expect(r.code).toBe(0);
    const composeFiles = JSON.parse(r.stdout).inputs?.[0]?.apps?.[0]?.outputs;
    expect(composeFiles).toEqual([{ format: 'compose', path: 'stack/compose.yaml' }]);
  }, 200_000);

  it('refuses an unknown format as a usage error (exit 2) and writes nothing', () => {
    const out = fresh();
    const unknown = convert(out, '--format', 'kustomize,helm');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--format helm: unknown output format (known: kustomize, compose, cdk8s)');
    expect(unknown.stderr).not.toMatch(/decant: internal error/);
    expect(existsSync(out)).toBe(false);
  }, 200_000);
});
