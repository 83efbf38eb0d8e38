/**
 * Every object of an app's kustomize base, from one place: each unit's
 * (unit-objects.ts), then the app's own, its NetworkPolicies. The kustomize
 * base writes them and the cdk8s app synthesizes them, so the two hold the
 * same objects; the kustomization lists the files they go to.
 */
import { error } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { App, Unit } from '../../model/plan.js';
import { networkPolicies } from './network-policy.js';
import type { KubernetesObject, Kustomization, NetworkPolicy } from './types.js';
import { objectFile, unitObjects, type UnitObjectOptions } from './unit-objects.js';

/** An object and the file it goes to, relative to the kustomize folder. */
export interface FiledObject<T extends KubernetesObject = KubernetesObject> {
  readonly file: string;
  readonly object: T;
}

/**
 * The objects of the app as a whole rather than of one unit: the
 * NetworkPolicies of its network rules. `units` are the units written: a
 * policy naming a unit left out is left out too, so nothing selects pods
 * that are not there.
 */
export function appLevelObjects(app: App, units: readonly Unit[]): FiledObject<NetworkPolicy>[] {
  return (app.networkRules ?? []).flatMap((rule) => networkPolicies(app, rule, units).map((object) => ({ file: objectFile(object, ''), object })));
}

export interface AppObjects {
  /** Each unit's objects, the workload first, in the app's unit order; a unit whose objects failed is absent. */
  readonly units: readonly { readonly unit: Unit; readonly objects: readonly FiledObject[] }[];
  /** The app's own objects (appLevelObjects) over the units present. */
  readonly appLevel: readonly FiledObject<NetworkPolicy>[];
  /** A DEC0901 for each unit left out because making its objects threw (a bug in decant). */
  readonly failures: readonly Diagnostic[];
}

/**
 * Every object of the app, for `output` (named in a failure: `the kustomize
 * base`). Each unit is its own boundary: an exception while making one
 * unit's objects leaves that unit out, said as a DEC0901, and the others whole.
 */
export function appObjects(app: App, options: UnitObjectOptions, output: string): AppObjects {
  const units: { unit: Unit; objects: FiledObject[] }[] = [];
  const failures: Diagnostic[] = [];
  for (const unit of app.units) {
    try {
      units.push({ unit, objects: unitObjects(app, unit, options) });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      failures.push(error('DEC0901', `internal error while making the objects of unit ${unit.name} for ${output} (${why}); the unit is left out of ${output}`, unit.origin?.source));
    }
  }
  return { units, appLevel: appLevelObjects(app, units.map((u) => u.unit)), failures };
}

/** The kustomization.yaml of a base holding these objects: their files, sorted. */
export function kustomization(objects: readonly FiledObject[]): Kustomization {
  return { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: objects.map((o) => o.file).sort() };
}
