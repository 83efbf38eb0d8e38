/**
 * The request verify's log check makes and the trace it looks for, against
 * small servers on loopback that log as the daemons the catalog names do:
 * an access log with the query string, a status line without it, a line per
 * connection, and a daemon that writes nothing.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImageLogs } from '../../src/model/image-data.js';
import { lineAfter, requestTrace } from '../../src/engine/request-trace.js';

const servers: (HttpServer | TcpServer)[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

async function listening<S extends HttpServer | TcpServer>(server: S): Promise<number> {
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

/** The output a container would show: what the server logged at start, then per request. */
function log(start: string) {
  let text = start;
  return { write: (line: string) => void (text += `${line}\n`), output: async () => text };
}

const logs = (extra: Partial<ImageLogs>): ImageLogs => ({ requests: false, files: [], syslog: [], ...extra });

describe('lineAfter', () => {
  it('finds a line the output did not hold before, counting repeated lines', () => {
    expect(lineAfter('a\n<23 new client\n', 'a\n<23 new client\n<23 new client\n')).toBe('<23 new client');
    expect(lineAfter('a\nb\n', 'a\nb\n')).toBeUndefined();
  });

  it('finds a new stdout line the output places before the stderr lines', () => {
    expect(lineAfter('out 1\nerr 1\n', 'out 1\nout 2\nerr 1\n')).toBe('out 2');
  });
});

describe('requestTrace', () => {
  it('an access log: its line holds the unique query string verify asked', async () => {
    const out = log('');
    const port = await listening(createHttpServer((req, res) => { out.write(`"GET ${req.url}" 200`); res.end('ok'); }));
    const r = await requestTrace(logs({ requests: true }), { http: { ip: '127.0.0.1', port, path: '/' }, port: undefined, output: out.output });
    expect(r).toMatchObject({ kind: 'asked', trace: 'query', asked: expect.stringMatching(/^GET \/\?decant-verify-log=[0-9a-f]{12}$/) });
    expect(r.kind === 'asked' && r.line).toMatch(/^"GET \/\?decant-verify-log=[0-9a-f]{12}" 200$/);
  });

  it('a daemon logging the status of each request without its query: a line after the GET on its own port', async () => {
    const out = log('started\n');
    const port = await listening(createHttpServer((_req, res) => { out.write('[::ffff:127.0.0.1]:5555: response:200'); res.end('ok'); }));
    const r = await requestTrace(logs({ requestLog: { ask: 'http', trace: 'line' } }), { http: undefined, port: { ip: '127.0.0.1', port: { port, protocol: 'TCP' } }, output: out.output });
    expect(r).toMatchObject({ kind: 'asked', trace: 'line', asked: expect.stringMatching(/^GET \/\?decant-verify-log=/), line: '[::ffff:127.0.0.1]:5555: response:200' });
  });

  it('a daemon logging each connection: verify speaks the port\'s protocol and finds the line after', async () => {
    const out = log('<22 server listening\n');
    const port = await listening(createTcpServer((s) => {
      out.write('<23 new auto-negotiating client connection');
      s.on('data', () => s.end('STAT pid 1\r\nEND\r\n'));
    }));
    const r = await requestTrace(logs({ requestLog: { ask: 'connect', trace: 'line' } }), { http: undefined, port: { ip: '127.0.0.1', port: { port, protocol: 'TCP', speaks: 'memcache' } }, output: out.output });
    expect(r).toMatchObject({ kind: 'asked', asked: `a connection to port ${port}/TCP speaking memcache`, line: '<23 new auto-negotiating client connection' });
  });

  it('a daemon that writes nothing for the connection: asked, no line', async () => {
    const out = log('pid 1\n');
    const port = await listening(createTcpServer((s) => s.end()));
    const r = await requestTrace(logs({ requestLog: { ask: 'connect', trace: 'line' } }), { http: undefined, port: { ip: '127.0.0.1', port: { port, protocol: 'TCP' } }, output: out.output });
    expect(r).toEqual({ kind: 'asked', asked: `a connection to port ${port}/TCP`, trace: 'line', line: undefined });
  }, 15_000);

  it('says when the unit has no port to ask, and asks nothing of a unit that logs no request', async () => {
    const out = log('');
    expect(await requestTrace(logs({ requestLog: { ask: 'connect', trace: 'line' } }), { http: undefined, port: undefined, output: out.output })).toEqual({ kind: 'unasked', why: 'it logs each connection, but the unit has no port to connect to' });
    expect(await requestTrace(logs({}), { http: undefined, port: undefined, output: out.output })).toEqual({ kind: 'none' });
  });
});
