import type { App, Unit } from '../../model/plan.js';

/**
 * The unit whose labels the pod running `unit` carries: the first unit of its
 * pod group (src/plan/connections), else the unit itself. Services and
 * NetworkPolicies select a unit's pod through it, so a unit sharing a pod is
 * reached, exposed and policed where it runs.
 */
export function podLabelUnit(app: App, unit: string): string {
  return app.pods?.find((p) => p.units.includes(unit))?.units[0] ?? unit;
}

/** The Unit of podLabelUnit, for the label helpers that take one. */
export function podLead(app: App, unit: Unit): Unit {
  const lead = podLabelUnit(app, unit.name);
  return app.units.find((u) => u.name === lead) ?? unit;
}
