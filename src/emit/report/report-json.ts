import type { Plan } from '../../model/plan.js';
import { compareDiagnostics } from '../../diagnostics/format.js';
import { appPaths } from '../app-paths.js';
import { diagnosticJson } from './diagnostic-json.js';

import { reviewItems } from './review-items.js';
import { reachabilityJson } from './reachability-view.js';
import { sourceFile } from './source-file.js';

export { sourceFile };

/** report.json: its field names are a public interface (issue 4, item 8). */
export function reportJson(plan: Plan, options: { includeSecrets: boolean } = { includeSecrets: false }): unknown {
  return {
    apps: plan.apps.map((app) => ({
      name: app.name,
      runList: [...app.runList],
      // The kustomize base, when one was written: verify plays it from here.
      ...(app.outputs?.some((o) => o.format === 'kustomize') ? { manifests: appPaths.manifests(app) } : {}),
      // Every output format's files for this app, in the order they were written.
      outputs: (app.outputs ?? []).map((o) => ({ format: o.format, path: o.path })),
      ...(app.packageFacts ? { packageFacts: { ...app.packageFacts } } : {}),
      // Where verify --tests looks for the suites (relative to this folder, or absolute).
      ...(app.cookbookLocations ? { input: app.cookbookLocations.input, cookbooks: { ...app.cookbookLocations.cookbooks } } : {}),
      // Which of plan.yaml's `values:` the run used (their answers stay in plan.yaml: they may be secrets), and the questions still open.
      ...(app.values && (app.values.open.length || Object.keys(app.values.answered).length)
        ? { values: { fromPlan: Object.keys(app.values.answered).sort(), open: app.values.open.map((q) => ({ key: q.key, why: q.why })) } }
        : {}),
      // What a person must answer or check before this runs, most consequential first.
      needsReview: reviewItems(app, options).map((r) => ({ ...r })),
      // Who reaches whom over a socket or localhost, and the pods that keeps together (issue 20).
      connections: (app.connections ?? []).map((e) => ({ ...e, source: { ...e.source } })),
      pods: (app.pods ?? []).map((p) => ({ name: p.name, units: [...p.units], sharedDirs: [...p.sharedDirs] })),
      // Endpoints pointed at another pod's Service, each line before and after; absent when none was.
      ...(app.rewrites?.length ? { rewrites: app.rewrites.map((r) => ({ ...r })) } : {}),
      units: app.units.map((u) => ({
        name: u.name,
        workload: u.workload,
        image: u.image,
        dockerfile: appPaths.dockerfile(app, u),
        context: appPaths.context(app, u),
        imageData: appPaths.imageData(app, u),
        command: [...u.command],
        commandSource: u.commandSource ?? (u.command.length ? 'catalog' : 'unknown'),
        ports: u.ports.map((p) => p.port),
        // The pod the unit's container runs in (its own when it shares none): verify runs the pod's containers together.
        pod: app.pods?.find((p) => p.units.includes(u.name))?.name ?? u.name,
        needsInput: u.needsInput !== undefined && u.needsInput.length > 0,
        ...(u.needsInput?.length ? { needsInputReasons: [...u.needsInput] } : {}),
        ...(u.lockedPackages ? { packages: u.lockedPackages.map((p) => ({ name: p.name, version: p.version, source: p.source })) } : {}),
      })),
      // Who reaches each unit from where, and why (rule → reason, with the config line or resource behind it).
      ...reachabilityJson(app),
      resources: app.decisions.map((d) => ({
        type: d.type,
        name: d.name,
        source: { file: sourceFile(d.source), line: d.source.line, column: d.source.column },
        class: d.class,
        unit: d.unit ?? null,
        reason: d.reason,
      })),
      diagnostics: [...app.diagnostics].sort(compareDiagnostics).map(diagnosticJson),
    })),
  };
}
