import { error } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { App, Plan, Unit } from '../model/plan.js';
import { planYaml } from './plan-yaml.js';
import { appPaths } from './app-paths.js';
import { dockerfileView } from './dockerfile/dockerfile-view.js';
import { renderDockerfile } from './dockerfile/render-dockerfile.js';
import { configMap, secret, volumeClaims } from './kubernetes/config-objects.js';
import { service } from './kubernetes/service.js';
import { ingress } from './kubernetes/ingress.js';
import { networkPolicies } from './kubernetes/network-policy.js';
import { publicService } from './kubernetes/public-service.js';
import { toYaml } from './kubernetes/to-yaml.js';
import type { KubernetesObject, Kustomization } from './kubernetes/types.js';
import { cronJob, daemonSet, deployment, job, statefulSet } from './kubernetes/workloads.js';
import type { OutputFile } from './output-file.js';
import { renderReportMd } from './report/render-report-md.js';
import { reportJson } from './report/report-json.js';
import { renderReportHtml } from './report/html/render-page.js';
import type { ReadSource } from './report/html/source-index.js';
import { escapeHtml } from './report/html/html.js';
import { pageSecretValues } from './report/html/page-secrets.js';
import type { UnitArtifacts } from './report/html/unit-artifacts.js';

export interface EmitOptions {
  /** Write real secret values into the Secret objects (otherwise placeholders). */
  readonly includeSecrets: boolean;
  /** Values that must never appear in any file but a Secret written with includeSecrets. */
  readonly redact: readonly string[];
  /** Reads the cookbook file a location names, for report.html; without it the page shows no cookbook source. */
  readonly readSource?: ReadSource;
}

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

/** Every object of one unit, with the file it goes to (relative to the kustomize folder). */
function unitObjects(app: App, unit: Unit, options: EmitOptions): { file: string; object: KubernetesObject }[] {
  const exposure = app.exposure?.find((e) => e.unit === unit.name);
  return [
    workloadObject(app, unit),
    service(app, unit),
    publicService(app, unit, exposure),
    ingress(app, unit, exposure),
    configMap(app, unit),
    secret(app, unit, options.includeSecrets, redactor(options.redact, 'REPLACE-ME')),
    ...volumeClaims(app, unit),
  ]
    .filter((o): o is KubernetesObject => o !== undefined)
    .map((object) => ({ file: objectFile(object, unit.name), object }));
}

export function redactor(values: readonly string[], replacement = '<redacted secret>'): (text: string) => string {
  // Longest first, so a value containing another is replaced whole.
  const list = [...new Set(values.filter((v) => v.length >= 4))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return (text) => list.reduce((t, v) => t.split(v).join(replacement), text);
}

export interface Emitted {
  /** Every file of the conversion, relative to OUT, in a stable order. */
  readonly files: OutputFile[];
  /**
   * The plan the files describe: a unit whose files could not be made (a bug
   * in decant) is left out, with a DEC0901 at the resource it came from, so
   * the report never names files that were not written.
   */
  readonly plan: Plan;
}

/**
 * Every file of a conversion. Pure: the CLI writes them. Secret values are
 * removed from every text file except the Secret objects themselves when
 * real values were asked for. Each unit is its own boundary: an exception
 * while emitting one leaves the others whole.
 */
export function emitPlan(plan: Plan, options: EmitOptions): Emitted {
  const redact = redactor(options.redact);
  const files: OutputFile[] = [];
  const text = (path: string, content: string, mode?: number): OutputFile => ({ path, text: redact(content), ...(mode !== undefined ? { mode } : {}) });
  const apps: App[] = [];
  const artifacts: UnitArtifacts[] = [];
  const pageSecrets = pageSecretValues(plan, options.redact);
  const shown = redactor(pageSecrets);
  for (const app of plan.apps) {
    const units: Unit[] = [];
    const failures: Diagnostic[] = [];
    const objects: { file: string; object: KubernetesObject }[] = [];
    for (const unit of app.units) {
      try {
        const unitFiles: OutputFile[] = [];
        const { view, contextFiles, imageData } = dockerfileView(app, unit);
        const dockerfile = renderDockerfile(view);
        unitFiles.push(text(appPaths.dockerfile(app, unit), dockerfile));
        unitFiles.push(text(appPaths.imageData(app, unit), JSON.stringify(imageData, null, 2) + '\n'));
        for (const f of contextFiles) {
          const path = `${appPaths.context(app, unit)}/${f.path}`;
          if ('text' in f) unitFiles.push(text(path, f.text, f.mode));
          else unitFiles.push({ path, copyFrom: f.copyFrom, ...(f.mode !== undefined ? { mode: f.mode } : {}) });
        }
        const own = unitObjects(app, unit, options);
        const manifests: UnitArtifacts['manifests'][number][] = [];
        for (const { file, object } of own) {
          const yaml = toYaml(object);
          const keep = object.kind === 'Secret' && options.includeSecrets;
          const path = `${appPaths.manifests(app)}/${file}`;
          unitFiles.push({ path, text: keep ? yaml : redact(yaml) });
          // The page shows the Secret with placeholders, whatever the Secret file holds.
          const placeholders = keep ? toYaml(secret(app, unit, false, redactor(options.redact, 'REPLACE-ME'))!) : yaml;
          manifests.push({ path, kind: object.kind, yaml: shown(placeholders) });
        }
        files.push(...unitFiles);
        artifacts.push({ app: app.name, unit: unit.name, dockerfilePath: appPaths.dockerfile(app, unit), dockerfile: shown(dockerfile), imageData, manifests });
        objects.push(...own);
        units.push(unit);
      } catch (e) {
        failures.push(error('DEC0901', `internal error while writing unit ${unit.name} (${e instanceof Error ? e.message : String(e)}); the unit is left out`, unit.origin?.source));
      }
    }
    // After the units: a unit left out above gets no policy naming it.
    for (const rule of app.networkRules ?? []) {
      for (const object of networkPolicies(app, rule, units)) {
        const file = objectFile(object, '');
        files.push(text(`${appPaths.manifests(app)}/${file}`, toYaml(object)));
        objects.push({ file, object });
      }
    }
    const kustomization: Kustomization = {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: objects.map((o) => o.file).sort(),
    };
    files.push(text(`${appPaths.manifests(app)}/kustomization.yaml`, toYaml(kustomization)));
    apps.push(failures.length ? { ...app, units, diagnostics: [...app.diagnostics, ...failures] } : app);
  }
  const emitted: Plan = { apps };
  files.push(text('report.json', JSON.stringify(reportJson(emitted, { includeSecrets: options.includeSecrets }), null, 2) + '\n'));
  files.push(text('report.md', renderReportMd(emitted, { includeSecrets: options.includeSecrets })));
  // The page escapes what it prints: a secret value holding `&` or `<` is on it escaped, and the marker must be text, not a tag.
  const redactPage = redactor([...pageSecrets, ...pageSecrets.map(escapeHtml)], escapeHtml('<redacted secret>'));
  const page = renderReportHtml(emitted, artifacts, { includeSecrets: options.includeSecrets, redact: shown, ...(options.readSource ? { readSource: options.readSource } : {}) });
  files.push({ path: 'report.html', text: redactPage(page) });
  // The same values the redactor replaces (four characters or more).
  const secretValues = options.redact.filter((v) => v.length >= 4);
  files.push(text('plan.yaml', planYaml(emitted, (t) => secretValues.some((v) => t.includes(v) || t.includes(JSON.stringify(v).slice(1, -1))))));
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), plan: emitted };
}
