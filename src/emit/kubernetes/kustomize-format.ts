import type { App, Unit } from '../../model/plan.js';
import { appPaths } from '../app-paths.js';
import type { FormatFile, OutputFormat } from '../output-format.js';
import { appObjects, kustomization } from './app-objects.js';
import { toYaml } from './to-yaml.js';
import type { KubernetesObject } from './types.js';
import { unitObjects, type UnitObjectOptions } from './unit-objects.js';

/**
 * One unit's manifests as the kustomize base holds them (path relative to
 * OUT); report.html shows them with `includeSecrets: false`, placeholders in
 * the Secret whatever its file holds.
 */
export function unitManifests(app: App, unit: Unit, options: UnitObjectOptions): { path: string; kind: KubernetesObject['kind']; text: string }[] {
  return unitObjects(app, unit, options).map(({ file, object }) => ({ path: `${appPaths.manifests(app)}/${file}`, kind: object.kind, text: toYaml(object) }));
}

/** A kustomize base per app: each object of the app (app-objects.ts) in a file of its own, listed by kustomization.yaml. */
export const kustomizeFormat: OutputFormat = {
  name: 'kustomize',
  describe: 'Kubernetes manifests under a kustomize base (<app>/k8s/)',
  path: (app) => appPaths.manifests(app),
  write: (app, options) => {
    const objects = appObjects(app, options, 'the kustomize base');
    const filed = [...objects.units.flatMap((u) => u.objects), ...objects.appLevel];
    const files: FormatFile[] = filed.map(({ file, object }) => ({ path: `${appPaths.manifests(app)}/${file}`, text: toYaml(object), holdsSecrets: object.kind === 'Secret' }));
    files.push({ path: `${appPaths.manifests(app)}/kustomization.yaml`, text: toYaml(kustomization(filed)) });
    return { files, diagnostics: objects.failures };
  },
};
