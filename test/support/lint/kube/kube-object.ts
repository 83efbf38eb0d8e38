/** Loose readers over parsed YAML: the objects may be malformed, and a checker must not throw on them. */
export type Json = Record<string, unknown>;

export function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A Kubernetes object with the pieces every check needs. */
export interface KubeObject {
  readonly kind: string;
  readonly name: string;
  readonly doc: Json;
  /** Pod spec of a Pod or of a workload's pod template; undefined for other kinds. */
  readonly podSpec: Json | undefined;
  /** Labels of the pods this object creates. */
  readonly podLabels: Readonly<Record<string, string>>;
}

/** kube-linter's "DeploymentLike" kinds and where each keeps its pod template. */
function podTemplateOf(kind: string, doc: Json): Json | undefined {
  const spec = asObject(doc.spec);
  switch (kind) {
    case 'Pod':
      return { metadata: doc.metadata, spec: doc.spec };
    case 'CronJob':
      return asObject(asObject(asObject(spec.jobTemplate).spec).template);
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      return asObject(spec.template);
    default:
      return undefined;
  }
}

function stringMap(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, v] of Object.entries(asObject(value))) if (typeof v === 'string') result[key] = v;
  return result;
}

export function toKubeObject(value: unknown): KubeObject {
  const doc = asObject(value);
  const kind = asString(doc.kind) ?? '(no kind)';
  const template = podTemplateOf(kind, doc);
  return {
    kind,
    name: asString(asObject(doc.metadata).name) ?? '(no name)',
    doc,
    podSpec: template ? asObject(template.spec) : undefined,
    podLabels: template ? stringMap(asObject(template.metadata).labels) : {},
  };
}

export interface ContainerRef {
  readonly container: Json;
  readonly name: string;
  readonly init: boolean;
}

export function containersOf(object: KubeObject): ContainerRef[] {
  if (!object.podSpec) return [];
  const list = (field: string, init: boolean): ContainerRef[] =>
    asArray(object.podSpec?.[field]).map((c) => ({ container: asObject(c), name: asString(asObject(c).name) ?? '(no name)', init }));
  return [...list('initContainers', true), ...list('containers', false)];
}

export function describeObject(object: KubeObject): string {
  return `${object.kind}/${object.name}`;
}

export const EXCEPTION_PREFIX = 'decant.io/lint-exception.';

/** The reason given for excepting this object from a check, if any. */
export function exceptionReason(object: KubeObject, check: string): string | undefined {
  return asString(asObject(asObject(object.doc.metadata).annotations)[`${EXCEPTION_PREFIX}${check}`]);
}
