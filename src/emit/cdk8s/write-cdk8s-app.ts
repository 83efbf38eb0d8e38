/**
 * An app's Kubernetes objects as a cdk8s app in TypeScript (OUT/<app>/cdk8s/):
 * one Chart for the app, one construct per unit with typed props, one for the
 * app's NetworkPolicies, the objects as cdk8s `ApiObject`s checked against
 * kubernetes-types. The objects are the kustomize base's (appObjects), so
 * `npm run synth` writes what k8s/ holds. The source is built with ts-morph
 * structures and formatted by it.
 */
import type { Project, SourceFileStructure } from 'ts-morph';
import type { App } from '../../model/plan.js';
import { appPaths } from '../app-paths.js';
import { appObjects } from '../kubernetes/app-objects.js';
import type { NetworkPolicy } from '../kubernetes/types.js';
import type { FormatFile, FormatOptions, FormatOutput } from '../output-format.js';
import { chartSource, mainSource, type ChartUnit } from './chart-source.js';
import { classNames } from './class-names.js';
import { networkPoliciesSource } from './network-policies-source.js';
import { packageJson, tsconfigJson } from './project-files.js';
import { secretDataOf, secretsSource } from './secrets-source.js';
import { tsMorph } from './ts-morph-runtime.js';
import { unitConstructSource } from './unit-construct-source.js';
import { unitShape } from './unit-shape.js';

/** Every string in a value (keys too) with secret values replaced, as the kustomize base's text is. */
function redactValue(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redact));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactValue(v, redact)]));
}

function formatted(project: Project, path: string, structure: SourceFileStructure): string {
  const file = project.createSourceFile(path, structure, { overwrite: true });
  file.formatText({ indentSize: 2, convertTabsToSpaces: true });
  return file.getFullText();
}

/**
 * The files of one app's cdk8s app, relative to OUT. Secret values are
 * removed everywhere but the Secret data (secrets.ts, marked as holding
 * secrets), which keeps them only when `includeSecrets` asked for them, as
 * the kustomize Secret does. A unit whose objects could not be made is left
 * out, with the DEC0901 the kustomize base gives it too.
 */
export function writeCdk8sApp(app: App, options: FormatOptions): FormatOutput {
  const root = appPaths.cdk8s(app);
  const objects = appObjects(app, options, 'the cdk8s app');
  const names = classNames(app.name, objects.units.map((u) => u.unit.name));
  const { Project, QuoteKind } = tsMorph();
  const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { quoteKind: QuoteKind.Single } });
  const files: FormatFile[] = [];
  const secrets: Record<string, unknown> = {};
  const chartUnits: ChartUnit[] = objects.units.map(({ unit, objects: own }, i) => {
    const shape = unitShape(own.map(({ object }) => (object.kind === 'Secret' && options.includeSecrets ? object : (redactValue(object, options.redact) as typeof object))));
    const className = names.units[i]!;
    files.push({ path: `${root}/units/${unit.name}.ts`, text: formatted(project, `/units/${unit.name}.ts`, unitConstructSource({ className, unitName: unit.name, appName: app.name }, shape)) });
    const props = shape.props.map((p) => {
      if (p.name !== 'secretData') return p;
      secrets[unit.name] = p.value;
      return { ...p, value: secretDataOf(unit.name) };
    });
    return { name: unit.name, className, module: `./units/${unit.name}`, props };
  });
  // The app's own objects are its NetworkPolicies (appLevelObjects' type): another kind would need its own construct here.
  const policies = objects.appLevel.map(({ object }) => redactValue(object, options.redact) as NetworkPolicy);
  const withPolicies = policies.length > 0;
  if (withPolicies) files.push({ path: `${root}/network-policies.ts`, text: formatted(project, '/network-policies.ts', networkPoliciesSource(app.name, policies)) });
  const withSecrets = Object.keys(secrets).length > 0;
  files.push({ path: `${root}/chart.ts`, text: formatted(project, '/chart.ts', chartSource(app.name, names.chart, chartUnits, { withSecrets, withPolicies })) });
  if (withSecrets) files.push({ path: `${root}/secrets.ts`, text: formatted(project, '/secrets.ts', secretsSource(secrets)), holdsSecrets: true });
  files.push({ path: `${root}/main.ts`, text: formatted(project, '/main.ts', mainSource(app.name, names.chart)) });
  files.push({ path: `${root}/package.json`, text: packageJson(app.name) });
  files.push({ path: `${root}/tsconfig.json`, text: tsconfigJson() });
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), diagnostics: objects.failures };
}
