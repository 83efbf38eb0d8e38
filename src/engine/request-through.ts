/**
 * A unit that logs each request but has no port of its own (php-fpm on a
 * unix socket) serves only what a unit of its pod hands it (nginx's
 * `fastcgi_pass unix:…`). verify's own check could not ask it; once the
 * whole pod runs, the HTTP request verify makes to the reaching unit is made
 * again and the reached unit's output must show a line written after it — as
 * `kubectl logs` shows both containers' logs for one page. The unit's log
 * check is replaced by what this finds, keeping any other problem it had.
 */
import type { DockerClient } from './docker-client.js';
import { LOG_REACH_CHECK } from './log-reach.js';
import { requestTrace } from './request-trace.js';
import { logText, withCheck, type Check, type VerifyResult } from './verify.js';

/** The pod's results, each socket-only unit that logs requests asked through the first running unit that reaches it over HTTP. */
export async function askThroughReachers(docker: DockerClient, pod: readonly VerifyResult[]): Promise<VerifyResult[]> {
  const out: VerifyResult[] = [];
  for (const r of pod) out.push(await askedThrough(docker, r, pod));
  return out;
}

async function askedThrough(docker: DockerClient, r: VerifyResult, pod: readonly VerifyResult[]): Promise<VerifyResult> {
  const previous = r.checks.find((c) => c.name === LOG_REACH_CHECK);
  const id = r.held && !r.held.committedImage ? r.held.containerId : undefined;
  if (!r.askThrough || !previous || !id) return r;
  // Units built by hand in tests may say nothing of who reaches them.
  const via = (r.unit.reachedBy ?? [])
    .map((by) => ({ by, front: pod.find((o) => o.unit.name === by.unit && o.held && !o.held.committedImage && o.http) }))
    .find((x) => x.front);
  if (!via) return r;
  const http = via.front!.http!;
  // The reached unit's own line: a request line without the query (php-fpm's `%r`), so a line written after it.
  const traced = await requestTrace({ ...r.askThrough, requests: false, requestLog: { ask: 'http', trace: 'line' } }, { http, port: undefined, output: () => logText(docker, id, 2000) });
  if (traced.kind !== 'asked') return r;
  const how = `${traced.asked} to ${via.by.unit}, which reaches ${r.unit.name} through ${via.by.endpoint}`;
  return withCheck(r, throughCheck(previous, how, traced.line));
}

function throughCheck(previous: Check, how: string, line: string | undefined): Check {
  if (line === undefined) {
    const missing = `the service logs each request to the output, but no line followed the request verify made (${how})`;
    return { name: LOG_REACH_CHECK, ok: false, detail: previous.ok ? missing : `${previous.detail}; ${missing}` };
  }
  if (!previous.ok) return previous;
  return { name: LOG_REACH_CHECK, ok: true, detail: `the request verify made (${how}) is followed by a line in the output: ${line.trim().slice(0, 200)}` };
}
