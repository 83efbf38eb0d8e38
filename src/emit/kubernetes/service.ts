import type { App, Unit } from '../../model/plan.js';
import { selectorLabels, unitLabels } from './labels.js';
import type { Service } from './types.js';

/** How other units find this one: a Service per serving unit; headless for a StatefulSet (its serviceName). `pod`: the first unit of the pod it shares, if any. */
export function service(app: App, unit: Unit, pod: Unit = unit): Service | undefined {
  if (unit.ports.length === 0 || (unit.workload !== 'Deployment' && unit.workload !== 'StatefulSet')) return undefined;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: unit.name, labels: unitLabels(app, unit) },
    spec: {
      type: 'ClusterIP',
      ...(unit.workload === 'StatefulSet' ? { clusterIP: 'None' as const } : {}),
      // A unit that shares a pod is reached in that pod, labelled as its first unit.
      selector: selectorLabels(app, pod),
      ports: unit.ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.port, protocol: p.protocol })),
    },
  };
}
