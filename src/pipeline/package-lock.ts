/**
 * The lock (issue 13): each unit lists the packages it installs with the
 * version and archive the facts resolved, and its Dockerfile pins the ones
 * the cookbook names, so a rebuild installs what was reviewed. Re-resolving
 * is pruning the facts cache (decant facts prune) or --refresh-facts.
 */
import { lockEntries } from '../facts/facts-view.js';
import type { PackageFactsView } from '../model/package-facts.js';
import type { Converge } from '../model/converge.js';
import type { App, PackageFactsSummary, Unit } from '../model/plan.js';
import { recommendedSpecs } from './recommended-packages.js';

export function lockUnit(unit: Unit, view: PackageFactsView): Unit {
  if (unit.packageManager !== 'apt' || unit.packages.length === 0) return unit;
  const resolved = new Map(view.resolution.packages.map((p) => [p.name, p]));
  const packages = [...unit.packages, ...recommendedSpecs(unit.packages, view.resolution)].map((p) => {
    const r = resolved.get(p.name);
    // The cookbook's own pin stands (its glob or exact version); a name the archive lacks stays unpinned: its error is said elsewhere.
    return p.version || !r || r.inBase ? p : { ...p, version: r.version };
  });
  return { ...unit, packages, lockedPackages: lockEntries(view, packages.map((p) => p.name)) };
}

export function lockApp(app: App, view: PackageFactsView | undefined): App {
  return view ? { ...app, units: app.units.map((u) => lockUnit(u, view)) } : app;
}

/** How much of an app package facts decided (report.json's `packageFacts`); undefined when nothing asked them. */
export function factsSummary(converge: Converge, app: App, had: boolean): PackageFactsSummary | undefined {
  const guards = converge.resources.flatMap((r) => r.guards);
  const fromFacts = guards.filter((g) => g.decidedBy === 'facts').length;
  const assumed = guards.filter((g) => g.decidedBy === 'fresh-image').length;
  const commands = app.units.filter((u) => u.commandSource === 'package').length;
  if (!had && assumed === 0) return undefined;
  return { source: had ? 'archive' : 'none', guardsFromFacts: fromFacts, guardsAssumed: assumed, commandsFromPackages: commands };
}
