/**
 * The packages a converge installs, by name, with the version a resource
 * pins: what package facts are resolved for (the pipeline) and what the
 * planner asks them about (a service's unit among the installed packages).
 * One reading of the collection for both, so they never disagree.
 */
import type { Resource } from '../model/converge.js';
import type { PackageRequest } from '../model/package-facts.js';

export interface RequestedPackage extends PackageRequest {
  readonly resource: Resource;
}

const PACKAGE_TYPES = /(^|_)package$/;

/** The packages a converge installs, with the version a resource pins; only literal names (an unknown one is reported by the evaluator). */
export function packageRequests(resources: readonly Resource[]): RequestedPackage[] {
  const out: RequestedPackage[] = [];
  for (const r of resources) {
    if (!PACKAGE_TYPES.test(r.type) || r.type === 'chef_gem' || r.type === 'gem_package') continue;
    // An instance of a cookbook's own resource (dhcp_package 'Server Test'): the package resources its actions declare are the requests.
    if (r.customActionsRun !== undefined) continue;
    if (!r.actions.some((a) => a === 'install' || a === 'upgrade')) continue;
    if (r.guards.some((g) => g.outcome === 'skip')) continue;
    const names = r.properties['package_name'] ?? r.name;
    const list = Array.isArray(names) ? names : [names];
    const versions = r.properties['version'];
    list.forEach((n, i) => {
      if (typeof n !== 'string' || n === '' || /\.(deb|rpm)$/.test(n) || n.includes('/')) return;
      const v = Array.isArray(versions) ? versions[i] : versions;
      out.push({ name: n, ...(typeof v === 'string' && v !== '' ? { version: v } : {}), resource: r });
    });
  }
  return out;
}

/** The names of packageRequests, once each, sorted. */
export function installedPackages(resources: readonly Resource[]): string[] {
  return [...new Set(packageRequests(resources).map((p) => p.name))].sort();
}
