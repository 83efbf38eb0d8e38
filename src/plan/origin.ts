import type { Resource } from '../model/converge.js';
import type { Origin } from '../model/plan.js';
import { resourceId } from './resource-id.js';

export function originOf(r: Resource): Origin {
  return { resource: resourceId(r), source: r.source };
}
