/** Names of a unit's Kubernetes objects and volumes, shared by the objects that refer to each other. */
import type { Unit } from '../../model/plan.js';

export const configMapName = (unit: Unit) => `${unit.name}-config`;
export const secretName = (unit: Unit) => `${unit.name}-secret`;
export const dataVolumeName = (i: number) => `data${i === 0 ? '' : `-${i + 1}`}`;
export const claimName = (unit: Unit, i: number) => `${unit.name}-${dataVolumeName(i)}`;
