import type { App, Unit, UnitExposure } from '../../model/plan.js';
import { selectorLabels, unitLabels } from './labels.js';
import type { Service } from './types.js';

/**
 * The unit's non-HTTP public ports on a LoadBalancer Service of their own:
 * the ClusterIP Service stays what the app's other units use, and only the
 * ports the cookbook opened to the world get an external address.
 */
export function publicService(app: App, unit: Unit, exposure: UnitExposure | undefined, pod: Unit = unit): Service | undefined {
  const ports = exposure?.loadBalancer?.ports ?? [];
  if (!ports.length) return undefined;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: `${unit.name}-public`, labels: unitLabels(app, unit) },
    spec: {
      type: 'LoadBalancer',
      // A unit sharing a pod is reached in that pod, labelled as its first unit.
      selector: selectorLabels(app, pod),
      ports: ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.port, protocol: p.protocol })),
    },
  };
}
