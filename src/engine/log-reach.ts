/**
 * verify's log check: a long-running unit's logs reach the container's
 * output (what `docker logs` and `kubectl logs` show, and what a cluster's
 * log collector reads). Decided from what the plan says of the unit's logs
 * (image.json `logs`, src/plan/logs) and from what the run shows:
 *
 * - a unit with an access log linked to its output must show the request
 *   verify made for this check (a unique query string on its HTTP path); a
 *   unit whose command logs each request or connection by a catalog option
 *   (image.json `logs.requestLog`) must show it too, as that query string or
 *   as a line written after the request (request-trace.ts);
 * - a log file the service wrote inside the container (under /var/log, or one
 *   the plan knows it keeps) fails, named: `kubectl logs` never shows it;
 * - a line sent to syslog fails, with the line: no container reads /dev/log.
 *   verify listens on /dev/log itself during the run (perl, which Debian's
 *   images always have) so a daemon that logs only through syslog is caught
 *   rather than taken for a quiet one;
 * - otherwise the lines the service wrote at start (or for the requests
 *   before) are its logs; a service that wrote none, kept no file and sent
 *   nothing to syslog logs nothing at its verbosity, and what it would write
 *   goes to its output: that passes, saying so.
 */
import type { ImageLogs, ImagePort } from '../model/image-data.js';
import type { DockerClient } from './docker-client.js';
import { execOk } from './container-exec.js';
import { until } from './probes.js';
import { syslogCaptureProgram } from '../text/syslog-reader.js';
import { requestTrace, type RequestTraceResult } from './request-trace.js';

export interface LogCheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

export const LOG_REACH_CHECK = 'logs reach the container output';

/** Where the syslog reader writes what it receives: /dev is the container's own tmpfs, so nothing lands in its layer. */
const SYSLOG_CAPTURE = '/dev/.decant-verify-syslog';

/** A datagram reader bound to /dev/log, each message a line in SYSLOG_CAPTURE (src/text/syslog-reader.ts, which a unit's relay shares). */
const SYSLOG_READER = syslogCaptureProgram(SYSLOG_CAPTURE);

/**
 * Starts the /dev/log reader as root, before verify's requests: a daemon's
 * syslog() connects at each call until it reaches a socket, so lines after
 * this point are caught. Whether it runs (no perl, /dev/log taken) is
 * returned for the check's detail.
 */
export async function listenForSyslog(docker: DockerClient, id: string): Promise<boolean> {
  const has = await execOk(docker, id, ['sh', '-c', 'command -v perl >/dev/null && [ ! -e /dev/log ]'], '0').catch(() => ({ code: -1, output: '' }));
  if (has.code !== 0) return false;
  // Started in the background by a shell that exits at once: an exec left attached (or dockerode's
  // Detach) keeps a connection to the engine open, and the CLI would not exit until it timed out.
  const start = await execOk(docker, id, ['sh', '-c', 'perl -e "$1" </dev/null >/dev/null 2>&1 &', 'sh', SYSLOG_READER], '0').catch(() => ({ code: -1 }));
  if (start.code !== 0) return false;
  // The socket exists once the reader has bound it.
  return (await until(async () => ((await execOk(docker, id, ['test', '-S', '/dev/log'], '0').catch(() => ({ code: -1 }))).code === 0 ? true : undefined), 3000, 200)) === true;
}

/** What the syslog reader caught, a line per message. */
async function syslogLines(docker: DockerClient, id: string): Promise<string[]> {
  const read = await execOk(docker, id, ['cat', SYSLOG_CAPTURE], '0').catch(() => ({ code: -1, output: '' }));
  return read.code === 0 ? read.output.split('\n').filter((l) => l.trim()) : [];
}

