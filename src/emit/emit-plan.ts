import type { App, Plan, Unit } from '../model/plan.js';
import { PLAN_FILE_HEADER, toPlanFile } from '../plan/plan-file/to-plan-file.js';
import { appPaths } from './app-paths.js';
import { dockerfileView } from './dockerfile/dockerfile-view.js';
import { renderDockerfile } from './dockerfile/render-dockerfile.js';
import { configMap, secret, volumeClaims } from './kubernetes/config-objects.js';
import { service } from './kubernetes/service.js';
import { toYaml } from './kubernetes/to-yaml.js';
import type { KubernetesObject, Kustomization } from './kubernetes/types.js';
import { cronJob, deployment, job, statefulSet } from './kubernetes/workloads.js';
import type { OutputFile } from './output-file.js';
import { renderReportMd } from './report/render-report-md.js';
import { reportJson } from './report/report-json.js';

export interface EmitOptions {
  /** Write real secret values into the Secret objects (otherwise placeholders). */
  readonly includeSecrets: boolean;
  /** Values that must never appear in any file but a Secret written with includeSecrets. */
  readonly redact: readonly string[];
}

function workloadObject(app: App, unit: Unit): KubernetesObject {
  switch (unit.workload) {
    case 'Deployment':
      return deployment(app, unit);
    case 'StatefulSet':
      return statefulSet(app, unit);
    case 'CronJob':
      return cronJob(app, unit);
    case 'Job':
      return job(app, unit);
    default:
      // A plan file can name only these four; anything else was refused when it was read.
      return deployment(app, unit);
  }
}

const fileSuffix: Record<KubernetesObject['kind'], string> = {
  Deployment: 'deployment',
  StatefulSet: 'statefulset',
  Service: 'service',
  ConfigMap: 'configmap',
  Secret: 'secret',
  Job: 'job',
  CronJob: 'cronjob',
  PersistentVolumeClaim: 'pvc',
};

/** Every object of one app, with the file it goes to (relative to the kustomize folder). */
export function appObjects(app: App, options: EmitOptions): { file: string; object: KubernetesObject }[] {
  return app.units.flatMap((unit) =>
    [workloadObject(app, unit), service(app, unit), configMap(app, unit), secret(app, unit, options.includeSecrets, redactor(options.redact, 'REPLACE-ME')), ...volumeClaims(app, unit)]
      .filter((o): o is KubernetesObject => o !== undefined)
      .map((object) => ({
        file: `${object.kind === 'PersistentVolumeClaim' ? object.metadata.name : unit.name}-${fileSuffix[object.kind]}.yaml`,
        object,
      })),
  );
}

export function redactor(values: readonly string[], replacement = '<redacted secret>'): (text: string) => string {
  // Longest first, so a value containing another is replaced whole.
  const list = [...new Set(values.filter((v) => v.length >= 4))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return (text) => list.reduce((t, v) => t.split(v).join(replacement), text);
}

/**
 * Every file of a conversion, relative to OUT, in a stable order. Pure: the
 * CLI writes them. Secret values are removed from every text file except
 * the Secret objects themselves when real values were asked for.
 */
export function emitPlan(plan: Plan, options: EmitOptions): OutputFile[] {
  const redact = redactor(options.redact);
  const files: OutputFile[] = [];
  const text = (path: string, content: string, mode?: number) =>
    files.push({ path, text: redact(content), ...(mode !== undefined ? { mode } : {}) });
  for (const app of plan.apps) {
    for (const unit of app.units) {
      const { view, contextFiles } = dockerfileView(app, unit);
      text(appPaths.dockerfile(app, unit), renderDockerfile(view));
      for (const f of contextFiles) {
        const path = `${appPaths.context(app, unit)}/${f.path}`;
        if ('text' in f) text(path, f.text, f.mode);
        else files.push({ path, copyFrom: f.copyFrom, ...(f.mode !== undefined ? { mode: f.mode } : {}) });
      }
    }
    const objects = appObjects(app, options);
    for (const { file, object } of objects) {
      const yaml = toYaml(object);
      const keep = object.kind === 'Secret' && options.includeSecrets;
      files.push({ path: `${appPaths.manifests(app)}/${file}`, text: keep ? yaml : redact(yaml) });
    }
    const kustomization: Kustomization = {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: objects.map((o) => o.file).sort(),
    };
    text(`${appPaths.manifests(app)}/kustomization.yaml`, toYaml(kustomization));
  }
  text('report.json', JSON.stringify(reportJson(plan), null, 2) + '\n');
  text('report.md', renderReportMd(plan));
  text('plan.yaml', PLAN_FILE_HEADER + toYaml(toPlanFile(plan)).replace(/^apiVersion.*\n/, ''));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
