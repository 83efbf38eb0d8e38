/**
 * Asks a container's port in the protocol it speaks (the plan's `speaks`,
 * catalog/protocols/protocols.yaml) and reads the answer with
 * protocol-answers.ts: a greeting read, a cheap probe sent, a TLS handshake.
 */
import { createSocket } from 'node:dgram';
import { createConnection } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { ProtocolSpec } from '../../plan/catalog/load-protocols.js';
import {
  berComplete,
  dnsAnswer,
  dnsQuery,
  httpAnswer,
  LDAP_ANONYMOUS_BIND,
  ldapBindAnswer,
  lineComplete,
  mysqlComplete,
  mysqlHandshake,
  tcpFrameComplete,
  tcpFramed,
  textAnswer,
  TFTP_READ_REQUEST,
  tftpAnswer,
  type AnswerVerdict,
} from './protocol-answers.js';

/** Connects, sends `send` (if any), and collects what comes back until `complete` says enough, the server closes, or the time is up. */
export function tcpExchange(host: string, port: number, send: Buffer | undefined, complete: (data: Buffer) => boolean, timeoutMs = 3000): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = createConnection({ host, port });
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(Buffer.concat(chunks));
    };
    socket.setTimeout(timeoutMs, done);
    socket.once('connect', () => {
      if (send) socket.write(send);
    });
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      const all = Buffer.concat(chunks);
      if (complete(all) || all.length > 65536) done();
    });
    socket.once('end', done);
    socket.once('error', done);
  });
}

export function udpExchange(host: string, port: number, send: Buffer, timeoutMs = 3000): Promise<Buffer> {
  return new Promise((resolve) => {
    const socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');
    let settled = false;
    const done = (data: Buffer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.close();
      resolve(data);
    };
    const timer = setTimeout(() => done(Buffer.alloc(0)), timeoutMs);
    socket.on('message', (m: Buffer) => done(m));
    socket.on('error', () => done(Buffer.alloc(0)));
    socket.send(send, port, host);
  });
}

function tlsHandshake(host: string, port: number, timeoutMs = 3000): Promise<AnswerVerdict> {
  return new Promise((resolve) => {
    // The certificate is not what is checked (it may be self-signed in a test): that the handshake completes is.
    const socket = tlsConnect({ host, port, rejectUnauthorized: false, timeout: timeoutMs });
    const done = (v: AnswerVerdict) => {
      socket.destroy();
      resolve(v);
    };
    socket.once('secureConnect', () => done({ ok: true, detail: `TLS handshake, ${socket.getProtocol() ?? 'TLS'}` }));
    socket.once('timeout', () => done({ ok: false, detail: 'no TLS handshake within the time' }));
    socket.once('error', (e) => done({ ok: false, detail: `TLS handshake failed: ${e.message}` }));
  });
}

/** Asks `port` over `transport` as `spec` says and reads the answer. */
export async function askInProtocol(host: string, port: number, transport: 'TCP' | 'UDP', spec: ProtocolSpec): Promise<AnswerVerdict> {
  switch (spec.check) {
    case 'text':
      return textAnswer(await tcpExchange(host, port, spec.send ? Buffer.from(spec.send, 'latin1') : undefined, lineComplete), spec.expect ?? '');
    case 'http':
      return httpAnswer(await tcpExchange(host, port, Buffer.from(`HEAD / HTTP/1.0\r\nHost: ${host}\r\n\r\n`), lineComplete));
    case 'tls':
      return tlsHandshake(host, port);
    case 'mysql':
      return mysqlHandshake(await tcpExchange(host, port, undefined, mysqlComplete));
    case 'dns': {
      const id = 0x4dec;
      const query = dnsQuery(id);
      if (transport === 'UDP') return dnsAnswer(await udpExchange(host, port, query), id);
      return dnsAnswer((await tcpExchange(host, port, tcpFramed(query), tcpFrameComplete)).subarray(2), id);
    }
    case 'tftp':
      // The server answers from a port of its own (its transfer ID, RFC 1350 4): an unconnected socket hears it.
      return tftpAnswer(await udpExchange(host, port, TFTP_READ_REQUEST));
    case 'ldap':
      return ldapBindAnswer(await tcpExchange(host, port, LDAP_ANONYMOUS_BIND, berComplete));
    default: {
      const check: never = spec.check;
      return { ok: false, detail: `no way to ask a ${String(check)} check` };
    }
  }
}