/** Regular, non-empty files (not links) the run wrote under /var/log or at a path the plan says the service keeps a log in. */
async function logFilesWritten(docker: DockerClient, id: string, kept: readonly string[]): Promise<string[] | undefined> {
  // The engine answers `null` (which dockerode hands over as a Buffer) when nothing changed.
  const answer: unknown = await docker.getContainer(id).changes().catch(() => undefined);
  const changes = (Array.isArray(answer) ? answer : []) as { Path?: unknown; Kind?: unknown }[];
  const candidates = changes
    .filter((c): c is { Path: string; Kind: number } => typeof c.Path === 'string')
    .filter((c) => c.Kind !== 2 && (c.Path.startsWith('/var/log/') || kept.includes(c.Path)))
    .map((c) => c.Path);
  if (!candidates.length) return [];
  const script = 'for f; do [ -f "$f" ] && [ ! -L "$f" ] && [ -s "$f" ] && echo "$f"; done; true';
  const read = await execOk(docker, id, ['sh', '-c', script, 'sh', ...candidates], '0').catch(() => undefined);
  if (!read || read.code !== 0) return undefined;
  return read.output.split('\n').filter((l) => l.startsWith('/')).sort();
}

const firstLine = (text: string) => text.split('\n').find((l) => l.trim())?.trim().slice(0, 200) ?? '';

export interface LogReachInput {
  readonly logs: ImageLogs | undefined;
  /** Where verify asks the unit over HTTP (its health check's path, else `/` of a web port), and the address to ask. */
  readonly http: { readonly ip: string; readonly port: number; readonly path: string } | undefined;
  /** The unit's first port and the address to ask it at, for a daemon that logs its connections; absent when it has none. */
  readonly port?: { readonly ip: string; readonly port: ImagePort } | undefined;
  /** Whether listenForSyslog runs in the container. */
  readonly syslogHeard: boolean;
  /** The container's output so far (stdout and stderr). */
  readonly output: () => Promise<string>;
}

export async function logReachCheck(docker: DockerClient, id: string, input: LogReachInput): Promise<LogCheckResult> {
  const fail = (detail: string): LogCheckResult => ({ name: LOG_REACH_CHECK, ok: false, detail });
  const logs = input.logs ?? { requests: false, files: [], syslog: [] };
  const traced = await requestTrace(logs, { http: input.http, port: input.port, output: input.output });
  const problems: string[] = [];
  if (logs.syslog.length) problems.push(`the config sends its log to syslog, which no container reads: ${logs.syslog.join('; ')}`);
  const heard = input.syslogHeard ? await syslogLines(docker, id) : [];
  if (heard.length) problems.push(`${heard.length} line(s) sent to syslog (/dev/log), which the container's output does not show: ${heard[0]!.slice(0, 200)}`);
  const files = await logFilesWritten(docker, id, logs.files);
  if (files === undefined) problems.push('could not look for log files in the container (no sh)');
  else if (files.length) problems.push(`log file(s) written inside the container, not to its output: ${files.join(', ')}`);
  const missing = untracedRequest(traced);
  if (missing) problems.push(missing);
  if (problems.length) return fail(problems.join('; '));
  // A unit reachable on loopback only declares no port: verify cannot make its request, and says so.
  const unasked = traced.kind === 'unasked' ? ` (its request's line not checked: ${traced.why})` : '';
  const syslogNote = `${unasked}${input.syslogHeard ? '' : ' (syslog not observed: the image has no perl, or its own relay holds /dev/log)'}`;
  if (traced.kind === 'asked' && traced.line !== undefined) {
    const how = traced.trace === 'query' ? 'is in the output' : 'is followed by a line in the output';
    return { name: LOG_REACH_CHECK, ok: true, detail: `the request verify made (${traced.asked}) ${how}: ${traced.line.trim().slice(0, 200)}${syslogNote}` };
  }
  const output = await input.output();
  if (output.trim()) return { name: LOG_REACH_CHECK, ok: true, detail: `${output.trim().split('\n').length} line(s) in the output, the first: ${firstLine(output)}${syslogNote}` };
  return {
    name: LOG_REACH_CHECK,
    ok: true,
    detail: `the service wrote no line during the run, kept no log file and sent nothing to syslog while verify listened: it logs nothing at its verbosity, and what it writes goes to the output${syslogNote}`,
  };
}

/** What is wrong with the request trace, if anything: the unit logs requests and the one verify made has no line. */
function untracedRequest(traced: RequestTraceResult): string | undefined {
  if (traced.kind !== 'asked' || traced.line !== undefined) return undefined;
  return traced.trace === 'query'
    ? `the service logs each request to the output, but the request verify made (${traced.asked}) has no line there`
    : `the service logs each request to the output, but no line followed the request verify made (${traced.asked})`;
}
