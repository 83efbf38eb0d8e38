/**
 * Observed commands through the engine: the package facts name the package
 * that ships a program and its version, one throwaway container of Debian 12
 * installs it and runs the command, and the cache answers every later asking
 * — by package version (a run with facts) and by request set (a run without).
 * Skipped only when `docker info` fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandObservationRequest } from '../../src/model/observed-commands.js';
import { dockerClient } from '../../src/engine/docker-client.js';
import { cachedObservationsOfSet, observeCommands, type ObservationOutcome } from '../../src/engine/package-facts/observe-commands.js';
import { resolvePackageFacts } from '../../src/engine/package-facts/resolve-facts.js';

function engineMissing(): string | undefined {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 20_000 });
    return undefined;
  } catch (e) {
    return `docker info fails (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
  }
}
const missingEngine = engineMissing();

describe.skipIf(missingEngine !== undefined)(`observed commands on Debian 12${missingEngine ? ` — skipped: ${missingEngine}` : ''}`, () => {
  const docker = dockerClient();
  const packages = [{ name: 'jq' }];
  let cacheDir: string;
  let request: CommandObservationRequest;
  let containers = 0;
  let first: ObservationOutcome;
  const observe = () => observeCommands(docker, 'debian-12', [request], { cacheDir, requests: packages, onObserve: () => void containers++ });

  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'decant-observe-engine-'));
    const facts = await resolvePackageFacts(docker, 'debian-12', packages, { cacheDir });
    if (!facts.ok) throw new Error(facts.reason);
    const jq = facts.view.binary('/usr/bin/jq', ['jq'])!;
    request = { command: 'jq --version', program: jq.path, packageName: jq.packageName, packageVersion: jq.packageVersion };
    first = await observe();
  }, 900_000);
  afterAll(async () => rm(cacheDir, { recursive: true, force: true }));

  it('runs the command once with the package installed and keeps what it printed', () => {
    expect(first).toMatchObject({ ok: true });
    const [seen] = first.ok ? first.observed : [];
    expect(seen).toMatchObject({ command: 'jq --version', packageName: 'jq', platform: 'debian-12', exitStatus: 0, stderr: '' });
    expect(seen!.stdout).toMatch(/^jq-1\.\d/);
    expect(containers).toBe(1);
  });

  it('asked again, the cache answers: no container', async () => {
    const again = await observe();
    expect(again).toEqual(first);
    expect(containers).toBe(1);
  });

  it('a query piped through filters and with stderr merged runs as sh runs it', async () => {
    const piped = { ...request, command: "jq --version 2>&1 | cut -d- -f2 | sed -n 's/^\\([0-9]*\\)\\..*/major \\1/p'" };
    const outcome = await observeCommands(docker, 'debian-12', [piped], { cacheDir });
    expect(outcome).toMatchObject({ ok: true });
    const [seen] = outcome.ok ? outcome.observed : [];
    expect(seen).toMatchObject({ command: piped.command, exitStatus: 0, stderr: '' });
    expect(seen!.stdout).toBe('major 1\n');
  }, 900_000);

  it('a run without facts finds it by its package set, and only by that set', async () => {
    expect(await cachedObservationsOfSet('debian-12', packages, ['jq --version'], { cacheDir })).toEqual(first.ok ? first.observed : []);
    expect(await cachedObservationsOfSet('debian-12', [{ name: 'jq' }, { name: 'curl' }], ['jq --version'], { cacheDir })).toEqual([]);
  });
});
