/**
 * The Recommends Chef's server has. Chef's apt package provider runs
 * `apt-get install` without --no-install-recommends, and Debian's APT installs
 * Recommends by default; decant's package layer says --no-install-recommends
 * to stay lean, so each first-level Recommends of a package the cookbook
 * names (resolved by the facts probe: in the archive, installable with the
 * rest) is named in the layer beside it. Without it unbound's start helper
 * finds no /usr/share/dns/root.key (dns-root-data) and unbound exits.
 * Recommends of dependencies are left out: measured on Debian 12 they bring
 * dbus and systemd-timesyncd into dnsmasq's and stunnel's images.
 */
import type { PackageResolution } from '../model/package-facts.js';
import type { PackageSpec } from '../model/plan.js';

/** Each Recommends of the unit's packages the resolution installs, once, from the package that recommends it. */
export function recommendedSpecs(packages: readonly PackageSpec[], resolution: Pick<PackageResolution, 'recommended'>): PackageSpec[] {
  const named = new Set(packages.map((p) => p.name));
  const out: PackageSpec[] = [];
  for (const r of resolution.recommended ?? []) {
    const by = packages.find((p) => p.name === r.of);
    if (!by || named.has(r.name)) continue;
    named.add(r.name);
    out.push({ resource: by.resource, source: by.source, name: r.name });
  }
  return out;
}
