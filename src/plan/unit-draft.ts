import type { Resource } from '../model/converge.js';
import type { Origin } from '../model/plan.js';
import type { Contribution, UnitSeed } from './resources/handler.js';

/** A unit while resources are being assigned to it. */
export interface UnitDraft {
  readonly name: string;
  readonly seed: UnitSeed;
  readonly origin: Origin;
  readonly resource: Resource;
  readonly contributions: Contribution[];
  /** Set when no resource starts the service but the package resource `resource` starts it on install: why, for the unit's notes. */
  readonly startedByPackage?: string;
}
