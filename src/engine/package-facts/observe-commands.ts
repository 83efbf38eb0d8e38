/**
 * Observed commands (src/model/observed-commands.ts), engine side: each
 * command runs once in a throwaway container of the platform with the package
 * that ships its program installed at the version the facts named, and what
 * it printed is cached beside the package facts:
 *
 *   DIR/v1/PLATFORM/REPOS/observations/PACKAGE/VERSION/DIGEST.json   (DIGEST of the command)
 *
 * A package at a version never changes in an archive, so neither does what
 * its program prints for flags alone: an observation never expires, and a
 * later convert — with the engine or without it — reads it from the cache.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AddedRepository, PackageRequest } from '../../model/package-facts.js';
import type { CommandObservationRequest, ObservedCommand } from '../../model/observed-commands.js';
import type { DockerClient } from '../docker-client.js';
import { defaultFactsCacheDir, observationBySetPath, observationPath, readCached, writeCached, type FactsScope } from './facts-cache.js';
import { addedSourceLine, platformArchive, repositoriesDigest, safeRepositoryName, withRepositories, type PlatformArchive } from './platform-archives.js';
import { runArchiveScript } from './run-probe.js';

// scripts/ sits three levels up from both src/engine/package-facts and dist/engine/package-facts.
export const OBSERVE_SCRIPT = fileURLToPath(new URL('../../../scripts/observe-command.sh', import.meta.url));

export type ObservationOutcome = { readonly ok: true; readonly observed: readonly ObservedCommand[] } | { readonly ok: false; readonly reason: string };

export interface ObserveOptions {
  readonly cacheDir?: string;
  /** The run's package requests: the observation is also cached under them, for later runs without facts. */
  readonly requests?: readonly PackageRequest[];
  readonly env?: NodeJS.ProcessEnv;
  readonly repositories?: readonly AddedRepository[];
  /** Called before each container run (tests count them). */
  readonly onObserve?: (request: CommandObservationRequest) => void;
  /** Aborted (a facts budget ran out): the running observation is abandoned and its container removed. */
  readonly signal?: AbortSignal;
}

const commandDigest = (command: string) => createHash('sha256').update(command).digest('hex').slice(0, 32);

/** Where one command's observation of one package version is cached. */
function observationFile(dir: string, scope: FactsScope, r: CommandObservationRequest): string {
  return observationPath(dir, scope, r.packageName, r.packageVersion, commandDigest(r.command));
}

function scopeOf(platform: string, options: ObserveOptions): { dir: string; scope: FactsScope; archive: PlatformArchive } | undefined {
  const own = platformArchive(platform, options.env);
  if (!own) return undefined;
  const archive = withRepositories(own, options.repositories ?? []);
  return { dir: options.cacheDir ?? defaultFactsCacheDir(options.env), scope: { platform, repositories: repositoriesDigest(archive) }, archive };
}

/** The observation line the script prints; undefined (with the install log) when the package did not install. */
export function readObservationOutput(stdout: string): { status: number; stdout: string; stderr: string } | { failed: string } | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith('DECANT-'));
  if (!line) return undefined;
  const [tag, a = '', b = '', c = ''] = line.split(' ');
  const text = (s: string) => Buffer.from(s, 'base64').toString('utf8');
  if (tag === 'DECANT-FAILED') return { failed: text(a) };
  if (tag === 'DECANT-OBSERVED' && /^\d+$/.test(a)) return { status: Number(a), stdout: text(b), stderr: text(c) };
  return undefined;
}

/**
 * Cached observations only, found by the run's package requests: what a run
 * without package facts (--offline, inspect) can still answer, because an
 * earlier run with the same packages observed it. Never starts a container.
 */
export async function cachedObservationsOfSet(platform: string, requests: readonly PackageRequest[], commands: readonly string[], options: ObserveOptions = {}): Promise<ObservedCommand[]> {
  const where = scopeOf(platform, options);
  if (!where || requests.length === 0) return [];
  const out: ObservedCommand[] = [];
  for (const command of commands) {
    const hit = await readCached<ObservedCommand>(observationBySetPath(where.dir, where.scope, requests, commandDigest(command)));
    if (hit && hit.command === command) out.push(hit);
  }
  return out;
}

/** Each request from the cache, or observed in a container and cached; the first failure is the outcome. */
export async function observeCommands(docker: DockerClient, platform: string, requests: readonly CommandObservationRequest[], options: ObserveOptions = {}): Promise<ObservationOutcome> {
  const where = scopeOf(platform, options);
  if (!where) return { ok: false, reason: `no archive for ${platform} is reachable from here: commands are not observed` };
  const { dir, scope, archive } = where;
  const bySet = async (o: ObservedCommand) => {
    if (options.requests?.length) await writeCached(observationBySetPath(dir, scope, options.requests, commandDigest(o.command)), o);
  };
  const script = await readFile(OBSERVE_SCRIPT, 'utf8');
  const out: ObservedCommand[] = [];
  for (const r of requests) {
    const file = observationFile(dir, scope, r);
    const hit = await readCached<ObservedCommand>(file);
    if (hit && hit.command === r.command) {
      await bySet(hit);
      out.push(hit);
      continue;
    }
    options.onObserve?.(r);
    const run = await runArchiveScript(docker, archive, {
      script,
      name: 'observe-command',
      timeoutMs: 600_000,
      ...(options.signal ? { signal: options.signal } : {}),
      env: [
        `DECANT_SOURCES=${archive.sources.join('\n')}`,
        `DECANT_REPOSITORIES=${(archive.added ?? []).map((a) => `${safeRepositoryName(a.name)}\t${addedSourceLine(a)}\t${a.keyUrl ?? ''}`).join('\n')}`,
        `DECANT_PACKAGE=${r.packageName}=${r.packageVersion}`,
        `DECANT_COMMAND=${r.command}`,
      ],
    });
    const seen = readObservationOutput(run.stdout);
    if (!seen) return { ok: false, reason: `observing \`${r.command}\` failed (exit ${run.exitCode}): ${(run.stderr || run.stdout).slice(-500)}` };
    if ('failed' in seen) return { ok: false, reason: `observing \`${r.command}\`: ${r.packageName}=${r.packageVersion} did not install: ${seen.failed.slice(-500)}` };
    const observed: ObservedCommand = { command: r.command, program: r.program, packageName: r.packageName, packageVersion: r.packageVersion, platform, stdout: seen.stdout, stderr: seen.stderr, exitStatus: seen.status };
    await writeCached(file, observed);
    await bySet(observed);
    out.push(observed);
  }
  return { ok: true, observed: out };
}
