import type { ComputeResources } from '../../model/plan.js';

const MEMORY_UNITS: Record<string, string> = { Ki: 'k', Mi: 'm', Gi: 'g' };

/** A Kubernetes memory quantity (`512Mi`) as Compose writes it (`512m`); undefined for forms Compose has no unit for. */
export function composeMemory(quantity: string): string | undefined {
  const m = /^(\d+)(Ki|Mi|Gi)?$/.exec(quantity);
  if (!m) return undefined;
  return m[2] === undefined ? `${m[1]}b` : `${m[1]}${MEMORY_UNITS[m[2]]}`;
}

/** A Kubernetes CPU quantity (`1`, `500m`) as Compose's number of CPUs. */
export function composeCpus(quantity: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(m)?$/.exec(quantity);
  if (!m) return undefined;
  return m[2] ? Number(m[1]) / 1000 : Number(m[1]);
}

/** The unit's limits, the same the manifests give its container. */
export function composeLimits(resources: ComputeResources): { mem_limit?: string; cpus?: number } {
  const mem = composeMemory(resources.limits.memory);
  const cpus = composeCpus(resources.limits.cpu);
  return { ...(mem !== undefined ? { mem_limit: mem } : {}), ...(cpus !== undefined ? { cpus } : {}) };
}
