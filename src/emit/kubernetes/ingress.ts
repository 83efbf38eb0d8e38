import type { App, Unit, UnitExposure } from '../../model/plan.js';
import { unitLabels } from './labels.js';
import type { Ingress } from './types.js';

/**
 * The unit's HTTP entry from outside: one rule per virtual-host name, and one
 * for any host per public HTTP port no name is served on (a firewall
 * opening, a default site on port 80). The backend is the unit's ClusterIP Service.
 */
export function ingress(app: App, unit: Unit, exposure: UnitExposure | undefined): Ingress | undefined {
  const entry = exposure?.ingress;
  if (!entry) return undefined;
  const http = (path: string, port: number) => ({ paths: [{ path, pathType: 'Prefix' as const, backend: { service: { name: unit.name, port: { number: port } } } }] });
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: unit.name, labels: unitLabels(app, unit) },
    spec: { rules: entry.rules.map((r) => ({ ...(r.host ? { host: r.host } : {}), http: http(r.path, r.port) })) },
  };
}
