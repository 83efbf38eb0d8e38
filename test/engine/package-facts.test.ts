/**
 * Package facts from Debian 12's real archive through the engine: one probe
 * container for the set, then the cache answers. Skipped only when
 * `docker info` fails (no engine on this machine); CI runs
 * scripts/engine-setup.sh first, so there it always runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageRequest } from '../../src/model/package-facts.js';
import { dockerClient } from '../../src/engine/docker-client.js';
import { listFactsCache } from '../../src/engine/package-facts/facts-cache.js';
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

const REQUESTS: PackageRequest[] = [{ name: 'bind9' }, { name: 'nginxx' }, { name: 'memcached', version: '9.9' }];

describe.skipIf(missingEngine !== undefined)(`package facts on Debian 12's archive${missingEngine ? ` — skipped: ${missingEngine}` : ''}`, () => {
  const docker = dockerClient();
  let cacheDir: string;
  let probes = 0;
  let first: FactsOutcome;
  const resolve = (requests: readonly PackageRequest[]) => resolvePackageFacts(docker, 'debian-12', requests, { cacheDir, onProbe: () => void probes++ });

  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'decant-facts-engine-'));
    first = await resolve(REQUESTS);
  }, 900_000);
  afterAll(async () => rm(cacheDir, { recursive: true, force: true }));

  it('resolves bind9: named is shipped, named.service has an ExecStart, the bind user is created', () => {
    if (!first.ok) throw new Error(first.reason);
    const { view } = first;
    expect(view.packageVersion('bind9')).toMatch(/^1:9\.18\./);
    expect(view.fileExists('/usr/sbin/named', ['bind9'])).toBe(true);
    expect(view.fileExists('/usr/sbin/named', [])).toBe(false);
    const named = view.units(['bind9']).find((u) => u.name === 'named.service');
    expect(named?.execStart).toMatch(/^\/usr\/sbin\/named\b/);
    expect(view.users(['bind9']).map((u) => u.name)).toContain('bind');
    expect(view.closure(['bind9'])).toContain('bind9-libs');
    expect(first.resolution.packages.find((p) => p.name === 'bind9')).toMatchObject({ requested: true, inBase: false, source: expect.stringMatching(/^http:\/\/deb\.debian\.org\//) });
  });

  it('a package the archive lacks is missing, with near names', () => {
    if (!first.ok) throw new Error(first.reason);
    expect(first.view.missing('nginxx')?.nearNames).toContain('nginx');
  });

  it('a pinned version the archive lacks is missing, with the versions it has', () => {
    if (!first.ok) throw new Error(first.reason);
    const mv = first.resolution.missingVersions.find((m) => m.name === 'memcached');
    expect(mv?.version).toBe('9.9');
    expect(mv?.available.some((v) => v.startsWith('1.6.'))).toBe(true);
    expect(first.resolution.packages.some((p) => p.name === 'memcached')).toBe(false);
  });

  it('the second resolution of the set, in any order, runs no container', async () => {
    expect(first.ok && first.probed).toBe(true);
    expect(probes).toBe(1);
    const again = await resolve([...REQUESTS].reverse());
    expect(again.ok && again.probed).toBe(false);
    expect(probes).toBe(1);
    if (!again.ok || !first.ok) throw new Error('unresolved');
    expect(again.resolution).toEqual(first.resolution);
    const cached = await listFactsCache(cacheDir);
    expect(cached.filter((e) => e.kind === 'resolution')).toHaveLength(1);
    expect(cached.filter((e) => e.kind === 'package').length).toBe(first.facts.length);
  });
});
