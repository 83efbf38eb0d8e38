/**
 * Observed commands through the pipeline: with a facts source that observes
 * (here a recording that holds the observation, as the engine's cache would),
 * the evaluation runs once more and the value is known; without one the
 * value stays unknown and the diagnostic says why; offline, an observation an
 * earlier run cached under the same package set answers without any engine.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { evaluate } from '../../src/chef/evaluate.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { ObservedCommand } from '../../src/model/observed-commands.js';
import type { Workspace } from '../../src/model/workspace.js';
import { evaluateWithFacts } from '../../src/pipeline/app-facts.js';
import { withCachedObservations } from '../../src/pipeline/cached-observations.js';
import { recordedFactsSource, type PackageFactsSource } from '../../src/pipeline/package-facts-source.js';
import { observationBySetPath } from '../../src/engine/package-facts/facts-cache.js';
import { platformArchive, repositoriesDigest } from '../../src/engine/package-facts/platform-archives.js';

const SERVICES = join(import.meta.dirname, '../facts/recorded/debian-12/services.json');

const NAMED_V: ObservedCommand = {
  command: 'named -v',
  program: '/usr/sbin/named',
  packageName: 'bind9',
  packageVersion: '1:9.18.49-1~deb12u3',
  platform: 'debian-12',
  stdout: 'BIND 9.18.49-1~deb12u3-Debian (Extended Support Version) <id:>\n',
  stderr: '',
  exitStatus: 0,
};

// As bind's config resource: the version is read in the action, when the package has converged.
const RESOURCE = `
property :path, String, name_property: true
action :create do
  template new_resource.path do
    source 'named.conf.erb'
    variables(bind_version: shell_out!('named -v').stdout.match(/BIND (\\d+\\.\\d+\\.\\d+)/)[1])
  end
end
`;
const RECIPE = "package 'bind9'\ndns_config '/etc/bind/named.conf'\n";
const TEMPLATE = "<% if Gem::Version.new(@bind_version) >= Gem::Version.new('9.16.12') -%>\nprimaries x { 1.1.1.1; };\n<% else -%>\nmasters x { 1.1.1.1; };\n<% end -%>\n";

async function workspace(): Promise<Workspace> {
  const cb = join(mkdtempSync(join(tmpdir(), 'decant-observe-pipeline-')), 'dns');
  for (const [rel, text] of Object.entries({ 'metadata.rb': "name 'dns'\nversion '1.0.0'\n", 'recipes/default.rb': RECIPE, 'resources/config.rb': RESOURCE, 'templates/named.conf.erb': TEMPLATE })) {
    mkdirSync(dirname(join(cb, rel)), { recursive: true });
    writeFileSync(join(cb, rel), text);
  }
  return loadWorkspace([cb], { cookbookPaths: [] });
}

const OPTIONS = { runList: ['recipe[dns]'], platform: 'debian-12' };
const rendered = (c: { resources: readonly { type: string; content?: unknown }[] }) => c.resources.find((r) => r.type === 'template')!.content;

/** services.json with observations added, as `npm run facts:record` keeps them. */
function recordingWith(observations: readonly ObservedCommand[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'decant-recording-')), 'facts.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(SERVICES, 'utf8')), observations }));
  return file;
}

