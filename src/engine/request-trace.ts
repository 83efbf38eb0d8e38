/**
 * The request verify's log check makes to a unit that logs each request it
 * serves, and the trace that request leaves in the container's output: an
 * access log's line holding a unique query string, or, for a daemon whose
 * request line holds no query (busybox httpd's status line, memcached's
 * connection line, see catalog/logs/request-options.yaml), a line written
 * after the request. A daemon that writes lines on its own schedule could
 * satisfy the second; the options the catalog adds log per request and the
 * daemons it names write nothing periodic at that verbosity.
 */
import { randomBytes } from 'node:crypto';
import type { ImageLogs, ImagePort } from '../model/image-data.js';
import { protocolNamed } from '../plan/catalog/load-protocols.js';
import { askInProtocol } from './protocols/protocol-exchange.js';
import { httpGet, tcpOpen, until } from './probes.js';

export interface TraceTargets {
  /** Where verify asks the unit over HTTP (its health check's path, else `/` of a web port), and the address to ask. */
  readonly http: { readonly ip: string; readonly port: number; readonly path: string } | undefined;
  /** The unit's first port and the address to ask it at: a daemon made to log its connections is asked there. */
  readonly port: { readonly ip: string; readonly port: ImagePort } | undefined;
  /** The container's output so far (stdout and stderr). */
  readonly output: () => Promise<string>;
}

export type RequestTraceResult =
  /** The unit logs no request (or the plan does not know it does). */
  | { readonly kind: 'none' }
  /** The unit logs requests but has no port verify can ask as the plan says. */
  | { readonly kind: 'unasked'; readonly why: string }
  | { readonly kind: 'asked'; readonly asked: string; readonly trace: 'query' | 'line'; readonly line: string | undefined };

function withQuery(path: string, marker: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${marker}`;
}

/**
 * A line written after `before`: the lines of `after` beyond as many of each
 * as `before` held. Counted rather than compared as a prefix because the
 * output joins stdout and stderr each whole (a new stdout line lands before
 * the stderr ones), and the same line may come again (memcached's
 * connection line names a reused descriptor). Read as a tail that has
 * rolled, the lines that left it are simply not counted.
 */
export function lineAfter(before: string, after: string): string | undefined {
  const seen = new Map<string, number>();
  for (const l of before.split('\n')) if (l.trim()) seen.set(l, (seen.get(l) ?? 0) + 1);
  for (const l of after.split('\n')) {
    if (!l.trim()) continue;
    const left = seen.get(l) ?? 0;
    if (left === 0) return l;
    seen.set(l, left - 1);
  }
  return undefined;
}

const WAIT_MS = 5000;

async function traceOf(output: () => Promise<string>, before: string, trace: 'query' | 'line', marker: string): Promise<string | undefined> {
  return until(async () => {
    const now = await output();
    return trace === 'query' ? now.split('\n').find((l) => l.includes(marker)) : lineAfter(before, now);
  }, WAIT_MS, 250);
}

/** Makes the request the plan's log data calls for and looks for its trace. */
export async function requestTrace(logs: ImageLogs, targets: TraceTargets): Promise<RequestTraceResult> {
  const wanted = logs.requests ? { ask: 'http' as const, trace: 'query' as const } : logs.requestLog;
  if (!wanted) return { kind: 'none' };
  // An access log is asked where verify asks HTTP; a daemon made to log over HTTP on its own port too.
  const port = targets.port;
  const http = targets.http ?? (logs.requestLog?.ask === 'http' && port?.port.protocol === 'TCP' ? { ip: port.ip, port: port.port.port, path: '/' } : undefined);
  const before = await targets.output();
  const marker = `decant-verify-log=${randomBytes(6).toString('hex')}`;
  if (wanted.ask === 'http') {
    // An access log with no web port keeps the check as it was: its request is not asked for.
    if (!http) return logs.requests && !logs.requestLog ? { kind: 'none' } : { kind: 'unasked', why: 'it logs each HTTP request, but the unit has no TCP port to ask' };
    const asked = `GET ${withQuery(http.path, marker)}`;
    await httpGet(http.ip, http.port, withQuery(http.path, marker));
    return { kind: 'asked', asked, trace: wanted.trace, line: await traceOf(targets.output, before, wanted.trace, marker) };
  }
  if (!port) return { kind: 'unasked', why: 'it logs each connection, but the unit has no port to connect to' };
  const spec = protocolNamed(port.port.speaks);
  if (!spec && port.port.protocol !== 'TCP') return { kind: 'unasked', why: `it logs each connection, but port ${port.port.port}/${port.port.protocol} speaks no protocol verify knows` };
  if (spec) await askInProtocol(port.ip, port.port.port, port.port.protocol, spec).catch(() => undefined);
  else await tcpOpen(port.ip, port.port.port);
  const asked = `a connection to port ${port.port.port}/${port.port.protocol}${spec ? ` speaking ${spec.name}` : ''}`;
  return { kind: 'asked', asked, trace: 'line', line: await traceOf(targets.output, before, 'line', marker) };
}
