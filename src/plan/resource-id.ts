import type { Resource } from '../model/converge.js';
import { displayName } from './property-values.js';

/** `type[name]`, the identity Chef and the report use. */
export function resourceId(r: Resource): string {
  return `${r.type}[${displayName(r.name)}]`;
}
