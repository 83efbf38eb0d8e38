import { error } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { App, Unit } from '../../model/plan.js';
import { appPaths } from '../app-paths.js';
import type { FormatFile, FormatOptions, OutputFormat } from '../output-format.js';
import { configMap, secret, volumeClaims } from './config-objects.js';
import { ingress } from './ingress.js';
import { networkPolicies } from './network-policy.js';
import { publicService } from './public-service.js';
import { service } from './service.js';
import { toYaml } from './to-yaml.js';
import type { KubernetesObject, Kustomization } from './types.js';
import { cronJob, daemonSet, deployment, job, statefulSet } from './workloads.js';
import { groupWorkload } from './pod-group.js';
import { podLead } from './pod-of.js';

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

function objectFile(object: KubernetesObject, unitName: string): string {
  return `${OWN_NAME.has(object.kind) ? object.metadata.name : unitName}-${fileSuffix[object.kind]}.yaml`;
}

/**
 * The workload that runs a unit: its own, or — for the first unit of a pod
 * group — the group's; the other members of a group have none of their own.
 */
function runningObject(app: App, unit: Unit): KubernetesObject | undefined {
  const group = app.pods?.find((p) => p.units.includes(unit.name));
  if (!group) return workloadObject(app, unit);
  return group.units[0] === unit.name ? groupWorkload(app, group, app.units) : undefined;
}

/** Every object of one unit, with the file it goes to (relative to the kustomize folder). */
function unitObjects(app: App, unit: Unit, options: FormatOptions): { file: string; object: KubernetesObject }[] {
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

/**
 * One unit's manifests as the kustomize base holds them (path relative to
 * OUT); report.html shows them with `includeSecrets: false`, placeholders in
 * the Secret whatever its file holds.
 */
export function unitManifests(app: App, unit: Unit, options: FormatOptions): { path: string; kind: KubernetesObject['kind']; text: string }[] {
  return unitObjects(app, unit, options).map(({ file, object }) => ({ path: `${appPaths.manifests(app)}/${file}`, kind: object.kind, text: toYaml(object) }));
}

/** A kustomize base per app: each unit's objects in a file of their own, listed by kustomization.yaml. */
export const kustomizeFormat: OutputFormat = {
  name: 'kustomize',
  describe: 'Kubernetes manifests under a kustomize base (<app>/k8s/)',
  path: (app) => appPaths.manifests(app),
  write: (app, options) => {
    const files: FormatFile[] = [];
    const diagnostics: Diagnostic[] = [];
    const resources: string[] = [];
    const written: Unit[] = [];
    for (const unit of app.units) {
      try {
        const own = unitObjects(app, unit, options);
        // Serialised before anything is kept, so a unit that fails half-way leaves no file behind.
        const unitFiles = own.map(({ file, object }) => ({ path: `${appPaths.manifests(app)}/${file}`, text: toYaml(object), holdsSecrets: object.kind === 'Secret' }));
        files.push(...unitFiles);
        resources.push(...own.map((o) => o.file));
        written.push(unit);
      } catch (e) {
        diagnostics.push(error('DEC0901', `internal error while writing the manifests of unit ${unit.name} (${e instanceof Error ? e.message : String(e)}); the unit is left out of them`, unit.origin?.source));
      }
    }
    // After the units: a unit left out above gets no policy naming it.
    for (const rule of app.networkRules ?? []) {
      for (const object of networkPolicies(app, rule, written)) {
        const file = objectFile(object, '');
        files.push({ path: `${appPaths.manifests(app)}/${file}`, text: toYaml(object) });
        resources.push(file);
      }
    }
    const kustomization: Kustomization = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: resources.sort() };
    files.push({ path: `${appPaths.manifests(app)}/kustomization.yaml`, text: toYaml(kustomization) });
    return { files, diagnostics };
  },
};
