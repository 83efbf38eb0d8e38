/**
 * A socket-only unit that logs each request (php-fpm behind nginx) is asked
 * through the unit reaching it in its pod: against a small HTTP server on
 * loopback standing in for nginx, which makes the stand-in php-fpm write a
 * line to its output per request, or not.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { DockerClient } from '../../src/engine/docker-client.js';
import type { EngineUnit } from '../../src/engine/report-units.js';
import { askThroughReachers } from '../../src/engine/request-through.js';
import type { VerifyResult } from '../../src/engine/verify.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

/** The engine's log stream: one stdout frame holding the text. */
const frame = (text: string) => {
  const body = Buffer.from(text);
  const head = Buffer.alloc(8);
  head[0] = 1;
  head.writeUInt32BE(body.length, 4);
  return Buffer.concat([head, body]);
};

/** A Docker client whose only container is the reached unit's, its output what `logs` holds. */
function fakeDocker(logs: { text: string }): DockerClient {
  return { getContainer: () => ({ logs: async () => frame(logs.text) }) } as unknown as DockerClient;
}

async function front(onRequest: () => void): Promise<number> {
  const server = createServer((_req, res) => {
    onRequest();
    res.end('ok');
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

const engineUnit = (name: string, reachedBy: EngineUnit['reachedBy'] = []): EngineUnit => ({
  app: 'site', name, workload: 'Deployment', image: `site-${name}:1`, dockerfile: '/x/Dockerfile', context: '/x', ports: [], pod: 'fpm', sharedDirs: ['/run/php'], reachedBy,
});

const LOG_CHECK = 'logs reach the container output';

function pod(port: number, fpmCheck = { name: LOG_CHECK, ok: true, detail: '2 line(s) in the output, the first: NOTICE: ready' }): VerifyResult[] {
  return [
    {
      unit: engineUnit('fpm', [{ unit: 'web', endpoint: '/run/php/fpm.sock' }]),
      checks: [{ name: 'stays up', ok: true, detail: 'running' }, fpmCheck],
      diagnostics: [],
      held: { containerId: 'fpm-container' },
      askThrough: { requests: false, files: [], syslog: [], requestLog: { ask: 'http', trace: 'line' } },
    },
    { unit: engineUnit('web'), checks: [], diagnostics: [], held: { containerId: 'web-container' }, http: { ip: '127.0.0.1', port, path: '/' } },
  ];
}

describe('askThroughReachers', () => {
  it("replaces the reached unit's log check with the line its output shows after a request to the unit reaching it", async () => {
    const logs = { text: 'NOTICE: ready\n' };
    const port = await front(() => void (logs.text += '- -  02/Dec/2026:14:00:00 +0000 "GET /index.php" 200\n'));
    const [fpm, web] = await askThroughReachers(fakeDocker(logs), pod(port));
    expect(fpm!.checks[1]).toEqual({
      name: LOG_CHECK,
      ok: true,
      detail: expect.stringMatching(/^the request verify made \(GET \/\?decant-verify-log=[0-9a-f]+ to web, which reaches fpm through \/run\/php\/fpm\.sock\) is followed by a line in the output: - - {2}02\/Dec\/2026:14:00:00 \+0000 "GET \/index\.php" 200$/),
    });
    expect(fpm!.diagnostics).toEqual([]);
    expect(web!.checks).toEqual([]);
  });

  it('fails the check, with a diagnostic, when no line follows the request', async () => {
    const port = await front(() => undefined);
    const [fpm] = await askThroughReachers(fakeDocker({ text: 'NOTICE: ready\n' }), pod(port));
    expect(fpm!.checks[1]).toMatchObject({ ok: false, detail: expect.stringMatching(/^the service logs each request to the output, but no line followed the request verify made \(GET \/\?decant-verify-log=\w+ to web, which reaches fpm through \/run\/php\/fpm\.sock\)$/) });
    expect(fpm!.diagnostics.map((d) => d.code)).toEqual(['DEC0702']);
  }, 15_000);

  it('keeps a check that failed for another reason failed, adding what the request showed', async () => {
    const logs = { text: '' };
    const port = await front(() => void (logs.text += 'GET 200\n'));
    const failed = { name: LOG_CHECK, ok: false, detail: 'log file(s) written inside the container, not to its output: /var/log/fpm.log' };
    const [fpm] = await askThroughReachers(fakeDocker(logs), pod(port, failed));
    expect(fpm!.checks[1]).toEqual(failed);
  });

  it('leaves a unit alone when no unit of its pod that reaches it answers HTTP', async () => {
    const results = pod(1).map((r) => (r.unit.name === 'web' ? { ...r, http: undefined } : r));
    const [fpm] = await askThroughReachers(fakeDocker({ text: '' }), results);
    expect(fpm).toBe(results[0]);
  });
});
