/** Network probes from the host to a container's address. */
import { request } from 'node:http';
import { createConnection } from 'node:net';

export function tcpOpen(host: string, port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
}

export function httpGet(host: string, port: number, path: string, timeoutMs = 3000): Promise<HttpAnswer | undefined> {
  return new Promise((resolve) => {
    const req = request({ host, port, path, method: 'GET', timeout: timeoutMs, headers: { Connection: 'close' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        if (body.length < 65536) body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', () => resolve(undefined));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
    req.end();
  });
}

/** Retries `attempt` until it returns a defined value or the deadline passes. */
export async function until<T>(attempt: () => Promise<T | undefined>, deadlineMs: number, pauseMs = 500): Promise<T | undefined> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const v = await attempt();
    if (v !== undefined || Date.now() >= end) return v;
    await new Promise((r) => setTimeout(r, pauseMs));
  }
}
