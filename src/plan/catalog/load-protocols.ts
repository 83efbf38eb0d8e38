/**
 * catalog/protocols/protocols.yaml: which application protocol a port speaks
 * by its well-known number, and how to tell the service behind it answers.
 * The plan marks each port with it (`speaks`), the manifests probe with it and
 * `decant verify` checks with it, so all three use the same knowledge.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultCatalogDir } from './load-catalog.js';

export type ProtocolCheck = 'text' | 'http' | 'tls' | 'mysql' | 'dns' | 'ldap' | 'tftp';

export interface ProtocolSpec {
  readonly name: string;
  readonly ports: readonly number[];
  readonly transports: readonly ('tcp' | 'udp')[];
  readonly check: ProtocolCheck;
  /** `text` only: what to send first (nothing: the server greets). */
  readonly send?: string;
  /** `text` only: what the answer starts with, as a regular expression. */
  readonly expect?: string;
  readonly why: string;
}

const CHECKS: readonly ProtocolCheck[] = ['text', 'http', 'tls', 'mysql', 'dns', 'ldap', 'tftp'];
const KEYS = ['name', 'ports', 'transports', 'check', 'send', 'expect', 'why'];

function entryOf(raw: unknown, at: string): ProtocolSpec | string {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return `${at}: not a mapping`;
  const e = raw as Record<string, unknown>;
  const unknownKeys = Object.keys(e).filter((k) => !KEYS.includes(k));
  if (unknownKeys.length) return `${at}: unknown keys ${unknownKeys.join(', ')}`;
  if (typeof e['name'] !== 'string' || !/^[a-z][a-z0-9-]*$/.test(e['name'])) return `${at}: name must be a lowercase word`;
  const ports = e['ports'];
  if (!Array.isArray(ports) || ports.length === 0 || !ports.every((p) => Number.isInteger(p) && p > 0 && p < 65536)) return `${at}: ports must be port numbers`;
  const transports = e['transports'];
  if (!Array.isArray(transports) || transports.length === 0 || !transports.every((t) => t === 'tcp' || t === 'udp')) return `${at}: transports must be tcp and/or udp`;
  if (!CHECKS.includes(e['check'] as ProtocolCheck)) return `${at}: check must be one of ${CHECKS.join(', ')}`;
  if (typeof e['why'] !== 'string' || e['why'] === '') return `${at}: why must say where the answer is specified`;
  if (e['check'] === 'text') {
    if (typeof e['expect'] !== 'string') return `${at}: a text check needs expect`;
    try {
      new RegExp(e['expect']);
    } catch {
      return `${at}: expect is not a regular expression`;
    }
    if (e['send'] !== undefined && typeof e['send'] !== 'string') return `${at}: send must be text`;
  } else if (e['expect'] !== undefined || e['send'] !== undefined) return `${at}: send and expect belong to text checks only`;
  return {
    name: e['name'],
    ports: ports as number[],
    transports: transports as ('tcp' | 'udp')[],
    check: e['check'] as ProtocolCheck,
    ...(typeof e['send'] === 'string' ? { send: e['send'] } : {}),
    ...(typeof e['expect'] === 'string' ? { expect: e['expect'] } : {}),
    why: e['why'],
  };
}

/** Reads and checks the protocols; a broken entry is left out and named in `errors`. */
export function loadProtocols(dir: string = defaultCatalogDir()): { protocols: ProtocolSpec[]; errors: string[] } {
  const file = join(dir, 'protocols', 'protocols.yaml');
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { protocols: [], errors: [`${file}: ${(e as Error).message}`] };
  }
  if (!Array.isArray(doc)) return { protocols: [], errors: [`${file}: a list of protocols is expected`] };
  const protocols: ProtocolSpec[] = [];
  const errors: string[] = [];
  doc.forEach((raw: unknown, i) => {
    const r = entryOf(raw, `${file}: entry ${i + 1}`);
    if (typeof r === 'string') errors.push(r);
    else if (protocols.some((p) => p.ports.some((n) => r.ports.includes(n)))) errors.push(`${file}: entry ${i + 1}: a port is already another protocol's`);
    else protocols.push(r);
  });
  return { protocols, errors };
}

let defaultOnce: ProtocolSpec[] | undefined;

/** The project's own table, read once (its schema test keeps it free of errors). */
export function defaultProtocols(): readonly ProtocolSpec[] {
  return (defaultOnce ??= loadProtocols().protocols);
}

/** The protocol a port number speaks, by the table. */
export function protocolOfPort(port: number, protocols: readonly ProtocolSpec[] = defaultProtocols()): ProtocolSpec | undefined {
  return protocols.find((p) => p.ports.includes(port));
}

/** The protocol named `speaks` on a port. */
export function protocolNamed(name: string | undefined, protocols: readonly ProtocolSpec[] = defaultProtocols()): ProtocolSpec | undefined {
  return name === undefined ? undefined : protocols.find((p) => p.name === name);
}
