/**
 * The package-facts cache every convert on the machine shares:
 *
 *   DIR/v1/PLATFORM/REPOS/packages/NAME/VERSION.json   one PackageFact
 *   DIR/v1/PLATFORM/REPOS/resolutions/DIGEST.json      one PackageResolution (DIGEST of the sorted request set)
 *   DIR/v1/PLATFORM/REPOS/observations/NAME/VERSION/DIGEST.json   one observed command (observe-commands.ts)
 *   DIR/v1/PLATFORM/REPOS/observed-sets/SET/DIGEST.json           the same, by the request set that asked it
 *
 * REPOS is the digest of the repositories, dpkg filters and architecture
 * (platform-archives.ts), so facts from another archive are never answered.
 * A package at a version never changes in an archive, so its fact never
 * expires; a resolution would change as the archive moves, and is kept until
 * pruned — that is what makes a lock stable between runs.
 *
 * Writes go to a temporary file and are renamed into place: concurrent batch
 * workers see either no file or a whole one, and the last identical writer wins.
 * A read refreshes the file's time, so pruning by age drops what nobody used.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PackageFact, PackageRequest, PackageResolution } from '../../model/package-facts.js';

const LAYOUT = 'v1';

/** `--facts-cache DIR`, else $XDG_CACHE_HOME/decant/facts, else ~/.cache/decant/facts. */
export function defaultFactsCacheDir(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  const xdg = env['XDG_CACHE_HOME'];
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'decant', 'facts');
}

export interface FactsScope {
  readonly platform: string;
  /** repositoriesDigest() of the archive. */
  readonly repositories: string;
}

/** A name or version as one safe path segment: versions hold ':' (epochs) and '~'. */
function segment(s: string): string {
  return encodeURIComponent(s).replace(/~/g, '%7E').replace(/^\.+/, (dots) => '%2E'.repeat(dots.length));
}

function scopeDir(dir: string, scope: FactsScope): string {
  return path.join(dir, LAYOUT, segment(scope.platform), segment(scope.repositories));
}

export function factPath(dir: string, scope: FactsScope, name: string, version: string): string {
  return path.join(scopeDir(dir, scope), 'packages', segment(name), `${segment(version)}.json`);
}

/** Where one command's observation (observe-commands.ts) of one package version is cached; `digest` names the command. */
export function observationPath(dir: string, scope: FactsScope, name: string, version: string, digest: string): string {
  return path.join(scopeDir(dir, scope), 'observations', segment(name), segment(version), `${digest}.json`);
}

/**
 * The same observation under the request set of the run that made it, for a
 * run without package facts (--offline), which knows its requests but not
 * which package ships a program: DIR/v1/PLATFORM/REPOS/observed-sets/SET/DIGEST.json.
 */
export function observationBySetPath(dir: string, scope: FactsScope, requests: readonly PackageRequest[], digest: string): string {
  const set = path.basename(resolutionPath(dir, scope, requests), '.json');
  return path.join(scopeDir(dir, scope), 'observed-sets', set, `${digest}.json`);
}

