/**
 * One unit's objects as a construct: the values a platform team changes per
 * unit (image, ports, env, probes, resources, mounts, volumes, labels, the
 * schedule, config and secret data) become typed props, and the objects
 * become literals that read them. The objects are the kustomize emitter's own
 * (unitObjects), so what the construct synthesizes is what the base holds:
 * each prop is cut out of the object where it stood and put back by
 * reference.
 */
import type { KubernetesObject } from '../kubernetes/types.js';
import { Expression, propRef } from './expression.js';

/** One prop of a unit's construct, with its Kubernetes API type and the value the chart gives it. */
export interface PropSlot {
  readonly name: string;
  /** A type expression over the `core` namespace (kubernetes-types/core/v1). */
  readonly type: string;
  readonly doc: string;
  /** Absent for an optional prop the chart leaves unset. */
  readonly value?: unknown;
}

/** One `new ApiObject(...)` of the construct: its id, the kubernetes-types type it satisfies, and the literal. */
export interface ShapedObject {
  readonly id: string;
  /** `apps.Deployment`, `core.Service`, … */
  readonly type: string;
  readonly literal: unknown;
}

export interface UnitShape {
  readonly props: readonly PropSlot[];
  readonly objects: readonly ShapedObject[];
}

const apiTypes: Record<KubernetesObject['kind'], string> = {
  Deployment: 'apps.Deployment',
  StatefulSet: 'apps.StatefulSet',
  DaemonSet: 'apps.DaemonSet',
  Job: 'batch.Job',
  CronJob: 'batch.CronJob',
  Service: 'core.Service',
  ConfigMap: 'core.ConfigMap',
  Secret: 'core.Secret',
  PersistentVolumeClaim: 'core.PersistentVolumeClaim',
  Ingress: 'networking.Ingress',
  NetworkPolicy: 'networking.NetworkPolicy',
};

type Json = Record<string, unknown>;

const clone = <T>(v: T): T => structuredClone(v);

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The pod template of a workload object, wherever its kind keeps it. */
function podTemplateOf(object: Json): Json | undefined {
  const spec = object['spec'] as Json | undefined;
  if (object['kind'] === 'CronJob') return ((spec?.['jobTemplate'] as Json | undefined)?.['spec'] as Json | undefined)?.['template'] as Json | undefined;
  return spec?.['template'] as Json | undefined;
}

/** Container fields that become props, in the order the props are listed, with their types. */
const containerProps: readonly { field: string; type: string; doc: string }[] = [
  { field: 'image', type: 'string', doc: 'The image decant built for this unit (images/<unit>/Dockerfile).' },
  { field: 'ports', type: 'core.ContainerPort[]', doc: 'The ports the service listens on.' },
  { field: 'env', type: 'core.EnvVar[]', doc: "The service's environment." },
  { field: 'readinessProbe', type: 'core.Probe', doc: 'When the pod takes traffic.' },
  { field: 'livenessProbe', type: 'core.Probe', doc: 'When the container is restarted.' },
  { field: 'resources', type: 'core.ResourceRequirements', doc: 'CPU and memory requests and limits.' },
  { field: 'volumeMounts', type: 'core.VolumeMount[]', doc: 'Config, secret and data files mounted into the container.' },
];

/** Replaces, anywhere in `value`, label maps equal to the unit's labels or selector with their props. */
function referenceLabels(value: unknown, labels: unknown, selector: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => referenceLabels(v, labels, selector));
  if (value === null || typeof value !== 'object' || value instanceof Expression) return value;
  if (key === 'labels' || key === 'matchLabels' || key === 'selector') {
    if (labels !== undefined && deepEqual(value, labels)) return propRef('labels');
    if (selector !== undefined && deepEqual(value, selector)) return propRef('selector');
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, referenceLabels(v, labels, selector, k)]));
}

