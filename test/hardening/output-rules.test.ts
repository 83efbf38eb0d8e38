import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertApps } from '../../src/pipeline/convert-apps.js';
import { parseRunListFlag } from '../../src/pipeline/run-list-flag.js';
import { appPaths } from '../../src/emit/app-paths.js';
import { lintDockerfile } from '../support/lint/dockerfile-rules.js';
import { KUBE_CHECKS, kubeLintExceptions, lintKubernetes } from '../support/lint/kube-lint.js';
import { shellcheck } from '../support/lint/shellcheck.js';
import type { OutputFile } from '../../src/emit/output-file.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { App } from '../../src/model/plan.js';
import { chooseApps } from '../../src/plan/choose-apps.js';
import { initParsers } from '../../src/ruby/parser.js';

/**
 * Issue 8 item 5: the exact rule lists, on every fixture's output. The lint
 * rules themselves are tested one by one in test/lint; here they run
 * on real conversions, with DL3008 told which packages the cookbook pinned,
 * ShellCheck on the RUN bodies that came from execute/bash, and every
 * kube-linter exception shown with its reason in report.md.
 */
const HADOLINT = ['DL3000', 'DL3002', 'DL3004', 'DL3006', 'DL3007', 'DL3008', 'DL3009', 'DL3014', 'DL3015', 'DL3020', 'DL3025', 'DL4000', 'DL4006'];
const KUBE_LINTER = [
  'latest-tag', 'run-as-non-root', 'no-read-only-root-fs', 'privilege-escalation-container', 'privileged-container',
  'unset-cpu-requirements', 'unset-memory-requirements', 'env-var-secret', 'dangling-service', 'mismatching-selector',
  'invalid-target-ports', 'liveness-port', 'readiness-port', 'job-ttl-seconds-after-finished', 'host-network', 'host-pid',
  'host-ipc', 'docker-sock', 'sensitive-host-mounts', 'ssh-port', 'drop-net-raw-capability',
];

const root = join(import.meta.dirname, '..', '..', 'fixtures');
const cases = existsSync(root)
  ? readdirSync(root).filter((c) => !c.startsWith('_') && existsSync(join(root, c, 'case.json'))).sort()
  : [];

async function convertDir(input: string, spec: { runList?: string[]; platform?: string; environment?: string } = {}) {
  await initParsers();
  const ws = await loadWorkspace([input], {});
  const choice = chooseApps(ws, spec.runList ? spec.runList.flatMap((r) => parseRunListFlag(r)) : undefined);
  if ('none' in choice) return { apps: [] as App[], files: [] as OutputFile[] };
  const r = await convertApps(ws, choice.apps, {
    platform: spec.platform ?? 'debian-12',
    ...(spec.environment ? { environment: spec.environment } : {}),
    includeSecrets: false,
    strict: false,
  });
  if ('error' in r) throw new Error(r.error.message);
  return r;
}

const text = (files: readonly OutputFile[], path: string) => {
  const f = files.find((x) => x.path === path);
  return f && 'text' in f ? f.text : undefined;
};

/**
 * The script a RUN body runs and its shell: a multi-line body is a bash
 * script; a one-line `bash` body is `bash -c '…'` (its inside is checked as
 * bash); the rest runs under the Dockerfile's SHELL.
 */
