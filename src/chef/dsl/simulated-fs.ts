/**
 * The file system of a fresh container image, grown by the resources that run
 * on the first converge (CHEF-SEMANTICS.md, "The simulated run"). Guards such
 * as `::File.exist?` and `creates` read it.
 *
 * With package facts (DESIGN.md, "Sources of truth", item 2) a path that a
 * package installed earlier in the run ships exists, as on the real host:
 * apache2's mods-available/*.load once apache2 converged. Without them
 * (offline) the fresh-image rule stands, and every probe that facts could
 * have answered is logged so the caller can say what was assumed.
 */
import path from 'node:path';
import type { PlatformFacts } from '../../model/converge.js';
import type { AccountFact, PackageFactsView } from '../../model/package-facts.js';
import type { FileProbe } from '../interpreter/runtime.js';

const BASE_DIRS = [
  '/', '/bin', '/sbin', '/lib', '/lib64', '/usr', '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/local', '/usr/local/bin',
  '/usr/local/sbin', '/usr/local/lib', '/usr/share', '/etc', '/etc/default', '/etc/init.d', '/etc/profile.d', '/etc/security',
  '/etc/ssl', '/etc/ssl/certs', '/etc/cron.d', '/etc/logrotate.d', '/etc/systemd', '/etc/systemd/system', '/var', '/var/lib',
  '/var/log', '/var/cache', '/var/tmp', '/var/run', '/var/spool', '/var/mail', '/tmp', '/opt', '/home', '/root', '/srv', '/run',
  '/dev', '/proc', '/sys', '/mnt', '/media',
];
const BASE_FILES = ['/etc/passwd', '/etc/group', '/etc/shadow', '/etc/hosts', '/etc/hostname', '/etc/os-release', '/etc/resolv.conf', '/bin/sh', '/bin/bash', '/usr/bin/env', '/etc/environment', '/etc/profile', '/etc/shells'];
const DEBIAN = { dirs: ['/etc/apt', '/etc/apt/sources.list.d', '/etc/apt/apt.conf.d', '/var/lib/dpkg', '/var/lib/apt', '/var/cache/apt'], files: ['/etc/debian_version', '/usr/bin/apt-get', '/usr/bin/dpkg'] };
const RHEL = { dirs: ['/etc/yum.repos.d', '/etc/pki', '/var/lib/rpm'], files: ['/etc/redhat-release', '/usr/bin/dnf', '/usr/bin/rpm', '/usr/bin/yum'] };

/** One probe a package could have answered: what was asked, the answer, and where it came from. */
export interface PackageProbe {
  readonly path: string;
  readonly answer: boolean;
  /** `facts`: a package installed earlier ships it (or none does); `fresh-image`: no facts, assumed absent. */
  readonly decidedBy: 'facts' | 'fresh-image';
  /** The package shipping the path, when facts found one. */
  readonly package?: string;
}

export class SimulatedFs implements FileProbe {
  private readonly dirs = new Set<string>();
  private readonly files = new Set<string>();
  /** Paths a resource deleted: a package's copy is gone too. */
  private readonly removed = new Set<string>();
  readonly packages = new Set<string>();
  /** Probes since the last `takeProbes()`, for the guard being decided. */
  private probes: PackageProbe[] = [];

  constructor(
    facts: PlatformFacts,
    private readonly packageFacts?: PackageFactsView,
  ) {
    const family = facts.platformFamily === 'rhel' ? RHEL : DEBIAN;
    for (const d of [...BASE_DIRS, ...family.dirs]) this.dirs.add(d);
    for (const f of [...BASE_FILES, ...family.files]) this.files.add(f);
  }

  exists(p: string): boolean {
    const n = normal(p);
    if (this.files.has(n) || this.dirs.has(n)) return true;
    return this.fromPackages(n, (f, installed) => f.fileExists(n, installed) || f.isDirectory(n, installed));
  }

  isDirectory(p: string): boolean {
    const n = normal(p);
    if (this.dirs.has(n)) return true;
    if (this.files.has(n)) return false;
    return this.fromPackages(n, (f, installed) => f.isDirectory(n, installed));
  }

  /** The probes made since the last call, and a fresh log. */
  takeProbes(): PackageProbe[] {
    const out = this.probes;
    this.probes = [];
    return out;
  }

  /** Whether package facts answer probes (false offline). */
  get hasPackageFacts(): boolean {
    return this.packageFacts !== undefined;
  }

  /**
   * The users the packages installed so far create (their maintainer scripts, sysusers.d): none before a
   * package converged; `offline` when packages were installed and no facts say whom they created.
   */
  packageUsers(): readonly AccountFact[] | 'offline' {
    if (this.packages.size === 0) return [];
    if (!this.packageFacts) return 'offline';
    return this.packageFacts.users([...this.packages].sort());
  }

  private fromPackages(n: string, ask: (f: PackageFactsView, installed: readonly string[]) => boolean): boolean {
    // Only after a package converged can one have shipped the path; a deleted path stays deleted.
    if (this.packages.size === 0 || this.removed.has(n)) return false;
    if (!this.packageFacts) {
      this.probes.push({ path: n, answer: false, decidedBy: 'fresh-image' });
      return false;
    }
    const installed = [...this.packages].sort();
    const answer = ask(this.packageFacts, installed);
    const pkg = answer ? this.packageFacts.packageOf(n, installed) : undefined;
    this.probes.push({ path: n, answer, decidedBy: 'facts', ...(pkg ? { package: pkg } : {}) });
    return answer;
  }

  addFile(p: string): void {
    const n = normal(p);
    this.removed.delete(n);
    this.files.add(n);
    this.addParents(n);
  }

  addDirectory(p: string): void {
    const n = normal(p);
    this.removed.delete(n);
    this.dirs.add(n);
    this.addParents(n);
  }

  remove(p: string): void {
    const n = normal(p);
    this.files.delete(n);
    this.dirs.delete(n);
    this.removed.add(n);
  }

  private addParents(n: string): void {
    for (let d = path.posix.dirname(n); d !== '/' && !this.dirs.has(d); d = path.posix.dirname(d)) this.dirs.add(d);
  }
}

function normal(p: string): string {
  const n = path.posix.normalize(p);
  return n.length > 1 ? n.replace(/\/$/, '') : n;
}
