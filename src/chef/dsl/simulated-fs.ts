/**
 * The file system of a fresh container image, grown by the resources that run
 * on the first converge (CHEF-SEMANTICS.md, "The simulated run"). Guards such
 * as `::File.exist?` and `creates` read it.
 */
import path from 'node:path';
import type { PlatformFacts } from '../../model/converge.js';
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

export class SimulatedFs implements FileProbe {
  private readonly dirs = new Set<string>();
  private readonly files = new Set<string>();
  readonly packages = new Set<string>();

  constructor(facts: PlatformFacts) {
    const family = facts.platformFamily === 'rhel' ? RHEL : DEBIAN;
    for (const d of [...BASE_DIRS, ...family.dirs]) this.dirs.add(d);
    for (const f of [...BASE_FILES, ...family.files]) this.files.add(f);
  }

  exists(p: string): boolean {
    const n = normal(p);
    return this.files.has(n) || this.dirs.has(n);
  }

  isDirectory(p: string): boolean {
    return this.dirs.has(normal(p));
  }

  addFile(p: string): void {
    const n = normal(p);
    this.files.add(n);
    this.addParents(n);
  }

  addDirectory(p: string): void {
    const n = normal(p);
    this.dirs.add(n);
    this.addParents(n);
  }

  remove(p: string): void {
    const n = normal(p);
    this.files.delete(n);
    this.dirs.delete(n);
  }

  private addParents(n: string): void {
    for (let d = path.posix.dirname(n); d !== '/' && !this.dirs.has(d); d = path.posix.dirname(d)) this.dirs.add(d);
  }
}

function normal(p: string): string {
  const n = path.posix.normalize(p);
  return n.length > 1 ? n.replace(/\/$/, '') : n;
}
