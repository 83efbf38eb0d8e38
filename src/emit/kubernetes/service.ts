import type { App, Unit } from '../../model/plan.js';
import { selectorLabels, unitLabels } from './labels.js';
import type { Service } from './types.js';

/** How other units find this one: a Service per serving unit; headless for a StatefulSet (its serviceName). */
export function service(app: App, unit: Unit): Service | undefined {
  if (unit.ports.length === 0 || (unit.workload !== 'Deployment' && unit.workload !== 'StatefulSet')) return undefined;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: unit.name, labels: unitLabels(app, unit) },
    spec: {
      type: 'ClusterIP',
      ...(unit.workload === 'StatefulSet' ? { clusterIP: 'None' as const } : {}),
      selector: selectorLabels(app, unit),
      ports: unit.ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.port, protocol: p.protocol })),
    },
  };
}
