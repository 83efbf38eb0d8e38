/**
 * An `ohai` resource that reloads the packages plugin (`plugin 'packages'`,
 * or no plugin: every plugin) refreshes `node['packages']` when it converges:
 * Ohai lists what dpkg holds then, the base image's packages and those the
 * run installed before it, dependencies included. Cookbooks find what they
 * installed that way — postgresql installs its server, has the package
 * notify `ohai[postgresql_server_packages]` :immediately, and derives the
 * data directory from `node['packages'].filter { |p| p.match?(/^postgresql-?\d*$/) }`.
 * Without the reload every such read saw the list taken before the run.
 *
 * With package facts the versions are the ones apt installs; without them
 * (offline) they are not known, and the attribute becomes an Unknown saying
 * which resource reloaded it and what would answer.
 */
import type { PackageFactsView } from '../../model/package-facts.js';
import { RArray, RHash, RSymbol, Unknown, type RubyValue } from '../values.js';
import { toS } from '../interpreter/ruby-text.js';
import type { ResourceBuilder } from './resource-builder.js';

/** Whether this `ohai` resource converges a reload of the packages plugin, given the resources declared before it. */
export function reloadsPackages(ohai: ResourceBuilder, before: readonly ResourceBuilder[], identityOf: (target: RubyValue) => string | Unknown): boolean {
  const plugin = ohai.properties.get('plugin');
  if (plugin !== undefined && plugin !== null && toS(plugin) !== 'packages') return false;
  const actions = (ohai.actions ?? [RSymbol.of('reload')]).map((a) => (a instanceof RSymbol ? a.name : toS(a)));
  if (actions.includes('reload')) return true;
  // `action :nothing` and notified by a resource before it (every notifier changes on a first converge), or subscribed.
  if (ohai.subscribes.length > 0) return true;
  return before.some((b) => !b.deleted && b.notifies.some((n) => identityOf(n.target) === ohai.identity));
}

/** The package names the resources before the reload install (a cookbook's own `x_package` is not a package). */
function installedBefore(before: readonly ResourceBuilder[], isCustom: (type: string) => boolean): string[] {
  const names = new Set<string>();
  for (const b of before) {
    if (b.deleted || !/package$/.test(b.type) || isCustom(b.type)) continue;
    const actions = (b.actions ?? [RSymbol.of('install')]).map((a) => (a instanceof RSymbol ? a.name : toS(a)));
    if (!actions.some((a) => a === 'install' || a === 'upgrade')) continue;
    const given = b.properties.get('package_name') ?? b.name;
    for (const n of given instanceof RArray ? given.items : [given]) if (typeof n === 'string') names.add(n);
  }
  return [...names].sort();
}

/** `node['packages']` after the reload: the base image's and the installed packages with their dependencies, as Ohai lists them. */
export function reloadedPackages(ohai: ResourceBuilder, before: readonly ResourceBuilder[], isCustom: (type: string) => boolean, facts: PackageFactsView | undefined): RubyValue {
  const installed = installedBefore(before, isCustom);
  if (!facts) {
    return new Unknown(
      `node['packages'] as ${ohai.identity} reloads it lists the versions of ${installed.join(', ') || 'the packages installed before it'}: package facts, which this run has not (decant convert without --offline resolves them)`,
      ohai.location,
    );
  }
  const out = new RHash();
  const entry = (version: string, architecture?: string) => {
    const e = new RHash();
    e.set('version', version);
    if (architecture) e.set('arch', architecture);
    return e;
  };
  for (const p of facts.resolution.basePackages) out.set(p.name, entry(p.version, p.architecture));
  const resolved = new Map(facts.resolution.packages.map((p) => [p.name, p]));
  for (const name of facts.closure(installed)) {
    const p = resolved.get(name);
    const version = p?.version ?? facts.packageVersion(name);
    if (version !== undefined) out.set(name, entry(version, p?.architecture));
  }
  return sortedByName(out);
}

function sortedByName(h: RHash): RHash {
  const out = new RHash();
  for (const [k, v] of [...h.entries()].sort(([a], [b]) => (toS(a) < toS(b) ? -1 : toS(a) > toS(b) ? 1 : 0))) out.set(k, v);
  return out;
}
