/**
 * Turns Kubernetes objects into what podman 4.3's `kube play` can run
 * (DESIGN.md): it plays Pod, Deployment, ConfigMap and PersistentVolumeClaim,
 * ignores Service, StatefulSet, CronJob and Job, and cannot resolve a
 * secretKeyRef to a Secret object. So: StatefulSet, CronJob and Job pod
 * templates become Pods (a StatefulSet's volumeClaimTemplates become claims
 * named as Kubernetes names them for replica 0), Secrets are handed back to
 * be created with `podman secret create`, Services are set aside. And podman
 * 4.3 mounts a ConfigMap volume as a folder even with `subPath`, so a file
 * mounted over a file becomes a hostPath file holding that key.
 */
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const get = (o: unknown, ...path: string[]): unknown => path.reduce<unknown>((v, k) => (isObj(v) ? v[k] : undefined), o);

export interface PodmanSecret {
  readonly name: string;
  /** Decoded values by key (podman-play encodes them the way podman reads them). */
  readonly data: Record<string, string>;
}

export interface PodmanPlan {
  /** Objects for `podman kube play`, in order: claims and config first. */
  readonly objects: Obj[];
  readonly secrets: PodmanSecret[];
  /** What podman cannot play and was left out, with why. */
  readonly skipped: string[];
  /** Files to write before playing (ConfigMap keys mounted with subPath). */
  readonly files: { readonly path: string; readonly text: string }[];
}

/** Replaces subPath mounts of ConfigMap volumes with hostPath files under `dir`. */
function subPathFiles(spec: Obj, configMaps: ReadonlyMap<string, Obj>, dir: string, files: { path: string; text: string }[]): Obj {
  const volumes = Array.isArray(spec['volumes']) ? (spec['volumes'] as Obj[]) : [];
  const extra: Obj[] = [];
  const fix = (containers: unknown): unknown =>
    Array.isArray(containers)
      ? containers.map((c: Obj) => {
          if (!Array.isArray(c['volumeMounts'])) return c;
          const mounts = (c['volumeMounts'] as Obj[]).map((m) => {
            const vol = volumes.find((v) => v['name'] === m['name']);
            const cmName = get(vol, 'configMap', 'name');
            const key = typeof m['subPath'] === 'string' ? m['subPath'] : undefined;
            const data = typeof cmName === 'string' ? get(configMaps.get(cmName), 'data', key ?? '') : undefined;
            if (key === undefined || typeof data !== 'string') return m;
            const name = `${String(m['name'])}-${files.length}`;
            const path = `${dir}/configmap-${files.length}`;
            files.push({ path, text: data });
            extra.push({ name, hostPath: { path, type: 'File' } });
            const { subPath: _drop, ...rest } = m;
            return { ...rest, name };
          });
          return { ...c, volumeMounts: mounts };
        })
      : containers;
  const out = { ...spec, containers: fix(spec['containers']), ...(spec['initContainers'] ? { initContainers: fix(spec['initContainers']) } : {}) };
  return extra.length ? { ...out, volumes: [...volumes, ...extra] } : out;
}

/**
 * podman 4.3 removes a "once" init container (its default) while it may still
 * be running and then fails the whole play; "always" keeps it, which is what
 * Kubernetes does anyway.
 */
const INIT_TYPE = 'io.podman.annotations.init.container.type';
function initAlways(o: Obj): Obj {
  const podLevel = o['kind'] === 'Pod';
  const spec = podLevel ? o['spec'] : get(o, 'spec', 'template', 'spec');
  if (!Array.isArray(get(spec, 'initContainers'))) return o;
  const meta = (podLevel ? o['metadata'] : get(o, 'spec', 'template', 'metadata')) ?? {};
  const annotated = { ...(meta as Obj), annotations: { ...((get(meta, 'annotations') as Obj | undefined) ?? {}), [INIT_TYPE]: 'always' } };
  if (podLevel) return { ...o, metadata: annotated };
  const tpl = get(o, 'spec', 'template') as Obj;
  return { ...o, metadata: { ...(o['metadata'] as Obj), annotations: { ...((get(o, 'metadata', 'annotations') as Obj | undefined) ?? {}), [INIT_TYPE]: 'always' } }, spec: { ...(o['spec'] as Obj), template: { ...tpl, metadata: annotated } } };
}

