/** Where package facts come from, for convert and inspect alike: the setting from the flags, and the sources it builds. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factsSettingFor, factsSourceFor, factsUseOf } from '../../src/pipeline/facts-source-for.js';
import { engineFactsSource } from '../../src/pipeline/package-facts-source.js';
import { writeFact, writeResolution } from '../../src/engine/package-facts/facts-cache.js';
import { platformArchive, repositoriesDigest } from '../../src/engine/package-facts/platform-archives.js';
import type { DockerClient } from '../../src/engine/docker-client.js';
import type { PackageFact, PackageResolution } from '../../src/model/package-facts.js';

describe('factsSettingFor', () => {
  it('DECANT_OFFLINE=1 is the default, --offline=false and a named source win over it', () => {
    const env = { DECANT_OFFLINE: '1' };
    expect(factsSettingFor({}, env)).toEqual({ mode: 'offline' });
    expect(factsSettingFor({ offline: false }, env)).toEqual({ mode: 'engine' });
    expect(factsSettingFor({ factsFile: '/f.json' }, env)).toEqual({ mode: 'recorded', file: '/f.json' });
    expect(factsSettingFor({ factsCache: '/c' }, env)).toEqual({ mode: 'engine', cacheDir: '/c' });
  });

  it('the engine by default; --facts-timeout bounds it, 0 is no limit', () => {
    expect(factsSettingFor({}, {})).toEqual({ mode: 'engine' });
    expect(factsSettingFor({ factsTimeout: 30 }, {})).toEqual({ mode: 'engine', timeoutSeconds: 30 });
    expect(factsSettingFor({ factsTimeout: 0 }, {})).toEqual({ mode: 'engine' });
    expect(factsSettingFor({ refreshFacts: true }, {}, 1234)).toEqual({ mode: 'engine', refreshSince: 1234 });
  });
});

describe('factsSourceFor and factsUseOf', () => {
  it('offline: no source, and --offline is said', () => {
    expect(factsSourceFor({ mode: 'offline' })).toBeUndefined();
    expect(factsUseOf({ mode: 'offline' })).toEqual({ offline: true });
  });

  it('the engine: a source with the setting\'s budget; a recording: a source without one', () => {
    const engine = factsUseOf({ mode: 'engine', timeoutSeconds: 30 });
    expect(engine.facts?.observe).toBeTypeOf('function');
    expect(engine.factsTimeout).toBe(30);
    const recorded = factsUseOf({ mode: 'recorded', file: '/nowhere.json' });
    expect(recorded.facts).toBeDefined();
    expect(recorded.factsTimeout).toBeUndefined();
  });
});

describe('the engine source without an engine', () => {
  let dir: string;
  beforeEach(async () => void (dir = await mkdtemp(path.join(os.tmpdir(), 'decant-facts-source-'))));
  afterEach(async () => rm(dir, { recursive: true, force: true }));
  const noEngine = (): DockerClient => ({ ping: () => Promise.reject(new Error('connect ENOENT /var/run/docker.sock')) }) as unknown as DockerClient;

  it('says the engine did not answer when the cache lacks the set', async () => {
    const answer = await engineFactsSource(dir, noEngine).resolve('debian-12', [{ name: 'jq' }]);
    expect(answer).toEqual({ ok: false, reason: 'no Docker engine answers (connect ENOENT /var/run/docker.sock)' });
  });

  it('answers from the cache an earlier run wrote, without asking the engine', async () => {
    const scope = { platform: 'debian-12', repositories: repositoriesDigest(platformArchive('debian-12')!) };
    const fact: PackageFact = {
      name: 'jq', version: '1.6-2.1', architecture: 'amd64', source: 'http://deb.debian.org/debian bookworm/main', depends: [], provides: [], files: ['/usr/bin/jq'], directories: [], links: [],
      conffiles: [], scriptFiles: [], scriptDirectories: [], units: [], defaultFiles: [], texts: [], users: [], groups: [], binaries: [], accountNotes: [],
    };
    const resolution: PackageResolution = {
      platform: 'debian-12', repositories: scope.repositories, architecture: 'amd64', requests: [{ name: 'jq' }],
      packages: [{ name: 'jq', version: '1.6-2.1', architecture: 'amd64', source: fact.source, requested: true, inBase: false }],
      missing: [], missingVersions: [], basePackages: [], mergedUsr: true,
    };
    await writeFact(dir, scope, fact);
    await writeResolution(dir, scope, resolution);
    let pinged = 0;
    const counting = (): DockerClient => ({ ping: () => (pinged++, Promise.reject(new Error('down'))) }) as unknown as DockerClient;
    const answer = await engineFactsSource(dir, counting).resolve('debian-12', [{ name: 'jq' }]);
    expect(answer.ok).toBe(true);
    expect(answer.ok && answer.view.packageVersion('jq')).toBe('1.6-2.1');
    expect(answer.ok && answer.view.fileExists('/usr/bin/jq', ['jq'])).toBe(true);
    expect(pinged).toBe(0);
  });
});
