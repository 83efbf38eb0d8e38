import type { ConnectionEdge, Unit } from '../../model/plan.js';
import { listenSockets } from './listen-sockets.js';
import { localEndpoints, type LocalEndpoint } from './local-endpoints.js';
import { unitLines } from './text-lines.js';

/** What one unit listens on: its declared ports, the loopback ports its notes name, its socket paths. */
interface Listener {
  readonly unit: string;
  readonly ports: ReadonlySet<number>;
  readonly sockets: readonly string[];
}

/** Ports the plan left undeclared because they listen on loopback only (unit-ports' note): still reachable inside one pod. */
const LOOPBACK_NOTE = /^port (\d+)\/TCP listens on loopback only/;

function listenerOf(unit: Unit): Listener {
  const loopback = unit.notes.flatMap((n) => LOOPBACK_NOTE.exec(n)?.slice(1) ?? []).map(Number);
  return { unit: unit.name, ports: new Set([...unit.ports.filter((p) => p.protocol === 'TCP').map((p) => p.port), ...loopback]), sockets: listenSockets(unitLines(unit)) };
}

export interface Unmatched {
  readonly unit: string;
  readonly endpoint: LocalEndpoint;
}

/** Which unit listens where an endpoint points. A socket path matches exactly; a loopback port by number. */
function listenerAt(e: LocalEndpoint, listeners: readonly Listener[]): Listener | undefined {
  return e.kind === 'unix' ? listeners.find((l) => l.sockets.includes(e.path!)) : listeners.find((l) => l.ports.has(e.port!));
}

/**
 * The connection graph of one app: every local endpoint each unit names,
 * matched to the unit that listens there. An endpoint the unit itself
 * listens on is its own business; one nobody in the app listens on is
 * returned unmatched (the caller makes it a review item).
 */
export function matchEdges(units: readonly Unit[]): { edges: ConnectionEdge[]; unmatched: Unmatched[] } {
  const listeners = units.map(listenerOf);
  const edges: ConnectionEdge[] = [];
  const unmatched: Unmatched[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    for (const e of localEndpoints(unitLines(unit))) {
      const to = listenerAt(e, listeners);
      if (to?.unit === unit.name) continue;
      const key = `${unit.name}|${e.endpoint}|${e.line.file}|${e.line.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!to) {
        unmatched.push({ unit: unit.name, endpoint: e });
        continue;
      }
      edges.push({
        from: unit.name,
        to: to.unit,
        kind: e.kind,
        endpoint: e.endpoint,
        ...(e.port !== undefined ? { port: e.port } : {}),
        source: { file: e.line.file, line: e.line.line, text: e.line.text.trim() },
      });
    }
  }
  return { edges, unmatched };
}
