/**
 * The archives package facts are read from, per platform: the image the probe
 * runs in, the repositories apt reads, and the dpkg path filters of that
 * image. These mirror what scripts/engine-setup.sh puts into the Debian base
 * images decant builds on, so the probe sees what a `docker build` sees.
 * Their digest is part of every cache key: a change of repositories is a new
 * set of facts, never a stale answer.
 */
import { createHash } from 'node:crypto';
import type { AddedRepository } from '../../model/package-facts.js';

export interface PlatformArchive {
  readonly platform: string;
  readonly image: string;
  /** sources.list lines. */
  readonly sources: readonly string[];
  /** dpkg path-exclude/path-include lines, in order (dpkg.cfg(5)): files they drop never reach the image. */
  readonly pathFilters: readonly string[];
  /** Repositories the cookbook adds, after the platform's own (absent: none). */
  readonly added?: readonly AddedRepository[];
}

/** The archive with the cookbook's repositories added, as the image's Dockerfile adds them. */
export function withRepositories(archive: PlatformArchive, added: readonly AddedRepository[]): PlatformArchive {
  if (added.length === 0) return archive;
  const sorted = [...added].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { ...archive, added: sorted };
}

/** The sources.list line of an added repository, byte for byte what the Dockerfile writes. */
export function addedSourceLine(r: AddedRepository): string {
  const options = [...(r.keyUrl ? [`signed-by=${addedKeyPath(r)}`] : []), ...(r.trusted ? ['trusted=yes'] : [])];
  return `deb ${options.length ? `[${options.join(' ')}] ` : ''}${r.uri} ${r.distribution} ${r.components.join(' ')}`.trim();
}

/** Where the Dockerfile puts a repository's key (emit/dockerfile's repositoryBlocks). */
export function addedKeyPath(r: AddedRepository): string {
  return `/etc/apt/keyrings/${safeRepositoryName(r.name)}.asc`;
}

export function safeRepositoryName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, '_');
}

// As Debian's -slim images (and engine-setup.sh's write_slim_config).
const SLIM_FILTERS = [
  'path-exclude /usr/share/doc/*',
  'path-include /usr/share/doc/*/copyright',
  'path-exclude /usr/share/info/*',
  'path-exclude /usr/share/linda/*',
  'path-exclude /usr/share/lintian/overrides/*',
  'path-exclude /usr/share/locale/*',
  'path-include /usr/share/locale/locale.alias',
  'path-exclude /usr/share/man/*',
  'path-exclude /usr/share/groff/*',
];

const debian = (platform: string, suite: string, mirror: string): PlatformArchive => ({
  platform,
  image: `debian:${suite}-slim`,
  sources: [`deb ${mirror} ${suite} main`, `deb ${mirror} ${suite}-updates main`, `deb http://deb.debian.org/debian-security ${suite}-security main`],
  pathFilters: SLIM_FILTERS,
});

/** The platforms whose archive this machine reaches; the others are served from recorded facts. */
export function platformArchive(platform: string, env: NodeJS.ProcessEnv = process.env): PlatformArchive | undefined {
  const mirror = env['DECANT_DEBIAN_MIRROR'] ?? 'http://deb.debian.org/debian';
  if (platform === 'debian-12') return debian(platform, 'bookworm', mirror);
  if (platform === 'debian-11') return debian(platform, 'bullseye', mirror);
  return undefined;
}

/** dpkg's machine name for Node's architecture (the engine runs images of the host's). */
export function dpkgArchitecture(arch: string = process.arch): string {
  return ({ x64: 'amd64', arm64: 'arm64', arm: 'armhf', ia32: 'i386', ppc64: 'ppc64el', s390x: 's390x' } as Record<string, string>)[arch] ?? arch;
}

/** First 16 hex digits of a sha256 over repositories, filters and architecture. */
export function repositoriesDigest(archive: PlatformArchive, architecture: string = dpkgArchitecture()): string {
  // Without added repositories the text is what it always was, so existing caches stay valid.
  const added = archive.added?.length ? { added: archive.added.map((r) => ({ line: addedSourceLine(r), key: r.keyUrl ?? '' })) } : {};
  const text = JSON.stringify({ sources: archive.sources, filters: archive.pathFilters, architecture, ...added });
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Whether dpkg keeps a path under the filters: the last matching filter decides (dpkg.cfg(5)). */
export function keptByFilters(path: string, filters: readonly string[]): boolean {
  let kept = true;
  for (const f of filters) {
    const m = /^path-(exclude|include)\s+(\S+)$/.exec(f.trim());
    if (m && globMatches(m[2]!, path)) kept = m[1] === 'include';
  }
  return kept;
}

/** fnmatch(3) without FNM_PATHNAME, as dpkg uses it: '*' crosses '/'. */
function globMatches(glob: string, path: string): boolean {
  const re = glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${re}$`).test(path);
}
