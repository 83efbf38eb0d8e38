/**
 * Paths as package facts compare them. A .deb lists './usr/sbin/named'; a
 * recipe asks '/usr/sbin/named/'; on a merged-/usr image (Debian 12, Ubuntu
 * 22.04+) '/sbin/named' is the same file, because /sbin is a link to
 * /usr/sbin while packages still ship some files under /lib or /sbin.
 */
import path from 'node:path';

/** Absolute, normalised, no trailing slash; '' for what is not a path. */
export function normalFactPath(p: string): string {
  const stripped = p.replace(/^\.(?=\/)/, '');
  if (!stripped.startsWith('/')) return '';
  const n = path.posix.normalize(stripped);
  return n.length > 1 ? n.replace(/\/+$/, '') : n;
}

// The links a merged-/usr root holds (usrmerge, debootstrap --merged-usr).
const MERGED = ['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32'];

/** The one spelling of a path on a merged-/usr root: '/sbin/x' → '/usr/sbin/x'; others unchanged. */
export function canonicalPath(p: string, mergedUsr: boolean): string {
  const n = normalFactPath(p);
  if (!mergedUsr) return n;
  const top = n.split('/')[1] ?? '';
  return MERGED.includes(top) ? `/usr${n}` : n;
}

/** Every parent directory of a path, '/' excluded. */
export function parentsOf(p: string): string[] {
  const out: string[] = [];
  for (let d = path.posix.dirname(p); d !== '/' && d !== '.'; d = path.posix.dirname(d)) out.push(d);
  return out;
}

/** Directories whose files run as commands from a PATH. */
export function isBinaryPath(p: string): boolean {
  return /^\/(usr\/(local\/)?)?s?bin\/[^/]+$/.test(p) || /^\/usr\/games\/[^/]+$/.test(p);
}
