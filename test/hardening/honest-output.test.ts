/**
 * Issue 16, through the CLI: decant never ships what it knows is broken
 * without saying so with a non-zero exit, a review item and `needsInput`;
 * inspect and convert agree; --strict leaves such a unit out; key material a
 * build step generates stays out of the image; report.md opens with what
 * needs review; report.json says where the cookbooks were, for verify.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAppTests } from '../../src/engine/app-tests.js';
import { recordedFolders } from '../../src/engine/cookbook-roots.js';
import { decant, ensureBuilt } from './cli-run.js';

let root: string;

function cookbook(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [rel, text] of Object.entries({ 'metadata.rb': `name '${name}'\nversion '1.0.0'\n`, ...files })) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

interface ReportJson {
  apps: {
    name: string;
    input?: string;
    cookbooks?: Record<string, string>;
    needsReview: { kind: string; unit?: string; at?: string; what: string; todo?: string }[];
    units: { name: string; needsInput: boolean; needsInputReasons?: string[] }[];
    diagnostics: { code: string; severity: string; file?: string; line?: number }[];
  }[];
}

const report = (out: string) => JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ReportJson;

/** memcached (a catalog service) with a config whose one value only the host knows. */
let unknownConfig: string;
/** memcached whose image would generate a secret at build time, written where decant cannot tell (test/hardening/start-time-work.test.ts: where it can). */
let keyStep: string;
/** memcached with everything known. */
let clean: string;
/** A run list whose only service a guard skips on a fresh image. */
let noUnit: string;

beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'decant-honest-'));
  const service = "package 'memcached'\n\nservice 'memcached' do\n  action [:enable, :start]\nend\n";
  unknownConfig = cookbook('cache_unknown', {
    'recipes/default.rb':
      "package 'memcached'\n\ntemplate '/etc/memcached.conf' do\n  source 'memcached.conf.erb'\n  variables(listen: shell_out('hostname -I').stdout.strip)\n  notifies :restart, 'service[memcached]'\nend\n\nservice 'memcached' do\n  action [:enable, :start]\nend\n",
    'templates/memcached.conf.erb': '-p 11211\n-l <%= @listen %>\n',
  });
  keyStep = cookbook('cache_key', {
    'recipes/default.rb': `${service}\nexecute 'make tls key' do\n  command 'openssl rand -hex 16 | tee \"$TOKEN_FILE\"'\nend\n`,
  });
  noUnit = cookbook('guarded', {
    'recipes/default.rb': "service 'myd' do\n  action :start\n  only_if { ::File.exist?('/etc/myd.conf') }\nend\n",
  });
  clean = cookbook('cache_clean', {
    'recipes/default.rb': "package 'memcached'\n\ntemplate '/etc/memcached.conf' do\n  source 'memcached.conf.erb'\n  notifies :restart, 'service[memcached]'\nend\n\nservice 'memcached' do\n  action [:enable, :start]\nend\n",
    'templates/memcached.conf.erb': '-p 11211\n-l 0.0.0.0\n',
    'test/integration/default/default_test.rb': "describe port(11211) do\n  it { should be_listening }\nend\n",
  });
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a config file with values decant could not know', () => {
  it('is never shipped silently: exit 1, an error at the resource, needsInput in report.json, a review item printed last', () => {
    const out = join(root, 'out-unknown');
    const r = decant(['convert', unknownConfig, '-o', out, '--offline']);
    expect(r.code).toBe(1);
    const app = report(out).apps[0]!;
    const unit = app.units.find((u) => u.name === 'memcached')!;
    expect(unit.needsInput).toBe(true);
    expect(unit.needsInputReasons!.join(' ')).toMatch(/\/etc\/memcached\.conf: rendered with values decant could not know \(shell_out\("hostname -I"\)/);
    expect(app.diagnostics).toContainEqual(expect.objectContaining({ code: 'DEC0520', severity: 'error', cookbook: 'cache_unknown', file: 'recipes/default.rb', line: 3 }));
    expect(app.needsReview[0]).toMatchObject({ kind: 'error', unit: 'memcached', at: expect.stringMatching(/^cache_unknown\/recipes\/default\.rb:\d+$/) });
    // The list is the last thing on stderr, by unit, with file:line and what to do.
    const tail = r.stderr.slice(r.stderr.lastIndexOf('needs review:'));
    expect(tail).toMatch(/^needs review: cache-unknown \(\d+ to fix or answer/);
    expect(tail).toMatch(/unit memcached needs input: \/etc\/memcached\.conf/);
    expect(tail).toMatch(/error · unit memcached · cache_unknown\/recipes\/default\.rb:3: DEC0520: .* — answer the open questions under values: in plan\.yaml/);
  });

  it('is listed under values: in plan.yaml, and an answer there is used on --plan (exit 0, said in the report)', () => {
    const out = join(root, 'out-unknown');
    const plan = readFileSync(join(out, 'plan.yaml'), 'utf8');
    // An open question is a commented template: why and where, then the key to uncomment and answer.
    expect(plan).toMatch(/^    values:\n      # open: shell_out\("hostname -I"\) output is only known on the host \(cache_unknown\/recipes\/default\.rb:5:\d+\)\n      # shell_out\("hostname -I"\): ""$/m);
    const answered = join(root, 'answered.yaml');
    writeFileSync(answered, plan.replace('# shell_out("hostname -I"): ""', 'shell_out("hostname -I"): "10.0.0.5 "'));
    const out2 = join(root, 'out-answered');
    const r = decant(['convert', unknownConfig, '-o', out2, '--offline', '--plan', answered]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out2, 'cache-unknown', 'images', 'memcached', 'config', 'etc', 'memcached.conf'), 'utf8')).toBe('-p 11211\n-l 10.0.0.5\n');
    const app = report(out2).apps[0]!;
    expect(app.units[0]!.needsInput).toBe(false);
    expect(app.diagnostics).toContainEqual(expect.objectContaining({ code: 'DEC0320', severity: 'info', message: 'shell_out("hostname -I") answered from plan.yaml (values:)' }));
    expect(readFileSync(join(out2, 'plan.yaml'), 'utf8')).toMatch(/shell_out\("hostname -I"\): "10\.0\.0\.5 "/);
  });

  it('gives inspect the same exit code as convert', () => {
    const r = decant(['inspect', unknownConfig]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error DEC0520/);
  });

  it('counts the template as not fully known in inspect --json (its rendered content, not only its properties)', () => {
    const r = decant(['inspect', unknownConfig, '--json']);
    const doc = JSON.parse(r.stdout) as { resources: { type: string; name: string; unknown: string[] }[] };
    const tpl = doc.resources.find((x) => x.type === 'template')!;
    expect(tpl.unknown).toContain('content');
  });

  it('is left out with --strict, its resources reported as belonging to no unit', () => {
    const out = join(root, 'out-strict');
    const r = decant(['convert', unknownConfig, '-o', out, '--offline', '--strict']);
    expect(r.code).toBe(1);
    expect(existsSync(join(out, 'cache-unknown', 'images', 'memcached', 'Dockerfile'))).toBe(false);
    expect(report(out).apps[0]!.units).toEqual([]);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toMatch(/template\[\/etc\/memcached\.conf\] \| config \| — \| .* unit memcached left out \(--strict\): it needs input/);
  });
});

