import type { Plan } from '../../model/plan.js';
import type { SourceLocation } from '../../model/source.js';
import { compareDiagnostics } from '../../diagnostics/format.js';
import { appPaths } from '../app-paths.js';
import { diagnosticJson } from './diagnostic-json.js';

/** `cookbook/file` when the location is in a cookbook: a chef-repo has many `recipes/default.rb`. */
export function sourceFile(loc: SourceLocation): string {
  return loc.cookbook ? `${loc.cookbook}/${loc.file}` : loc.file;
}

/** report.json: its field names are a public interface (issue 4, item 8). */
export function reportJson(plan: Plan): unknown {
  return {
    apps: plan.apps.map((app) => ({
      name: app.name,
      runList: [...app.runList],
      manifests: appPaths.manifests(app),
      ...(app.packageFacts ? { packageFacts: { ...app.packageFacts } } : {}),
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
        ...(u.lockedPackages ? { packages: u.lockedPackages.map((p) => ({ name: p.name, version: p.version, source: p.source })) } : {}),
      })),
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
