import type { Diagnostic } from '../../model/diagnostic.js';
import type { App, Unit } from '../../model/plan.js';
import { error, info } from '../../diagnostics/create.js';
import { matchEdges, type Unmatched } from './match-edges.js';
import { podGroups } from './pod-groups.js';
import { rewriteCrossPodEdges } from './rewrite-endpoints.js';
import { networkRules } from '../exposure/network-rules.js';
import type { ConnectionEdge } from '../../model/plan.js';

/** The resource that wrote a file the endpoint is in, else the unit's own: where a reviewer looks. */
function whereIn(unit: Unit, file: string) {
  return unit.files.find((f) => f.path === file)?.source ?? unit.origin?.source;
}

function unmatchedDiagnostic(units: readonly Unit[], u: Unmatched): Diagnostic {
  const unit = units.find((x) => x.name === u.unit)!;
  const e = u.endpoint;
  const at = e.line.line ? `${e.line.file}:${e.line.line}` : e.line.file;
  const what = e.kind === 'unix' ? `the unix socket ${e.endpoint}` : `${e.endpoint} (loopback)`;
  return error(
    'DEC0530',
    `unit ${u.unit} reaches ${what} (${at}: ${e.line.text.trim()}) but no unit of the app listens there: on its own pod the connection fails`,
    whereIn(unit, e.line.file),
    'add the service that listens there to the run list, or point the config at its Service name and port',
  );
}

/**
 * The app's connection graph and the pods it makes (issue 20): edges found
 * in each unit's configs, command and environment; units joined by one run
 * as containers of one pod; a local endpoint nobody in the app serves is an
 * error (DEC0530), since decant knows that link breaks. `ownPods` (plan.yaml
 * `ownPod: true`) keeps units out of pods; edges that then cross pods are
 * rewritten to Service names, or are errors where they cannot cross.
 */
export function withConnections(app: App, ownPods: ReadonlySet<string> = new Set()): App {
  const { edges, unmatched } = matchEdges(app.units);
  const pods = podGroups(app.units, edges, ownPods);
  const diagnostics: Diagnostic[] = unmatched.map((u) => unmatchedDiagnostic(app.units, u));
  for (const p of pods) {
    const first = app.units.find((u) => u.name === p.units[0]);
    const shared = p.sharedDirs.length ? `, sharing ${p.sharedDirs.join(', ')} through an emptyDir` : '';
    diagnostics.push(info('DEC0531', `units ${p.units.join(', ')} reach each other through a socket or localhost: they run as containers of one pod ${p.name}${shared}`, first?.origin?.source));
  }
  const crossed = rewriteCrossPodEdges(app.units, edges, pods);
  diagnostics.push(...crossed.diagnostics);
  // A connection rewritten to a Service goes over the pod network, which the app's default-deny policies close.
  const rules = connectionRules(app, crossed.units, edges.filter((e) => crossed.rewrites.some((r) => r.unit === e.from && r.file === e.source.file && r.line === e.source.line && r.before === e.endpoint)));
  const own = app.units.filter((u) => ownPods.has(u.name)).map((u) => u.name);
  if (!edges.length && !diagnostics.length && !own.length) return app;
  return {
    ...app,
    units: crossed.units,
    connections: edges,
    ...(pods.length ? { pods } : {}),
    ...(crossed.rewrites.length ? { rewrites: [...(app.rewrites ?? []), ...crossed.rewrites] } : {}),
    ...(own.length ? { ownPods: own } : {}),
    ...(rules ? { networkRules: rules } : {}),
    diagnostics: [...app.diagnostics, ...diagnostics],
  };
}

/** The app's rules with one `connection` rule per edge that now crosses pods (absent when there is none). */
function connectionRules(app: App, units: readonly Unit[], crossing: readonly ConnectionEdge[]): App['networkRules'] | undefined {
  if (!crossing.length || !app.networkRules) return undefined;
  const edges = crossing.map((e) => ({
    fromUnit: e.from,
    toUnit: e.to,
    ...(e.port !== undefined ? { port: e.port } : {}),
    protocol: 'TCP' as const,
    reason: `its config names ${e.endpoint}, rewritten to ${e.to}'s Service`,
    where: `${e.source.file}${e.source.line ? `:${e.source.line}` : ''}`,
  }));
  const added = networkRules(app.name, units, [], edges).filter((r) => r.kind === 'connection' && !app.networkRules!.some((o) => o.name === r.name));
  return [...app.networkRules, ...added];
}