describe('key material a build step generates', () => {
  it('is not baked into an image layer; written where decant cannot tell, it is an error, a review item and needsInput', () => {
    const out = join(root, 'out-key');
    const r = decant(['convert', keyStep, '-o', out, '--offline']);
    expect(r.code).toBe(1);
    const dockerfile = readFileSync(join(out, 'cache-key', 'images', 'memcached', 'Dockerfile'), 'utf8');
    expect(dockerfile).not.toMatch(/openssl rand/);
    const app = report(out).apps[0]!;
    expect(app.diagnostics).toContainEqual(expect.objectContaining({ code: 'DEC0522', severity: 'error', line: 7 }));
    expect(app.units[0]!.needsInputReasons!.join(' ')).toMatch(/execute\[make tls key\] generates a random secret \(openssl rand\) at build time and decant cannot tell which files it writes/);
  });
});

describe('a run list that starts a service but yields no unit', () => {
  it('is an error in convert and in inspect, not an empty exit 0', () => {
    const out = join(root, 'out-no-unit');
    const r = decant(['convert', noUnit, '-o', out, '--offline']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/default\.rb:1:1: error DEC0521: service\[myd\] is in the run list but no unit runs it \(skipped by its only_if guard/);
    expect(decant(['inspect', noUnit]).code).toBe(1);
  });
});

describe('a clean conversion', () => {
  it('exits 0, and inspect agrees', () => {
    const out = join(root, 'out-clean');
    expect(decant(['convert', clean, '-o', out, '--offline']).code).toBe(0);
    expect(decant(['inspect', clean]).code).toBe(0);
    expect(report(out).apps[0]!.units.every((u) => u.needsInput === false)).toBe(true);
  });

  it('report.md starts with what needs review, before any app section', () => {
    const md = readFileSync(join(root, 'out-clean', 'report.md'), 'utf8');
    expect(md.indexOf('## Needs review')).toBeGreaterThan(0);
    expect(md.indexOf('## Needs review')).toBeLessThan(md.indexOf('## cache-clean'));
    expect(md).toMatch(/## Needs review\n\n### cache-clean\n\n- lint exception · unit memcached: /);
  });

  it('records where the cookbooks were, so verify --tests finds the suite without flags', () => {
    const out = join(root, 'out-clean');
    const app = report(out).apps[0]!;
    expect(app.cookbooks).toEqual({ cache_clean: '../cache_clean' });
    expect(app.input).toBe('../cache_clean');
    expect(recordedFolders(app, out)).toEqual([resolve(clean)]);
  });
});

describe('verify --tests with no suite to run', () => {
  it('is an error, not 0 passed / 0 failed', async () => {
    const t = await runAppTests({ name: 'x', runList: ['x::default'] }, new Map(), { roots: [] });
    expect(t.run).toMatchObject({ passed: 0, failed: 0 });
    expect(t.diagnostics).toEqual([expect.objectContaining({ code: 'DEC0802', severity: 'error' })]);
  });
});
