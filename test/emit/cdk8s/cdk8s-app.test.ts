/**
 * Differential test of the cdk8s writer: for every fixture that converts an
 * app, the generated cdk8s app type-checks with its own tsconfig.json (strict,
 * against cdk8s, constructs and kubernetes-types from decant's
 * node_modules), its synth runs, and what it synthesizes equals, object for
 * object, the kustomize base decant writes for the same app.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ts from 'typescript';
import { writeCdk8sApp } from '../../../src/emit/cdk8s/write-cdk8s-app.js';
import { emitPlan } from '../../../src/emit/emit-plan.js';
import type { App, Unit } from '../../../src/model/plan.js';
import type { OutputFile } from '../../../src/emit/output-file.js';
import type { FormatOptions } from '../../../src/emit/output-format.js';
import { redactor } from '../../../src/emit/redactor.js';
import { initParsers } from '../../../src/ruby/parser.js';
import { discoverCases } from '../../support/fixtures.js';
import { convertCaseResult } from '../../golden/convert-case.js';
import { compileApp, kustomizeObjects, runSynths, sharedCompilerHost, synthesized, writeFiles } from './generated-app.js';

const REPO = resolve(import.meta.dirname, '../../..');

/** What emit tells every format for these secret values (emit-plan.ts). */
const formatOptions = (includeSecrets: boolean, values: readonly string[]): FormatOptions => ({ includeSecrets, mask: redactor(values, 'REPLACE-ME'), redact: redactor(values) });

interface GeneratedApp {
  readonly label: string;
  readonly dir: string;
  readonly kustomize: Record<string, unknown>;
  compileErrors: string[];
  /** Why its synth failed; undefined when it ran (or was not run: it did not compile). */
  synthError?: string;
}

const apps: GeneratedApp[] = [];
const writerDiagnostics: unknown[] = [];
let root = '';
let casesWithoutApp = 0;

beforeAll(async () => {
  await initParsers();
  root = mkdtempSync(join(tmpdir(), 'decant-cdk8s-'));
  // One node_modules for every generated app, found by walking up as Node and tsc do.
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  for (const c of discoverCases().filter((k) => !k.isError)) {
    const r = await convertCaseResult(c.name);
    if (!r || r.apps.length === 0) {
      casesWithoutApp++;
      continue;
    }
    for (const app of r.apps) {
      const { files, diagnostics } = writeCdk8sApp(app, formatOptions(false, r.redact));
      writerDiagnostics.push(...diagnostics);
      writeFiles(join(root, c.name), files);
      apps.push({ label: `${c.name}: ${app.name}`, dir: join(root, c.name, app.name, 'cdk8s'), kustomize: kustomizeObjects(r.files, app.name), compileErrors: [] });
    }
  }
  addVariants((await convertCaseResult('e2e-redis'))!.apps[0]!);
  let host: ts.CompilerHost | undefined;
  for (const app of apps) app.compileErrors = compileApp(app.dir, (options) => (host ??= sharedCompilerHost(options)));
  const failures = runSynths(apps.filter((a) => a.compileErrors.length === 0).map((a) => a.dir));
  for (const app of apps) app.synthError = failures[app.dir];
}, 600_000);

const SECRET_VALUE = 'hunter2-not-a-real-password';

/**
 * What no fixture has yet: a unit with data directories that is not a
 * StatefulSet (its own claims), secrets (a file holding a secret value, an
 * environment secret), environment variables and a host alias, written with
 * and without --include-secrets, through emitPlan as convert --format
 * kustomize,cdk8s writes them.
 */