describe('observed commands in the pipeline', () => {
  it('a source that observes: evaluated again, the template renders with the observed version, and the note says whence', async () => {
    const { converge, diagnostics } = await evaluateWithFacts(await workspace(), OPTIONS, recordedFactsSource(recordingWith([NAMED_V])), false);
    expect(rendered(converge)).toMatchObject({ kind: 'rendered', text: 'primaries x { 1.1.1.1; };\n' });
    expect(converge.diagnostics.find((d) => d.code === 'DEC0330')!.message).toMatch(/`named -v` in debian-12 with bind9 1:9\.18\.49-1~deb12u3/);
    expect(diagnostics.filter((d) => d.code === 'DEC0331')).toEqual([]);
  });

  it('a source that cannot observe: the value stays unknown and DEC0331 says why, at the call', async () => {
    const recorded = recordedFactsSource(SERVICES);
    const source: PackageFactsSource = { resolve: (p, r, a) => recorded.resolve(p, r, a) };
    const { converge, diagnostics } = await evaluateWithFacts(await workspace(), OPTIONS, source, false);
    expect(JSON.stringify(rendered(converge))).toMatch(/observable in a debian-12 container with bind9/);
    const why = diagnostics.find((d) => d.code === 'DEC0331')!;
    expect(why).toMatchObject({ severity: 'warning', location: { file: 'resources/config.rb', line: 6 } });
    expect(why.message).toBe('`named -v` could be observed but was not: this package-facts source does not observe commands');
  });

  it('a source past --facts-timeout: DEC0507 says so, and the value left unknown names the budget, not --offline', async () => {
    const never: PackageFactsSource = { resolve: (_p, _r, _a, signal) => new Promise((resolve) => signal?.addEventListener('abort', () => resolve({ ok: false, reason: 'aborted' }))) };
    const { converge, diagnostics } = await evaluateWithFacts(await workspace(), OPTIONS, never, false, 0.05);
    expect(diagnostics.find((d) => d.code === 'DEC0507')!.message).toMatch(/^package facts could not be had: package facts for debian-12 were not gathered within 0\.05 s \(--facts-timeout\)/);
    expect(JSON.stringify(rendered(converge))).toMatch(/without package facts \(not gathered within 0\.05 s\) decant cannot tell which package ships `named`/);
  });

  it('facts had, the observation past --facts-timeout: DEC0331 says the budget ran out', async () => {
    const recorded = recordedFactsSource(SERVICES);
    const slow: PackageFactsSource = {
      resolve: (p, r, a) => recorded.resolve(p, r, a),
      observe: (_p, _r, _a, _k, signal) => new Promise((resolve) => signal?.addEventListener('abort', () => resolve({ ok: false, reason: 'aborted' }))),
    };
    const { diagnostics } = await evaluateWithFacts(await workspace(), OPTIONS, slow, false, 0.2);
    expect(diagnostics.find((d) => d.code === 'DEC0331')!.message).toMatch(/^`named -v` could be observed but was not: the observation in a debian-12 container did not finish within 0\.2 s \(--facts-timeout\)/);
  });

  it('a source that cannot observe now: what an earlier run cached under this package set, in the source\'s cache, still answers', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'decant-observe-cache-'));
    const scope = { platform: 'debian-12', repositories: repositoriesDigest(platformArchive('debian-12', {})!) };
    const file = observationBySetPath(cacheDir, scope, [{ name: 'bind9' }], createHash('sha256').update('named -v').digest('hex').slice(0, 32));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(NAMED_V));
    const recorded = recordedFactsSource(SERVICES);
    const down: PackageFactsSource = { cacheDir, resolve: (p, r, a) => recorded.resolve(p, r, a), observe: async () => ({ ok: false, reason: 'no Docker engine answers (connect ENOENT)' }) };
    const { converge, diagnostics } = await evaluateWithFacts(await workspace(), OPTIONS, down, false);
    expect(rendered(converge)).toMatchObject({ kind: 'rendered', text: 'primaries x { 1.1.1.1; };\n' });
    expect(diagnostics.filter((d) => d.code === 'DEC0331')).toEqual([]);
  });

  it('offline, the observation cached under this package set answers; another set does not', async () => {
    const ws = await workspace();
    const cacheDir = mkdtempSync(join(tmpdir(), 'decant-observe-cache-'));
    const scope = { platform: 'debian-12', repositories: repositoriesDigest(platformArchive('debian-12', {})!) };
    const digest = createHash('sha256').update('named -v').digest('hex').slice(0, 32);
    const offline = await evaluate(ws, OPTIONS);
    expect(offline.observable).toEqual(['named -v']);
    expect(await withCachedObservations(ws, OPTIONS, offline, cacheDir)).toBe(offline);
    const other = observationBySetPath(cacheDir, scope, [{ name: 'bind9' }, { name: 'dnsutils' }], digest);
    mkdirSync(dirname(other), { recursive: true });
    writeFileSync(other, JSON.stringify(NAMED_V));
    expect(await withCachedObservations(ws, OPTIONS, offline, cacheDir)).toBe(offline);
    const file = observationBySetPath(cacheDir, scope, [{ name: 'bind9' }], digest);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(NAMED_V));
    const answered = await withCachedObservations(ws, OPTIONS, offline, cacheDir);
    expect(rendered(answered)).toMatchObject({ kind: 'rendered', text: 'primaries x { 1.1.1.1; };\n' });
  });
});
