/**
 * Every Kubernetes object of one unit: what the kustomize base writes and
 * what the cdk8s app synthesizes, from one function so the two cannot differ.
 */
import type { App, Unit } from '../../model/plan.js';
import type { FormatOptions } from '../output-format.js';
import { configMap, secret, volumeClaims } from './config-objects.js';
import { ingress } from './ingress.js';
import { publicService } from './public-service.js';
import { service } from './service.js';
import type { KubernetesObject } from './types.js';
import { cronJob, daemonSet, deployment, job, statefulSet } from './workloads.js';
import { groupWorkload } from './pod-group.js';
import { podLead } from './pod-of.js';

/** Whether the Secret holds real values, and how a file secret only for a value it holds is masked (src/emit/secret-text.ts). */
export type UnitObjectOptions = Pick<FormatOptions, 'includeSecrets' | 'mask'>;

function workloadObject(app: App, unit: Unit): KubernetesObject {
  switch (unit.workload) {
    case 'Deployment':
      return deployment(app, unit);
    case 'StatefulSet':
      return statefulSet(app, unit);
    case 'DaemonSet':
      return daemonSet(app, unit);
    case 'CronJob':
      return cronJob(app, unit);
    case 'Job':
      return job(app, unit);
    default:
      // A plan file can name only these five; anything else was refused when it was read.
      return deployment(app, unit);
  }
}

const fileSuffix: Record<KubernetesObject['kind'], string> = {
  Deployment: 'deployment',
  StatefulSet: 'statefulset',
  DaemonSet: 'daemonset',
  Service: 'service',
  ConfigMap: 'configmap',
  Secret: 'secret',
  Job: 'job',
  CronJob: 'cronjob',
  PersistentVolumeClaim: 'pvc',
  Ingress: 'ingress',
  NetworkPolicy: 'networkpolicy',
};

/** Objects named apart from their unit (a claim, the public Service, a policy) take their own name in the file name. */
const OWN_NAME = new Set<KubernetesObject['kind']>(['PersistentVolumeClaim', 'Service', 'NetworkPolicy']);

/** The file an object goes to, relative to the kustomize folder. */
export function objectFile(object: KubernetesObject, unitName: string): string {
  return `${OWN_NAME.has(object.kind) ? object.metadata.name : unitName}-${fileSuffix[object.kind]}.yaml`;
}

/** Every object of one unit, the workload first, with the file it goes to (relative to the kustomize folder). */
/**
 * The workload that runs a unit: its own, or — for the first unit of a pod
 * group — the group's; the other members of a group have none of their own.
 */
function runningObject(app: App, unit: Unit): KubernetesObject | undefined {
  const group = app.pods?.find((p) => p.units.includes(unit.name));
  if (!group) return workloadObject(app, unit);
  return group.units[0] === unit.name ? groupWorkload(app, group, app.units) : undefined;
}

export function unitObjects(app: App, unit: Unit, options: UnitObjectOptions): { file: string; object: KubernetesObject }[] {
  const exposure = app.exposure?.find((e) => e.unit === unit.name);
  return [
    runningObject(app, unit),
    service(app, unit, podLead(app, unit)),
    publicService(app, unit, exposure, podLead(app, unit)),
    ingress(app, unit, exposure),
    configMap(app, unit),
    secret(app, unit, options.includeSecrets, options.mask),
    ...volumeClaims(app, unit),
  ]
    .filter((o): o is KubernetesObject => o !== undefined)
    .map((object) => ({ file: objectFile(object, unit.name), object }));
}
