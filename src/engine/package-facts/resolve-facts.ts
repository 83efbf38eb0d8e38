/**
 * Package facts for a request set: from the shared cache when it has the
 * resolution and every fact it names (no container run), otherwise from one
 * probe run whose results are cached for every later convert.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddedRepository, PackageFact, PackageFactsView, PackageRequest, PackageResolution } from '../../model/package-facts.js';
import { createFactsView } from '../../facts/facts-view.js';
import { isCurrentFact } from '../../facts/fact-currency.js';
import type { DockerClient } from '../docker-client.js';
import { defaultFactsCacheDir, factPath, normalRequests, readFact, readResolution, writeFact, writeResolution, type FactsScope } from './facts-cache.js';
import { platformArchive, repositoriesDigest, withRepositories, type PlatformArchive } from './platform-archives.js';
import { ProbeFailure, readProbeDocument, readProbeOutput } from './probe-document.js';
import { runProbe } from './run-probe.js';

export interface ResolveOptions {
  /** Defaults to defaultFactsCacheDir(). */
  readonly cacheDir?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Called before each container run (tests count them; the CLI may print progress). */
  readonly onProbe?: (platform: string, requests: readonly PackageRequest[]) => void;
  /** The cookbook's apt repositories: added in the probe as in the image, and part of the cache key. */
  readonly repositories?: readonly AddedRepository[];
  /** --refresh-facts: cache files last written or read before this time (ms) are ignored and rewritten. */
  readonly refreshSince?: number;
  /** Aborted (a facts budget ran out): the probe is abandoned and its container removed. */
  readonly signal?: AbortSignal;
}

export type FactsOutcome =
  | { readonly ok: true; readonly view: PackageFactsView; readonly resolution: PackageResolution; readonly facts: readonly PackageFact[]; readonly probed: boolean }
  | { readonly ok: false; readonly reason: string };

/** The facts a resolution names: every package it unpacks (all but dependencies the base already holds). */
async function cachedFacts(dir: string, scope: FactsScope, resolution: PackageResolution, since?: number): Promise<PackageFact[] | undefined> {
  const facts: PackageFact[] = [];
  for (const p of resolution.packages) {
    const fact = await readFact(dir, scope, p.name, p.version, since);
    // A fact an older decant wrote lacks what this one reads (fact-currency.ts): probe the set again.
    if (!fact || !isCurrentFact(fact)) return undefined;
    facts.push(fact);
  }
  return facts;
}

// Linux refuses one environment string over 128 KiB: past that, the probe just unpacks again.
const KNOWN_LIMIT = 120_000;

async function isCurrentFile(file: string): Promise<boolean> {
  try {
    return isCurrentFact(JSON.parse(await readFile(file, 'utf8')) as PackageFact);
  } catch {
    return false;
  }
}

/** NAME=VERSION of every current fact cached in this scope, so the probe does not download them again (a stale one it does). */
async function knownFacts(dir: string, scope: FactsScope, since?: number): Promise<string[]> {
  // Refreshing: every package is downloaded and unpacked again.
  if (since !== undefined) return [];
  const root = path.dirname(path.dirname(factPath(dir, scope, 'x', 'x')));
  const out: string[] = [];
  for (const name of await readdir(root).catch(() => [] as string[])) {
    for (const f of await readdir(path.join(root, name)).catch(() => [] as string[])) {
      if (f.endsWith('.json') && (await isCurrentFile(path.join(root, name, f)))) out.push(`${decodeURIComponent(name)}=${decodeURIComponent(f.slice(0, -'.json'.length))}`);
    }
  }
  out.sort();
  return out.join('\n').length < KNOWN_LIMIT ? out : [];
}

async function probe(docker: DockerClient, archive: PlatformArchive, scope: FactsScope, dir: string, requests: PackageRequest[], since?: number, signal?: AbortSignal): Promise<FactsOutcome> {
  const known = await knownFacts(dir, scope, since);
  const run = await runProbe(docker, archive, requests, known, undefined, signal);
  let read;
  try {
    read = readProbeDocument(readProbeOutput(run.stdout), archive, scope.repositories);
  } catch (e) {
    if (e instanceof ProbeFailure) return { ok: false, reason: `${e.message}${run.stderr ? `\n${run.stderr.slice(-1000)}` : ''}` };
    throw e;
  }
  for (const fact of read.facts) await writeFact(dir, scope, fact);
  const facts = await cachedFacts(dir, scope, read.resolution, since);
  if (!facts) {
    const lacking = read.resolution.packages.filter((p) => !read.facts.some((f) => f.name === p.name)).map((p) => `${p.name}=${p.version}`);
    return { ok: false, reason: `the probe could not download or unpack ${lacking.join(', ')}` };
  }
  await writeResolution(dir, scope, read.resolution);
  return { ok: true, view: createFactsView(read.resolution, facts), resolution: read.resolution, facts, probed: true };
}

/**
 * Resolves a request set on a platform whose archive the engine reaches
 * (debian-12, debian-11). A platform without one is `ok: false` with the
 * reason; the caller then uses recorded facts or the fresh-image rules.
 */
export async function resolvePackageFacts(docker: DockerClient, platform: string, requests: readonly PackageRequest[], options: ResolveOptions = {}): Promise<FactsOutcome> {
  const where = placeOf(platform, options);
  if ('reason' in where) return { ok: false, reason: where.reason };
  const { archive, dir, scope } = where;
  const normal = normalRequests(requests);
  const cached = await fromCache(dir, scope, normal, options.refreshSince);
  if (cached) return cached;
  options.onProbe?.(platform, normal);
  return probe(docker, archive, scope, dir, normal, options.refreshSince, options.signal);
}

/**
 * The cache's answer alone, never a container: what a run whose engine does
 * not answer still knows from an earlier run with the same request set.
 * Undefined when the cache lacks the resolution or a fact it names.
 */
export async function cachedPackageFacts(platform: string, requests: readonly PackageRequest[], options: ResolveOptions = {}): Promise<FactsOutcome | undefined> {
  const where = placeOf(platform, options);
  if ('reason' in where) return undefined;
  return fromCache(where.dir, where.scope, normalRequests(requests), options.refreshSince);
}

function placeOf(platform: string, options: ResolveOptions): { archive: PlatformArchive; dir: string; scope: FactsScope } | { reason: string } {
  const platformOwn = platformArchive(platform, options.env);
  const archive = platformOwn && withRepositories(platformOwn, options.repositories ?? []);
  if (!archive) return { reason: `no archive for ${platform} is reachable from here: its package facts come from recordings` };
  return { archive, dir: options.cacheDir ?? defaultFactsCacheDir(options.env), scope: { platform, repositories: repositoriesDigest(archive) } };
}

async function fromCache(dir: string, scope: FactsScope, normal: readonly PackageRequest[], since?: number): Promise<FactsOutcome | undefined> {
  const resolution = await readResolution(dir, scope, normal, since);
  const facts = resolution && (await cachedFacts(dir, scope, resolution, since));
  return resolution && facts ? { ok: true, view: createFactsView(resolution, facts), resolution, facts, probed: false } : undefined;
}
