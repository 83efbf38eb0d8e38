/**
 * Which packages are a service's own (issue 14): the package shipping its
 * systemd unit, the one shipping the unit's ExecStart binary (or the
 * cookbook's unit's), the ones shipping the unit's environment files, and its
 * catalog entry's packages. A package resource goes to the units whose own
 * packages it installs (the package itself or what apt pulls with it), so each
 * image carries its own service's packages and not another unit's.
 */
import type { Resource } from '../model/converge.js';
import type { PackageFactsView } from '../model/package-facts.js';
import type { PackageSpec } from '../model/plan.js';
import { familyValue } from './catalog/find-entry.js';
import { findServiceUnit } from './package-unit-command.js';
import { cookbookDaemonBinary } from './cookbook-command.js';
import type { UnitDraft } from './unit-draft.js';

export interface ClaimFacts {
  readonly view: PackageFactsView;
  readonly installed: readonly string[];
}

/** The first word of an ExecStart, its `-@+!:` prefixes left out; undefined when it is not an absolute path. */
function execBinary(execStart: string | undefined): string | undefined {
  const first = execStart?.trim().replace(/^[-@+!:]+/, '').split(/\s+/)[0];
  return first?.startsWith('/') ? first : undefined;
}

/** Each service draft's own packages; base-image packages are nobody's (every image has them). */
export function packageClaims(drafts: readonly UnitDraft[], resources: readonly Resource[], family: string, facts: ClaimFacts): Map<UnitDraft, ReadonlySet<string>> {
  const inBase = new Set([
    ...facts.view.resolution.basePackages.map((p) => p.name),
    ...facts.view.resolution.packages.filter((p) => p.inBase).map((p) => p.name),
  ]);
  const ofPath = (p: string | undefined) => (p ? facts.view.packageOf(p, facts.installed) : undefined);
  const claims = new Map<UnitDraft, ReadonlySet<string>>();
  for (const d of drafts) {
    if (d.seed.kind !== 'service') continue;
    const unit = findServiceUnit(d.seed.service, facts.view.units(facts.installed));
    const cookbookBinary = cookbookDaemonBinary(d.seed.service, resources);
    const own = [
      ...(d.seed.entry ? (familyValue(d.seed.entry.packages, family) ?? []) : []),
      ofPath(unit?.path),
      ofPath(execBinary(unit?.execStart)),
      ofPath(cookbookBinary?.startsWith('/') ? cookbookBinary : undefined),
      ...(unit?.environmentFiles ?? []).map((f) => ofPath(f.replace(/^-/, ''))),
    ].filter((p): p is string => p !== undefined && !inBase.has(p));
    claims.set(d, new Set(own));
  }
  return claims;
}

/** The units whose own packages this package is or pulls in; empty when no unit claims it. */
export function claimantsOf(pkg: string, claims: ReadonlyMap<UnitDraft, ReadonlySet<string>>, view: PackageFactsView): UnitDraft[] {
  const pulled = new Set([pkg, ...view.closure([pkg])]);
  return [...claims].filter(([, own]) => [...own].some((p) => pulled.has(p))).map(([d]) => d);
}

/** A package contribution split by claimant: each claimed package to its units, the rest left for the usual assignment. */
export function splitByClaims(
  packages: readonly PackageSpec[],
  claims: ReadonlyMap<UnitDraft, ReadonlySet<string>>,
  view: PackageFactsView,
): { claimed: { pkg: PackageSpec; units: UnitDraft[] }[]; unclaimed: PackageSpec[] } {
  const claimed: { pkg: PackageSpec; units: UnitDraft[] }[] = [];
  const unclaimed: PackageSpec[] = [];
  for (const p of packages) {
    const units = claimantsOf(p.name, claims, view);
    if (units.length) claimed.push({ pkg: p, units });
    else unclaimed.push(p);
  }
  return { claimed, unclaimed };
}
