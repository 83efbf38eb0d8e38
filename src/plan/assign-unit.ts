import type { Resource } from '../model/converge.js';
import type { Classified } from './resources/handler.js';
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
      r.notifies.some((n) => n.resource === d.origin.resource || n.resource === d.resource.via) ||
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