/** Requests in one order, duplicates dropped: the same set asked twice is one key. */
export function normalRequests(requests: readonly PackageRequest[]): PackageRequest[] {
  const seen = new Map<string, PackageRequest>();
  for (const r of requests) seen.set(`${r.name}\t${r.version ?? ''}`, r.version ? { name: r.name, version: r.version } : { name: r.name });
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

/**
 * What the probe resolves besides the requests, in the key: a resolution made
 * before it named the requests' first-level Recommends is not this one.
 */
const RESOLUTION_KIND = 'with first-level recommends\n';

export function resolutionPath(dir: string, scope: FactsScope, requests: readonly PackageRequest[]): string {
  const key = RESOLUTION_KIND + normalRequests(requests).map((r) => `${r.name}\t${r.version ?? ''}`).join('\n');
  return path.join(scopeDir(dir, scope), 'resolutions', `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
}

async function writeAtomically(file: string, data: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, `${JSON.stringify(data)}\n`);
  await rename(tmp, file);
}

/**
 * `since` (--refresh-facts): a file last written or read before it is a miss,
 * so this run probes again and rewrites it; what this run (or a batch worker
 * refreshing alongside) already wrote is newer and is read.
 */
async function readJson<T>(file: string, since?: number): Promise<T | undefined> {
  try {
    if (since !== undefined && (await stat(file)).mtimeMs < since) return undefined;
    const value = JSON.parse(await readFile(file, 'utf8')) as T;
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
    return value;
  } catch {
    // Missing, or cut short by a crash before rename could not happen: either way a miss.
    return undefined;
  }
}

/** Any cached document at a path this module made (observations use it). */
export const readCached = <T>(file: string) => readJson<T>(file);
export const writeCached = (file: string, data: unknown) => writeAtomically(file, data);
export const readFact = (dir: string, scope: FactsScope, name: string, version: string, since?: number) => readJson<PackageFact>(factPath(dir, scope, name, version), since);
export const writeFact = (dir: string, scope: FactsScope, fact: PackageFact) => writeAtomically(factPath(dir, scope, fact.name, fact.version), fact);
export const readResolution = (dir: string, scope: FactsScope, requests: readonly PackageRequest[], since?: number) =>
  readJson<PackageResolution>(resolutionPath(dir, scope, requests), since);
export const writeResolution = (dir: string, scope: FactsScope, resolution: PackageResolution) =>
  writeAtomically(resolutionPath(dir, scope, resolution.requests), resolution);

export interface CacheEntry {
  readonly kind: 'package' | 'resolution' | 'observation' | 'partial';
  readonly platform: string;
  readonly repositories: string;
  /** Package name (an observation's: of the package it observed), or the resolution's digest. */
  readonly name: string;
  readonly version?: string;
  readonly file: string;
  readonly bytes: number;
  readonly modified: Date;
}

async function entries(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => [] as string[]);
}

/** Every file in the cache, platform by platform; a leftover temporary file is a 'partial'. */
export async function listFactsCache(dir: string): Promise<CacheEntry[]> {
  const out: CacheEntry[] = [];
  const root = path.join(dir, LAYOUT);
  const add = async (file: string, e: Omit<CacheEntry, 'file' | 'bytes' | 'modified' | 'kind'>, kind: CacheEntry['kind']) => {
    const s = await stat(file).catch(() => undefined);
    if (s?.isFile()) out.push({ ...e, kind: file.endsWith('.tmp') ? 'partial' : kind, file, bytes: s.size, modified: s.mtime });
  };
  for (const platform of await entries(root)) {
    for (const repositories of await entries(path.join(root, platform))) {
      const scope = path.join(root, platform, repositories);
      const base = { platform: decodeURIComponent(platform), repositories: decodeURIComponent(repositories) };
      for (const name of await entries(path.join(scope, 'packages'))) {
        for (const f of await entries(path.join(scope, 'packages', name))) {
          const version = decodeURIComponent(f.replace(/\.json(\..*\.tmp)?$/, ''));
          await add(path.join(scope, 'packages', name, f), { ...base, name: decodeURIComponent(name), version }, 'package');
        }
      }
      for (const f of await entries(path.join(scope, 'resolutions'))) await add(path.join(scope, 'resolutions', f), { ...base, name: f.replace(/\.json.*$/, '') }, 'resolution');
      // Observed commands (observe-commands.ts): by package version, and the same again by request set.
      for (const name of await entries(path.join(scope, 'observations'))) {
        for (const version of await entries(path.join(scope, 'observations', name))) {
          for (const f of await entries(path.join(scope, 'observations', name, version))) {
            await add(path.join(scope, 'observations', name, version, f), { ...base, name: decodeURIComponent(name), version: decodeURIComponent(version) }, 'observation');
          }
        }
      }
      for (const set of await entries(path.join(scope, 'observed-sets'))) {
        for (const f of await entries(path.join(scope, 'observed-sets', set))) await add(path.join(scope, 'observed-sets', set, f), { ...base, name: set }, 'observation');
      }
    }
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}

export interface PruneOptions {
  /** Remove what was not written or read for this long; without it, everything. */
  readonly olderThanMs?: number;
  readonly now?: Date;
}

/** Removes cache files (all, or those idle longer than olderThanMs) and returns what went. */
export async function pruneFactsCache(dir: string, options: PruneOptions = {}): Promise<CacheEntry[]> {
  const now = (options.now ?? new Date()).getTime();
  // A temporary file younger than a minute may be a write in progress by another worker.
  const idle = (e: CacheEntry) => now - e.modified.getTime() > (e.kind === 'partial' ? Math.max(options.olderThanMs ?? 0, 60_000) : (options.olderThanMs ?? -1));
  const gone = (await listFactsCache(dir)).filter(idle);
  for (const e of gone) await rm(e.file, { force: true });
  return gone;
}
