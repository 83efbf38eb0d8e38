import type { Resource } from '../model/converge.js';
import type { PackageFactsView } from '../model/package-facts.js';
import { splitByClaims } from './package-claims.js';
import type { Classified, Contribution } from './resources/handler.js';
import { resourceId } from './resource-id.js';
import type { UnitDraft } from './unit-draft.js';

export interface Assignment {
  readonly units: readonly UnitDraft[];
  /** How the unit was chosen, for the report. */
  readonly why: string;
}

/**
 * Which units a resource's contribution goes to, in order of how strong the
 * evidence is: it notifies the service (or the service subscribes to it); the
 * catalog relates its package to the service; its path is one the service
 * reads; it sits in the same recipe; otherwise every service unit shares it.
 */
export function assignUnits(r: Resource, c: Classified, drafts: readonly UnitDraft[], family: string): Assignment {
  if (drafts.length === 0) return { units: [], why: 'no unit: the run list starts no service and schedules no job' };
  // /etc/hosts belongs to the whole server: every pod the run makes saw the entry.
  if (c.contribution?.hostAliases?.length) return { units: drafts, why: '/etc/hosts is the whole server\'s: every unit gets the entry' };
  const id = resourceId(r);
  const byNotify = drafts.filter(
    (d) =>
      // A service declared twice (its systemd_unit, then `service`) is one unit: a notification to either reaches it.
      r.notifies.some((n) => n.resource === d.origin.resource || n.resource === d.resource.via || (d.seed.kind === 'service' && n.resource === `service[${d.seed.service}]`)) ||
      d.resource.subscribes.some((s) => s.resource === id),
  );
  if (byNotify.length) return { units: byNotify, why: 'notifies the service' };

  const services = drafts.filter((d) => d.seed.kind === 'service');
  const byPackage = services.filter((d) => {
    if (d.seed.kind !== 'service') return false;
    const pkgs = d.seed.entry ? (d.seed.entry.packages[family] ?? d.seed.entry.packages['debian'] ?? []) : [d.seed.service];
    return (c.packageNames ?? []).some((p) => pkgs.includes(p));
  });
  if (byPackage.length) return { units: byPackage, why: 'the package of the service' };

  const byPath = services.filter((d) => {
    if (d.seed.kind !== 'service' || !d.seed.entry) return false;
    const e = d.seed.entry;
    const prefixes = [...e.configPaths, ...e.dataDirs, ...e.runtimeDirs, ...(e.user ? [e.user.home] : [])];
    return (c.paths ?? []).some((p) => prefixes.some((x) => p === x || p.startsWith(x.endsWith('/') ? x : `${x}/`)));
  });
  if (byPath.length) return { units: byPath, why: 'a path the service reads' };

  const byRecipe = drafts.filter((d) => d.resource.recipe === r.recipe);
  if (byRecipe.length) return { units: byRecipe, why: 'declared in the same recipe' };

  const shared = services.length ? services : drafts;
  return { units: shared, why: shared.length > 1 ? 'shared: no relation to one unit, so every unit gets it' : 'the only unit' };
}

/** Where each part of a contribution goes: the units it is for, with what it gives each. */
export interface ContributionAssignment {
  readonly parts: readonly { readonly unit: UnitDraft; readonly contribution: Contribution }[];
  /** The units, strongest evidence first, for the decision. */
  readonly units: readonly UnitDraft[];
  readonly why: string;
}

/**
 * Assigns a contribution. With package facts, each package a unit claims
 * (package-claims.ts) goes to that unit alone; what no unit claims, and the
 * rest of the contribution, goes where assignUnits says, as without facts.
 */
export function assignContribution(
  r: Resource,
  c: Classified & { contribution: Contribution },
  drafts: readonly UnitDraft[],
  family: string,
  claims: { readonly of: ReadonlyMap<UnitDraft, ReadonlySet<string>>; readonly view: PackageFactsView } | undefined,
): ContributionAssignment {
  const split = claims && c.contribution.packages?.length ? splitByClaims(c.contribution.packages, claims.of, claims.view) : undefined;
  if (!split || split.claimed.length === 0) {
    const a = assignUnits(r, c, drafts, family);
    return { parts: a.units.map((unit) => ({ unit, contribution: c.contribution })), units: a.units, why: a.why };
  }
  const parts = split.claimed.flatMap(({ pkg, units }) => units.map((unit) => ({ unit, contribution: { packages: [pkg] } as Contribution })));
  const claimedWhy = split.claimed.map(({ pkg, units }) => `${pkg.name} to ${units.map((u) => u.name).join(', ')}`).join(', ');
  const why = `the package ships the service's unit or binary, or pulls in the package that does (package facts): ${claimedWhy}`;
  const rest: Contribution = { ...c.contribution, packages: split.unclaimed };
  const restHolds = Object.values(rest).some((v) => Array.isArray(v) && v.length > 0);
  if (!restHolds) return { parts, units: unique(parts.map((p) => p.unit)), why };
  const a = assignUnits(r, { ...c, packageNames: split.unclaimed.map((p) => p.name) }, drafts, family);
  const restParts = a.units.map((unit) => ({ unit, contribution: rest }));
  const restWhat = split.unclaimed.length ? split.unclaimed.map((p) => p.name).join(', ') : 'the rest';
  return { parts: [...parts, ...restParts], units: unique([...parts, ...restParts].map((p) => p.unit)), why: `${why}; ${restWhat}, claimed by no unit: ${a.why}` };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
