/**
 * InSpec `http(url, method:, headers:, data:)`, sent from the host with
 * Node's http client: the image may have no curl, and the host is where a
 * service's clients are. A URL naming the test machine itself (localhost,
 * 127.0.0.1) is sent to the container's address instead, since that is
 * what "localhost" meant on the kitchen VM.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { failed, type Resource } from './facts.js';
import type { Actual } from '../matchers.js';

const LOCAL = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0']);
const MAX_BODY = 4 * 1024 * 1024;

export interface HttpAnswer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

export function send(url: URL, opts: { method: string; headers: Record<string, string>; data?: string; timeoutMs: number; insecure: boolean }): Promise<HttpAnswer | { error: string }> {
  return new Promise((resolve) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      { method: opts.method, headers: opts.headers, timeout: opts.timeoutMs, ...(url.protocol === 'https:' ? { rejectUnauthorized: !opts.insecure } : {}) },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (b: Buffer) => {
          size += b.length;
          if (size <= MAX_BODY) chunks.push(b);
        });
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers });
        });
        res.on('error', (e) => resolve({ error: e.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${opts.timeoutMs / 1000}s`)));
    req.on('error', (e) => resolve({ error: e.message }));
    if (opts.data !== undefined) req.write(opts.data);
    req.end();
  });
}

function option(opts: Actual | RegExp | undefined, key: string): Actual | undefined {
  if (!opts || typeof opts !== 'object' || Array.isArray(opts) || opts instanceof RegExp) return undefined;
  return opts[key];
}

export const httpResource: Resource = async (args, ctx) => {
  const [raw, opts] = args;
  if (typeof raw !== 'string') return { unsupported: 'http needs a URL' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { unsupported: `${raw} is not a URL` };
  }
  let where = 'from the host';
  if (LOCAL.has(url.hostname)) {
    const address = await ctx.address();
    if (!address) return failed(`the container of unit ${ctx.unit} has no network address to send ${raw} to`);
    url.hostname = address;
    where = `from the host to ${address} (for ${raw})`;
  }
  const headers: Record<string, string> = {};
  const given = option(opts, 'headers');
  if (given && typeof given === 'object' && !Array.isArray(given)) for (const [k, v] of Object.entries(given)) headers[k] = String(v);
  const method = String(option(opts, 'method') ?? 'GET').toUpperCase();
  const data = option(opts, 'data');
  const timeout = Number(option(opts, 'read_timeout') ?? option(opts, 'open_timeout') ?? 10);
  const answer = await send(url, {
    method,
    headers,
    ...(data !== undefined && data !== null ? { data: typeof data === 'string' ? data : JSON.stringify(data) } : {}),
    timeoutMs: timeout * 1000,
    insecure: option(opts, 'ssl_verify') === false,
  });
  if ('error' in answer) return failed(`${method} ${url.href} ${where}: ${answer.error}`);
  return {
    predicates: {},
    properties: { status: answer.status, body: answer.body, headers: answer.headers, http_method: method },
    note: `${method} ${where}: ${answer.status}`,
  };
};