function scriptOf(command: string, dockerfile: string): { script: string; shell: 'sh' | 'bash' } {
  if (command.includes('\n')) return { script: command, shell: 'bash' };
  const wrapped = /^bash -c '(.*)'$/s.exec(command);
  if (wrapped) return { script: wrapped[1]!.replace(/'\\''/g, "'"), shell: 'bash' };
  return { script: command, shell: dockerfile.includes('SHELL ["/bin/bash"') ? 'bash' : 'sh' };
}

describe('the rule lists are the issue\'s', () => {
  it('kube-linter: every listed check runs', () => {
    const names = KUBE_CHECKS.map((c) => c.name);
    for (const check of KUBE_LINTER) expect(names, check).toContain(check);
  });

  it('hadolint: a Dockerfile breaking every listed rule is flagged by each', () => {
    const bad = [
      'FROM debian',
      'FROM debian:latest',
      'MAINTAINER someone',
      'WORKDIR relative/dir',
      'RUN sudo true',
      'RUN apt-get update && apt-get install nginx',
      'RUN curl -s http://x | tar x',
      'ADD conf.txt /etc/conf.txt',
      'USER root',
      'CMD nginx -g "daemon off;"',
    ].join('\n');
    const found = new Set(lintDockerfile(bad, { pinnedPackages: ['nginx'] }).map((f) => f.rule));
    expect(HADOLINT.filter((rule) => !found.has(rule))).toEqual([]);
  });
});

describe.each(cases)('output rules on %s', (name) => {
  let apps: App[] = [];
  let files: OutputFile[] = [];
  beforeAll(async () => {
    const spec = JSON.parse(readFileSync(join(root, name, 'case.json'), 'utf8')) as { input?: string; runList?: string[]; platform?: string; environment?: string };
    ({ apps, files } = await convertDir(join(root, name, spec.input ?? 'input'), spec));
  }, 120_000);

  it('Dockerfiles pass the hadolint rules, DL3008 on the packages the cookbook pinned', () => {
    for (const app of apps) {
      for (const unit of app.units) {
        const path = appPaths.dockerfile(app, unit);
        const pinned = unit.packages.filter((p) => p.version).map((p) => p.name);
        const findings = lintDockerfile(text(files, path) ?? '', { pinnedPackages: pinned }).filter((f) => f.severity === 'error');
        expect(findings, path).toEqual([]);
      }
    }
  });

  it('RUN bodies from execute/bash resources pass ShellCheck (errors)', () => {
    for (const app of apps) {
      for (const unit of app.units) {
        const dockerfile = text(files, appPaths.dockerfile(app, unit)) ?? '';
        for (const step of unit.buildSteps) {
          const type = step.resource.slice(0, step.resource.indexOf('['));
          if (!['execute', 'bash', 'script'].includes(type)) continue;
          const { script, shell } = scriptOf(step.command, dockerfile);
          const errors = shellcheck(script, { shell }).filter((f) => f.severity === 'error');
          expect(errors, `${step.resource} at ${step.source.file}:${step.source.line}`).toEqual([]);
        }
      }
    }
  });

  it('manifests pass kube-linter; every exception is in report.md with its reason', () => {
    const report = text(files, 'report.md') ?? '';
    for (const app of apps) {
      const prefix = `${appPaths.manifests(app)}/`;
      const docs = files
        .filter((f) => f.path.startsWith(prefix) && f.path.endsWith('.yaml') && !f.path.endsWith('kustomization.yaml'))
        .flatMap((f) => parseAllDocuments('text' in f ? f.text : '').map((d) => d.toJSON()));
      expect(lintKubernetes(docs), app.name).toEqual([]);
      for (const e of kubeLintExceptions(docs)) {
        expect(report, `${e.object}: ${e.rule}`).toContain(`${e.rule}: ${e.reason}`);
      }
    }
  });
});

describe('a bash resource', () => {
  it('runs under bash even on one line (RUN alone is /bin/sh), and its body passes ShellCheck as bash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decant-bash-'));
    mkdirSync(join(dir, 'recipes'));
    writeFileSync(join(dir, 'metadata.rb'), "name 'b'\nversion '1.0.0'\n");
    const recipe = String.raw`bash 'check' do
  code "[[ -n \"$BASH_VERSION\" ]] && echo \"it's bash\""
end
service 'nginx' do
  action :start
end
`;
    writeFileSync(join(dir, 'recipes', 'default.rb'), recipe);
    const { apps, files } = await convertDir(dir);
    const unit = apps[0]!.units[0]!;
    const dockerfile = text(files, appPaths.dockerfile(apps[0]!, unit))!;
    expect(dockerfile).toContain(`RUN bash -c '[[ -n "$BASH_VERSION" ]] && echo "it'\\''s bash"'`);
    const { script, shell } = scriptOf(unit.buildSteps[0]!.command, dockerfile);
    expect({ script, shell }).toEqual({ script: `[[ -n "$BASH_VERSION" ]] && echo "it's bash"`, shell: 'bash' });
    expect(shellcheck(script, { shell }).filter((f) => f.severity === 'error')).toEqual([]);
  }, 120_000);
});

describe('a cookbook that pins a package version', () => {
  it('gets the pin in the Dockerfile, so DL3008 passes; without the pin it would not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decant-pin-'));
    const put = (p: string, t: string) => {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), t);
    };
    put('metadata.rb', "name 'pinned'\nversion '1.0.0'\n");
    put('recipes/default.rb', "package 'nginx' do\n  version '1.22.1-9'\nend\nservice 'nginx' do\n  action [:enable, :start]\nend\n");
    const { apps, files } = await convertDir(dir);
    const unit = apps[0]!.units.find((u) => u.packages.some((p) => p.name === 'nginx'))!;
    expect(unit.packages.find((p) => p.name === 'nginx')?.version).toBe('1.22.1-9');
    const dockerfile = text(files, appPaths.dockerfile(apps[0]!, unit))!;
    expect(dockerfile).toMatch(/^\s+nginx=1\.22\.1-9 \\$/m);
    expect(lintDockerfile(dockerfile, { pinnedPackages: ['nginx'] }).filter((f) => f.rule === 'DL3008')).toEqual([]);
    const unpinned = dockerfile.replace('nginx=1.22.1-9', 'nginx');
    expect(lintDockerfile(unpinned, { pinnedPackages: ['nginx'] }).map((f) => f.rule)).toContain('DL3008');
  }, 120_000);
});
