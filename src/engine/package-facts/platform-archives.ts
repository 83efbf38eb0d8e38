/**
 * The archives package facts are read from, per platform: the image the probe
 * runs in, the repositories apt reads, and the dpkg path filters of that
 * image. These mirror what scripts/engine-setup.sh puts into the Debian base
 * images decant builds on, so the probe sees what a `docker build` sees.
 * Their digest is part of every cache key: a change of repositories is a new
 * set of facts, never a stale answer.
 */
import { createHash } from 'node:crypto';

export interface PlatformArchive {
  readonly platform: string;
  readonly image: string;
  /** sources.list lines. */
  readonly sources: readonly string[];
  /** dpkg path-exclude/path-include lines, in order (dpkg.cfg(5)): files they drop never reach the image. */
  readonly pathFilters: readonly string[];
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
  const text = JSON.stringify({ sources: archive.sources, filters: archive.pathFilters, architecture });
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
