/**
 * The `decant inspect --json` document. Its shape is a public interface (users
 * and CI script against it): change it only compatibly.
 */
import { Unknown, type Data } from '../model/data.js';
import type { Converge, Guard, Resource } from '../model/converge.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticJson } from '../emit/report/diagnostic-json.js';
import type { SourceLocation } from '../model/source.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Unknown values print as a marker string; their paths are listed under `unknown`. */
export function dataToJson(value: Data): Json {
  if (value instanceof Unknown) return `<unknown: ${value.reason}>`;
  if (Array.isArray(value)) return value.map(dataToJson);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const k of Object.keys(value)) out[k] = dataToJson(value[k]!);
    return out;
  }
  return value;
}

const sourceJson = (loc: SourceLocation): Json => ({ file: loc.file, line: loc.line, column: loc.column });

function guardJson(g: Guard): Json {
  return {
    kind: g.kind,
    form: g.form,
    ...(g.command !== undefined ? { command: g.command } : {}),
    ...(g.path !== undefined ? { path: g.path } : {}),
    outcome: g.outcome,
    ...(g.reason !== undefined ? { reason: g.reason } : {}),
    source: sourceJson(g.location),
  };
}

export function resourceJson(r: Resource): Json {
  return {
    type: r.type,
    name: dataToJson(r.name),
    cookbook: r.cookbook,
    recipe: r.recipe,
    actions: [...r.actions],
    properties: dataToJson(r.properties as Data),
    notifies: r.notifies.map((n) => ({ action: n.action, resource: n.resource, timing: n.timing })),
    subscribes: r.subscribes.map((n) => ({ action: n.action, resource: n.resource, timing: n.timing })),
    guards: r.guards.map(guardJson),
    source: sourceJson(r.source),
    ...(r.via !== undefined ? { via: r.via } : {}),
    ...(r.sensitive ? { sensitive: true } : {}),
    unknown: [...r.unknown],
  };
}

export { diagnosticJson };

/** `later`: diagnostics of the stages after evaluate (the plan's errors), listed after the evaluator's. */
export function inspectJson(converge: Converge, extraDiagnostics: readonly Diagnostic[] = [], later: readonly Diagnostic[] = []): Json {
  return {
    runList: [...converge.runList],
    platform: converge.platform.id,
    attributes: dataToJson(converge.attributes),
    resources: converge.resources.map(resourceJson),
    diagnostics: [...extraDiagnostics, ...converge.diagnostics, ...later].map((d) => diagnosticJson(d) as Json),
  };
}
