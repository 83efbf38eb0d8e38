import type { Origin, Unit } from '../../model/plan.js';

/** Every piece of a unit that came from a resource, with the list it sits in. */
export function unitPieces(unit: Unit): Origin[] {
  return [
    ...unit.repositories,
    ...unit.packages,
    ...unit.groups,
    ...unit.users,
    ...unit.directories,
    ...unit.files,
    ...unit.links,
    ...unit.buildSteps,
    ...unit.secrets,
  ];
}

/** `type[name]` of every resource a unit holds (its own first), each once, in order. */
export function unitMembers(unit: Unit): string[] {
  const ids = [...(unit.origin ? [unit.origin.resource] : []), ...unitPieces(unit).map((p) => p.resource)];
  return [...new Set(ids)];
}
