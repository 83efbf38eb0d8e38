/** The package requests of a converge as one set: the facts' and the observations' cache key. */
import type { PackageRequest } from '../model/package-facts.js';
import type { RequestedPackage } from '../plan/package-requests.js';

export const keyOf = (r: PackageRequest) => `${r.name}=${r.version ?? ''}`;

/** Each name and version once, in one order: the same packages asked twice are one set. */
export function requestSet(list: readonly RequestedPackage[]): PackageRequest[] {
  const seen = new Map<string, PackageRequest>();
  for (const r of list) seen.set(keyOf(r), { name: r.name, ...(r.version ? { version: r.version } : {}) });
  return [...seen.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}
