/**
 * `decant convert --format kustomize,cdk8s` through the command line a user
 * runs (from source, through tsx): it writes <app>/cdk8s/ beside the
 * kustomize base, report.json names both, and the written app type-checks
 * with its own tsconfig and synthesizes the objects the base holds
 * (Ingress and NetworkPolicies included: the fixture has a public unit).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type ts from 'typescript';
import { compileApp, objectsByName, runSynths, sharedCompilerHost, synthesized } from './generated-app.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const INPUT = join(ROOT, 'fixtures', 'e2e-chef-repo-two-services', 'input');
const tmp = mkdtempSync(join(tmpdir(), 'decant-cdk8s-cli-'));

function convert(out: string, ...more: string[]) {
  const cli = [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts')];
  const r = spawnSync(process.execPath, [...cli, 'convert', INPUT, '--run-list', 'role[stack]', '--environment', 'production', '--offline', '-o', out, ...more], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('decant convert --format kustomize,cdk8s', () => {
  it('writes the cdk8s app beside the kustomize base, and its synth is the base', () => {
    // The generated app finds cdk8s, constructs and kubernetes-types by walking up, as after `npm install`.
    symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'));
    const out = join(tmp, 'out');
    const r = convert(out, '--format', 'kustomize,cdk8s');
    expect(r.stderr).not.toMatch(/decant: internal error/);
    expect(r.code).toBe(0);
    const app = join(out, 'stack', 'cdk8s');
    expect(readdirSync(app).sort()).toEqual(['chart.ts', 'main.ts', 'network-policies.ts', 'package.json', 'tsconfig.json', 'units']);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).apps[0].outputs).toEqual([
      { format: 'kustomize', path: 'stack/k8s' },
      { format: 'cdk8s', path: 'stack/cdk8s' },
    ]);
    let host: ts.CompilerHost | undefined;
    expect(compileApp(app, (options) => (host ??= sharedCompilerHost(options)))).toEqual([]);
    expect(runSynths([app])).toEqual({});
    const k8s = join(out, 'stack', 'k8s');
    const base = objectsByName(readdirSync(k8s).filter((f) => f !== 'kustomization.yaml').map((f) => readFileSync(join(k8s, f), 'utf8')));
    expect(Object.keys(base)).toEqual(expect.arrayContaining(['Ingress/nginx', 'NetworkPolicy/stack-default-deny']));
    expect(synthesized(app)).toEqual(base);
  }, 300_000);

  it('writes no cdk8s app unless asked', () => {
    const out = join(tmp, 'plain');
    expect(convert(out).code).toBe(0);
    expect(existsSync(join(out, 'stack', 'cdk8s'))).toBe(false);
  }, 200_000);
});
