import type { PortOrigin } from '../../model/plan.js';

/** A port some source says the service listens on, before it is declared. */
export interface FoundPort {
  readonly port: number;
  /** Undefined where the source names no transport (`port 53`): the protocol table decides. */
  readonly transport?: 'TCP' | 'UDP';
  /** Bound to loopback only: other pods cannot reach it, so it is not declared. */
  readonly loopback: boolean;
  /** The source gives a bare number, no address: another source's loopback address for the same port wins over it. */
  readonly bare?: boolean;
  /** The port relays another service's protocol (stunnel's `accept`): its well-known number says nothing of what it speaks. */
  readonly relay?: true;
  readonly from: PortOrigin;
  /** `path:line (directive)`, `service[x] property port`, … */
  readonly where: string;
}

export const isPortNumber = (n: number): boolean => Number.isInteger(n) && n > 0 && n < 65536;

/** 127.0.0.0/8, ::1 and `localhost`, with or without brackets. */
export function isLoopbackAddress(address: string): boolean {
  const a = address.replace(/^\[|\]$/g, '').toLowerCase();
  return a === 'localhost' || a === '::1' || /^127\.\d+\.\d+\.\d+$/.test(a) || a === 'loopback-only';
}

/**
 * `80`, `*:80`, `127.0.0.1:8080`, `[::]:80`, `:443`, `localhost:80` → the
 * port and whether the address is loopback; a bare address (`0.0.0.0`, `::1`)
 * or a unix socket gives no port.
 */
export function parseListenValue(value: string): { port: number; loopback: boolean; bare?: true } | undefined {
  const v = value.replace(/[;,"']+$/g, '').replace(/^["']/, '');
  if (/^\d+$/.test(v)) return isPortNumber(Number(v)) ? { port: Number(v), loopback: false, bare: true } : undefined;
  const bracketed = /^\[([^\]]*)\]:(\d+)$/.exec(v);
  const plain = /^([^:\s]*):(\d+)$/.exec(v);
  const m = bracketed ?? plain;
  if (!m) return undefined;
  const port = Number(m[2]);
  return isPortNumber(port) ? { port, loopback: isLoopbackAddress(m[1]!) } : undefined;
}