function withPodSpec(o: Obj, edit: (spec: Obj) => Obj): Obj {
  if (o['kind'] === 'Pod' && isObj(o['spec'])) return { ...o, spec: edit(o['spec']) };
  const tpl = get(o, 'spec', 'template');
  if (isObj(tpl) && isObj(tpl['spec'])) return { ...o, spec: { ...(o['spec'] as Obj), template: { ...tpl, spec: edit(tpl['spec']) } } };
  return o;
}

function wrapAsPod(name: string, template: unknown, kind: string): Obj | undefined {
  if (!isObj(template) || !isObj(template['spec'])) return undefined;
  const meta = isObj(template['metadata']) ? template['metadata'] : {};
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { ...meta, name, annotations: { ...(isObj(meta['annotations']) ? meta['annotations'] : {}), 'decant.io/played-from': kind } },
    spec: template['spec'],
  };
}

function secretOf(o: Obj): PodmanSecret {
  const data: Record<string, string> = {};
  const b64 = get(o, 'data');
  if (isObj(b64)) for (const [k, v] of Object.entries(b64)) if (typeof v === 'string') data[k] = Buffer.from(v, 'base64').toString('utf8');
  const plain = get(o, 'stringData');
  if (isObj(plain)) for (const [k, v] of Object.entries(plain)) if (typeof v === 'string') data[k] = v;
  return { name: String(get(o, 'metadata', 'name')), data };
}

/** A StatefulSet's claim templates as the claims Kubernetes makes for pod 0, and the pod's volumes pointing at them. */
function statefulPod(o: Obj, name: string): Obj[] {
  const templates = get(o, 'spec', 'volumeClaimTemplates');
  const claims: Obj[] = [];
  const volumes: Obj[] = [];
  if (Array.isArray(templates)) {
    for (const t of templates) {
      const tname = String(get(t, 'metadata', 'name'));
      const claim = `${tname}-${name}-0`;
      claims.push({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: claim }, spec: get(t, 'spec') ?? {} });
      volumes.push({ name: tname, persistentVolumeClaim: { claimName: claim } });
    }
  }
  const pod = wrapAsPod(`${name}-0`, get(o, 'spec', 'template'), 'StatefulSet');
  if (!pod) return [];
  const spec = pod['spec'] as Obj;
  pod['spec'] = { ...spec, volumes: [...(Array.isArray(spec['volumes']) ? spec['volumes'] : []), ...volumes] };
  return [...claims, pod];
}

/** `dir`: where the play's files will be written (hostPath files must be absolute). */
export function podmanPlan(objects: readonly unknown[], dir = '/tmp/decant-play'): PodmanPlan {
  const first: Obj[] = [];
  const rest: Obj[] = [];
  const secrets: PodmanSecret[] = [];
  const skipped: string[] = [];
  for (const o of objects) {
    if (!isObj(o)) continue;
    const kind = String(o['kind'] ?? '');
    const name = String(get(o, 'metadata', 'name') ?? '');
    switch (kind) {
      case 'ConfigMap':
      case 'PersistentVolumeClaim':
        first.push(o);
        break;
      case 'Pod':
      case 'Deployment':
        rest.push(o);
        break;
      case 'Secret':
        secrets.push(secretOf(o));
        break;
      case 'StatefulSet':
        for (const x of statefulPod(o, name)) (x['kind'] === 'Pod' ? rest : first).push(x);
        break;
      case 'CronJob': {
        const pod = wrapAsPod(name, get(o, 'spec', 'jobTemplate', 'spec', 'template'), kind);
        if (pod) rest.push(pod);
        else skipped.push(`${kind}/${name}: no pod template`);
        break;
      }
      case 'Job':
      case 'DaemonSet': {
        // A DaemonSet on one machine is one pod.
        const pod = wrapAsPod(name, get(o, 'spec', 'template'), kind);
        if (pod) rest.push(pod);
        else skipped.push(`${kind}/${name}: no pod template`);
        break;
      }
      case 'Service':
      case 'Ingress':
      case 'NetworkPolicy':
      case 'Kustomization':
        skipped.push(`${kind}/${name}: podman kube play does not implement it`);
        break;
      default:
        skipped.push(`${kind || '(no kind)'}/${name}: not a kind decant plays`);
    }
  }
  const configMaps = new Map(first.filter((o) => o['kind'] === 'ConfigMap').map((o) => [String(get(o, 'metadata', 'name')), o]));
  const files: { path: string; text: string }[] = [];
  const pods = rest.map((o) => initAlways(withPodSpec(o, (spec) => subPathFiles(spec, configMaps, dir, files))));
  return { objects: [...first, ...pods], secrets, skipped, files };
}
