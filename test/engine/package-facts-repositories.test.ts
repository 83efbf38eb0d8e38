/**
 * Repositories the cookbook adds, in the package-facts probe (issue 13): a
 * local apt repository built here (dpkg-deb + dpkg-scanpackages, served as a
 * file: folder the probe sees read-only) is read for real, so its package has
 * facts; a repository this machine cannot reach is reported, not fatal; the
 * repositories are part of the cache key; a refresh probes again. Skipped only
 * when `docker info` fails.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddedRepository, PackageRequest } from '../../src/model/package-facts.js';
import { dockerClient } from '../../src/engine/docker-client.js';
import { resolvePackageFacts, type FactsOutcome } from '../../src/engine/package-facts/resolve-facts.js';

function engineMissing(): string | undefined {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 20_000 });
    return undefined;
  } catch (e) {
    return `docker info fails (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
  }
}
const missingEngine = engineMissing();

const PKG = 'decant-localrepo-demo';
const UNIT = `[Unit]\nDescription=demo\n\n[Service]\nUser=nobody\nExecStart=/usr/bin/${PKG} --foreground\n\n[Install]\nWantedBy=multi-user.target\n`;

/** A flat repository (`deb [trusted=yes] file:DIR ./`) holding one package with a binary and a unit. */
async function buildRepository(root: string): Promise<string> {
  const pkg = path.join(root, 'build');
  await mkdir(path.join(pkg, 'DEBIAN'), { recursive: true });
  await mkdir(path.join(pkg, 'usr/bin'), { recursive: true });
  await mkdir(path.join(pkg, 'lib/systemd/system'), { recursive: true });
  await writeFile(path.join(pkg, 'DEBIAN/control'), `Package: ${PKG}\nVersion: 1.2.3-1\nArchitecture: all\nMaintainer: decant tests <tests@example.org>\nDescription: a package only the local repository has\n`);
  await writeFile(path.join(pkg, `usr/bin/${PKG}`), '#!/bin/sh\necho "demo 1.2.3"\n');
  await chmod(path.join(pkg, `usr/bin/${PKG}`), 0o755);
  await writeFile(path.join(pkg, `lib/systemd/system/${PKG}.service`), UNIT);
  const repo = path.join(root, 'repo');
  await mkdir(repo, { recursive: true });
  execFileSync('dpkg-deb', ['--root-owner-group', '--build', pkg, path.join(repo, `${PKG}_1.2.3-1_all.deb`)], { stdio: 'ignore' });
  const packages = execFileSync('dpkg-scanpackages', ['--multiversion', '.'], { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'] });
  await writeFile(path.join(repo, 'Packages'), packages);
  const sha = createHash('sha256').update(packages).digest('hex');
  // apt wants a Release file even for a trusted repository; this is the smallest one it reads.
  await writeFile(path.join(repo, 'Release'), `Origin: decant-tests\nLabel: decant-tests\nDate: ${new Date().toUTCString()}\nSHA256:\n ${sha} ${packages.length} Packages\n`);
  await chmod(root, 0o755);
  return repo;
}

describe.skipIf(missingEngine !== undefined)(`package facts with the cookbook's repositories${missingEngine ? ` — skipped: ${missingEngine}` : ''}`, () => {
  const docker = dockerClient();
  let root: string;
  let cacheDir: string;
  let local: AddedRepository;
  const vendor: AddedRepository = { name: 'vendor', uri: 'http://apt.decant-tests.invalid/debian', distribution: 'stable', components: ['main'] };
  let probes = 0;
  let first: FactsOutcome;
  const requests: PackageRequest[] = [{ name: PKG }, { name: 'vendor-only-daemon' }, { name: 'memcached' }];
  const resolve = (repositories: readonly AddedRepository[], refreshSince?: number) =>
    resolvePackageFacts(docker, 'debian-12', requests, { cacheDir, repositories, onProbe: () => void probes++, ...(refreshSince !== undefined ? { refreshSince } : {}) });

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'decant-localrepo-'));
    cacheDir = path.join(root, 'cache');
    const repo = await buildRepository(root);
    local = { name: 'local demo', uri: `file://${repo}`, distribution: './', components: [], trusted: true };
    first = await resolve([local, vendor]);
  }, 900_000);
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it("the reachable repository's package has facts: version, binary, unit", () => {
    if (!first.ok) throw new Error(first.reason);
    const { view } = first;
    expect(view.packageVersion(PKG)).toBe('1.2.3-1');
    expect(view.fileExists(`/usr/bin/${PKG}`, [PKG])).toBe(true);
    expect(view.binary(`/usr/bin/${PKG}`, [PKG])).toMatchObject({ packageName: PKG, upstreamVersion: '1.2.3' });
    expect(view.units([PKG]).find((u) => u.name === `${PKG}.service`)?.execStart).toBe(`/usr/bin/${PKG} --foreground`);
    // The archive's own packages still resolve beside it.
    expect(view.packageVersion('memcached')).toMatch(/^1\.6\./);
  });

  it('the unreachable one is reported with apt\'s words, and its package is unknown rather than a failed probe', () => {
    if (!first.ok) throw new Error(first.reason);
    expect(first.resolution.unreachable?.map((u) => u.uri)).toEqual([vendor.uri]);
    expect(first.resolution.unreachable?.[0]?.reason).toMatch(/apt\.decant-tests\.invalid/);
    expect(first.view.missing('vendor-only-daemon')).toBeDefined();
  });

  it('the repositories are part of the cache key; the same set is answered from the cache; a refresh probes again', async () => {
    if (!first.ok) throw new Error(first.reason);
    expect(probes).toBe(1);
    const again = await resolve([vendor, local]);
    expect(again.ok && !again.probed).toBe(true);
    expect(probes).toBe(1);
    const without = await resolve([]);
    expect(probes).toBe(2);
    if (!without.ok) throw new Error(without.reason);
    expect(without.resolution.repositories).not.toBe(first.resolution.repositories);
    expect(without.view.missing(PKG)).toBeDefined();
    const refreshed = await resolve([local, vendor], Date.now());
    expect(refreshed.ok && refreshed.probed).toBe(true);
    expect(probes).toBe(3);
  }, 900_000);
});
