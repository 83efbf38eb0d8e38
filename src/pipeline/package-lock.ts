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

/**
 * Packages the target's archive does not have (DEC0508 at their line, and a
 * non-zero exit) are left out of the image's install, said in the unit's
 * notes: one missing name would fail the whole `apt-get install` layer, and
 * the rest of the unit still builds for review, as the rest of a cookbook
 * still converts. Not when a repository the cookbook adds was unreachable:
 * the name may be that repository's (DEC0534), and a build where it is
 * reachable installs it.
 */
function withoutAbsentPackages(unit: Unit, view: PackageFactsView): Unit {
  if (view.resolution.unreachable?.length) return unit;
  const absent = unit.packages.filter((p) => view.missing(p.name));
  if (absent.length === 0) return unit;
  const names = absent.map((p) => p.name).join(', ');
  const note = `${names}: not in ${view.platform}'s archive (DEC0508), left out of the image's install so the rest builds; Chef's run would stop there`;
  return { ...unit, packages: unit.packages.filter((p) => !absent.includes(p)), notes: [...unit.notes, note] };
}

export function lockUnit(given: Unit, view: PackageFactsView): Unit {
  if (given.packageManager !== 'apt' || given.packages.length === 0) return given;
  const unit = withoutAbsentPackages(given, view);
  const resolved = new Map(view.resolution.packages.map((p) => [p.name, p]));
  const packages = [...unit.packages, ...recommendedSpecs(unit.packages, view.resolution)].map((p) => {
    const r = resolved.get(p.name);
    // The cookbook's own pin stands (its glob or exact version).
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