/** The construct's props and object literals for one unit's objects (the workload first, as unitObjects gives them). */
export function unitShape(objects: readonly KubernetesObject[]): UnitShape {
  const props: PropSlot[] = [];
  const literals = objects.map((o) => clone(o) as unknown as Json);
  const workload = literals[0];
  const template = workload ? podTemplateOf(workload) : undefined;
  const podSpec = template?.['spec'] as Json | undefined;
  const main = (podSpec?.['containers'] as Json[] | undefined)?.[0];
  if (main && podSpec) {
    for (const { field, type, doc } of containerProps) {
      if (main[field] === undefined) continue;
      const value = main[field];
      props.push({ name: field, type, doc, value });
      // The seed init container runs the same image with the same resources: the same props.
      for (const c of [...((podSpec['initContainers'] as Json[] | undefined) ?? []), main]) {
        if ((field === 'image' || field === 'resources') && deepEqual(c[field], value)) c[field] = propRef(field);
      }
      main[field] = propRef(field);
    }
    // Left unset, the image's own entrypoint runs (what the kustomize base does); set, it replaces it.
    props.splice(1, 0, { name: 'command', type: 'string[]', doc: "Replaces the image's entrypoint; unset, the image runs the service as decant built it." });
    const fields = Object.entries(main);
    fields.splice(fields.findIndex(([k]) => k === 'image') + 1, 0, ['command', propRef('command')]);
    podSpec['containers'] = [Object.fromEntries(fields), ...(podSpec['containers'] as Json[]).slice(1)];
    if (podSpec['volumes'] !== undefined) {
      props.push({ name: 'volumes', type: 'core.Volume[]', doc: 'The volumes the mounts name.', value: podSpec['volumes'] });
      podSpec['volumes'] = propRef('volumes');
    }
  }
  const spec = workload?.['spec'] as Json | undefined;
  if (workload?.['kind'] === 'CronJob' && spec) {
    props.push({ name: 'schedule', type: 'string', doc: 'When the job runs (cron syntax).', value: spec['schedule'] });
    spec['schedule'] = propRef('schedule');
  }
  const labels = (workload?.['metadata'] as Json | undefined)?.['labels'];
  const selector = (spec?.['selector'] as Json | undefined)?.['matchLabels'];
  if (labels !== undefined) props.push({ name: 'labels', type: 'Record<string, string>', doc: 'Labels on every object of the unit.', value: labels });
  if (selector !== undefined) props.push({ name: 'selector', type: 'Record<string, string>', doc: 'How the workload and its Service find the pods; never change it on a running workload.', value: selector });
  for (const object of literals) {
    if (object['kind'] === 'ConfigMap') {
      props.push({ name: 'configData', type: 'Record<string, string>', doc: "The unit's tunable config files, by ConfigMap key.", value: object['data'] });
      object['data'] = propRef('configData');
    }
    if (object['kind'] === 'Secret') {
      props.push({ name: 'secretData', type: 'Record<string, string>', doc: 'Secret values, by key: placeholders unless decant ran with --include-secrets.', value: object['stringData'] });
      object['stringData'] = propRef('secretData');
    }
  }
  const kinds = literals.map((l) => String(l['kind']));
  return {
    props,
    objects: literals.map((literal) => ({
      id: objectId(literal, kinds.filter((k) => k === literal['kind']).length > 1),
      type: apiTypes[literal['kind'] as KubernetesObject['kind']],
      literal: referenceLabels(literal, labels, selector),
    })),
  };
}

/**
 * Ids within the unit's construct, which cdk8s requires unique among siblings: the kind, and a claim's own name (a
 * unit may have several). A unit may hold two objects of another kind too — its ClusterIP Service and the
 * LoadBalancer one of its public ports — and each then takes its object's name after the kind.
 */
function objectId(object: Json, kindRepeats: boolean): string {
  const kind = String(object['kind']);
  const name = String((object['metadata'] as Json | undefined)?.['name'] ?? '');
  if (kind === 'PersistentVolumeClaim') return name;
  const id = kind.charAt(0).toLowerCase() + kind.slice(1);
  return kindRepeats ? `${id}-${name}` : id;
}