function addVariants(base: App): void {
  const unit = base.units[0]!;
  const origin = { resource: 'template[/etc/redis/auth.conf]', source: { file: 'recipes/default.rb', line: 1, column: 1 } };
  const variant: Unit = {
    ...unit,
    workload: 'Deployment',
    env: { REDIS_MODE: 'standalone', GREETING: 'it\'s "quoted" `and` ${not} a template' },
    hostAliases: [{ ...origin, ip: '10.0.0.5', hostnames: ['db.internal'] }],
    secrets: [
      { ...origin, key: 'auth.conf', path: '/etc/redis/auth.conf', value: `requirepass ${SECRET_VALUE}\n`, reason: 'secret value in content' },
      { ...origin, key: 'api-token', value: SECRET_VALUE, reason: 'data bag item' },
    ],
  };
  const app: App = { ...base, units: [variant] };
  const job: App = { ...base, units: [{ ...unit, workload: 'Job' }] };
  for (const [label, given, includeSecrets] of [
    ['variant (Deployment with claims and secrets)', app, false],
    ['variant (Deployment with claims and secrets, --include-secrets)', app, true],
    ['variant (Job)', job, false],
  ] as const) {
    const dir = join(root, `variant-${apps.length}`);
    // As convert --format kustomize,cdk8s writes them: through the registry and emit's pass over every file's text.
    const emitted = emitPlan({ apps: [given] }, { includeSecrets, redact: [SECRET_VALUE], formats: ['kustomize', 'cdk8s'] }).files;
    const files = emitted.filter((f) => f.path.startsWith(`${given.name}/cdk8s/`));
    // The writer redacts before it escapes: emit's pass, which could not find an escaped value, has nothing left to do.
    expect(writeCdk8sApp(given, formatOptions(includeSecrets, [SECRET_VALUE])).files.map((f) => f.text), label).toEqual(files.map((f) => ('text' in f ? f.text : undefined)));
    // With --include-secrets only secrets.ts holds the values, as only the Secret manifest does.
    secretFreeSources.push(...files.filter((f) => !(includeSecrets && f.path.endsWith('/secrets.ts'))));
    if (includeSecrets) secretHolders.push(...files.filter((f) => f.path.endsWith('/secrets.ts')));
    writeFiles(dir, files);
    apps.push({ label, dir: join(dir, given.name, 'cdk8s'), kustomize: kustomizeObjects(emitted, given.name), compileErrors: [] });
  }
}

const secretFreeSources: OutputFile[] = [];
const secretHolders: OutputFile[] = [];

afterAll(() => {
  if (root && !process.env['DECANT_KEEP_CDK8S']) rmSync(root, { recursive: true, force: true });
});

describe('cdk8s app of every fixture', () => {
  it('generates apps for the fixtures that convert one', () => {
    expect(apps.length).toBeGreaterThanOrEqual(10);
    expect(casesWithoutApp).toBeLessThan(apps.length);
    // An app whose every resource stayed on the host has no objects in either form; most have some.
    expect(apps.filter((a) => Object.keys(a.kustomize).length > 0).length).toBeGreaterThanOrEqual(10);
    const kinds = new Set(apps.flatMap((a) => Object.keys(a.kustomize).map((k) => k.split('/')[0])));
    expect([...kinds].sort()).toEqual(['ConfigMap', 'CronJob', 'DaemonSet', 'Deployment', 'Ingress', 'Job', 'NetworkPolicy', 'PersistentVolumeClaim', 'Secret', 'Service', 'StatefulSet']);
    // No fixture's unit makes the writer fail: every unit is in its app.
    expect(writerDiagnostics).toEqual([]);
  });

  it('writes secret values into secrets.ts only, and only when asked to', () => {
    expect(secretFreeSources.length).toBeGreaterThan(0);
    for (const f of secretFreeSources) expect('text' in f && f.text.includes(SECRET_VALUE), f.path).toBe(false);
    expect(secretHolders.map((f) => 'text' in f && f.text.includes(SECRET_VALUE))).toEqual([true]);
  });

  it('type-checks every app with its own tsconfig (strict)', () => {
    expect(Object.fromEntries(apps.map((a) => [a.label, a.compileErrors]))).toEqual(Object.fromEntries(apps.map((a) => [a.label, []])));
  });

  it('synthesizes, for every app, exactly the objects of its kustomize base', () => {
    for (const app of apps) {
      expect(app.synthError, app.label).toBeUndefined();
      expect(synthesized(app.dir), app.label).toEqual(app.kustomize);
    }
  });

  it("runs as its package.json says: `npm run synth` compiles and writes dist/", () => {
    const app = apps.find((a) => a.label.startsWith('e2e-redis:'))!;
    rmSync(join(app.dir, 'dist'), { recursive: true, force: true });
    rmSync(join(app.dir, 'build'), { recursive: true, force: true });
    // npm puts node_modules/.bin of the app's folders on PATH: tsc comes from the shared node_modules.
    const r = spawnSync('npm', ['run', '--silent', 'synth'], { cwd: app.dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(synthesized(app.dir)).toEqual(app.kustomize);
  }, 120_000);
});
