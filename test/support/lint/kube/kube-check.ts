import type { KubeObject } from './kube-object.js';

/** One problem a check found in one object. */
export interface CheckProblem {
  readonly object: KubeObject;
  readonly message: string;
}

/** A kube-linter check re-implemented: `name` is kube-linter's check name. */
export interface KubeCheck {
  readonly name: string;
  readonly run: (objects: readonly KubeObject[]) => CheckProblem[];
}
