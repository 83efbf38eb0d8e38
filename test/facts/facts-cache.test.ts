/** The shared facts cache on a temporary directory: keys, atomic writes, list and prune. */
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PackageFact, PackageResolution } from '../../src/model/package-facts.js';
import {
  defaultFactsCacheDir,
  factPath,
  listFactsCache,
  pruneFactsCache,
  observationBySetPath,
  observationPath,
  readFact,
  readResolution,
  writeCached,
  writeFact,
  writeResolution,
} from '../../src/engine/package-facts/facts-cache.js';

const scope = { platform: 'debian-12', repositories: '0123456789abcdef' };
const fact = (name: string, version: string): PackageFact => ({
  name, version, architecture: 'amd64', source: 'http://deb.debian.org/debian bookworm/main', depends: [], provides: [], files: [`/usr/bin/${name}`],
  directories: ['/usr', '/usr/bin'], links: [], conffiles: [], scriptFiles: [], scriptDirectories: [], units: [], defaultFiles: [], texts: [], users: [], groups: [], binaries: [`/usr/bin/${name}`], accountNotes: [],
});
const resolution = (requests: PackageResolution['requests']): PackageResolution => ({
  platform: 'debian-12', repositories: scope.repositories, architecture: 'amd64', requests, packages: [], missing: [], missingVersions: [], basePackages: [], mergedUsr: true,
});

let dir: string;
beforeEach(async () => void (dir = await mkdtemp(path.join(os.tmpdir(), 'decant-facts-'))));
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('facts cache', () => {
  it('defaults under XDG_CACHE_HOME, else ~/.cache', () => {
    expect(defaultFactsCacheDir({ XDG_CACHE_HOME: '/x/cache' }, '/home/u')).toBe('/x/cache/decant/facts');
    expect(defaultFactsCacheDir({}, '/home/u')).toBe('/home/u/.cache/decant/facts');
    expect(defaultFactsCacheDir({ XDG_CACHE_HOME: 'relative' }, '/home/u')).toBe('/home/u/.cache/decant/facts');
  });

  it('keys a fact by platform, repositories, package and version; epochs and tildes make safe names', async () => {
    await writeFact(dir, scope, fact('bind9', '1:9.18.28-1~deb12u2'));
    expect(factPath(dir, scope, 'bind9', '1:9.18.28-1~deb12u2')).toBe(path.join(dir, 'v1', 'debian-12', scope.repositories, 'packages', 'bind9', '1%3A9.18.28-1%7Edeb12u2.json'));
    expect((await readFact(dir, scope, 'bind9', '1:9.18.28-1~deb12u2'))?.files).toEqual(['/usr/bin/bind9']);
    expect(await readFact(dir, scope, 'bind9', '1:9.18.28-1')).toBeUndefined();
    expect(await readFact(dir, { ...scope, repositories: 'other' }, 'bind9', '1:9.18.28-1~deb12u2')).toBeUndefined();
  });

  it('a resolution answers the same request set in any order, and only that set', async () => {
    await writeResolution(dir, scope, resolution([{ name: 'nginx' }, { name: 'bind9', version: '1:9.18.*' }]));
    expect(await readResolution(dir, scope, [{ name: 'bind9', version: '1:9.18.*' }, { name: 'nginx' }, { name: 'nginx' }])).toBeDefined();
    expect(await readResolution(dir, scope, [{ name: 'bind9' }, { name: 'nginx' }])).toBeUndefined();
  });

  it('concurrent writers of one key leave one whole file and no temporary ones', async () => {
    await Promise.all(Array.from({ length: 20 }, () => writeFact(dir, scope, fact('tini', '0.19.0-1'))));
    expect(await readdir(path.dirname(factPath(dir, scope, 'tini', '0.19.0-1')))).toEqual(['0.19.0-1.json']);
    expect((await readFact(dir, scope, 'tini', '0.19.0-1'))?.name).toBe('tini');
  });

  it('lists entries and prunes by idle time or all', async () => {
    await writeFact(dir, scope, fact('old', '1'));
    await writeFact(dir, scope, fact('new', '1'));
    await writeResolution(dir, scope, resolution([{ name: 'new' }]));
    const long = new Date(Date.now() - 30 * 86_400_000);
    await utimes(factPath(dir, scope, 'old', '1'), long, long);
    const stray = `${factPath(dir, scope, 'old', '1')}.99.abcd.tmp`;
    await writeFile(stray, '{');
    await utimes(stray, long, long);

    const listed = await listFactsCache(dir);
    expect(listed.map((e) => [e.kind, e.name, e.version])).toEqual([
      ['package', 'new', '1'],
      ['package', 'old', '1'],
      ['partial', 'old', '1'],
      ['resolution', expect.stringMatching(/^[0-9a-f]{32}$/), undefined],
    ]);
    expect(listed.every((e) => e.platform === 'debian-12' && e.bytes > 0)).toBe(true);

    const pruned = await pruneFactsCache(dir, { olderThanMs: 7 * 86_400_000 });
    expect(pruned.map((e) => e.kind).sort()).toEqual(['package', 'partial']);
    expect((await listFactsCache(dir)).map((e) => e.name)).toEqual(['new', expect.any(String)]);
    await pruneFactsCache(dir);
    expect(await listFactsCache(dir)).toEqual([]);
  });

  it('lists observed commands, by package version and by request set, and prunes them', async () => {
    const observed = { command: 'named -v', program: '/usr/sbin/named', packageName: 'bind9', packageVersion: '1:9.18.49-1~deb12u3', platform: 'debian-12', stdout: 'BIND 9.18.49\n', stderr: '', exitStatus: 0 };
    await writeCached(observationPath(dir, scope, 'bind9', '1:9.18.49-1~deb12u3', 'ab'.repeat(16)), observed);
    await writeCached(observationBySetPath(dir, scope, [{ name: 'bind9' }], 'ab'.repeat(16)), observed);
    const listed = await listFactsCache(dir);
    expect(listed.map((e) => [e.kind, e.name, e.version])).toEqual([
      ['observation', 'bind9', '1:9.18.49-1~deb12u3'],
      ['observation', expect.stringMatching(/^[0-9a-f]{32}$/), undefined],
    ]);
    await pruneFactsCache(dir);
    expect(await listFactsCache(dir)).toEqual([]);
  });
});
