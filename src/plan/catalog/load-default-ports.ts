/**
 * catalog/ports/defaults.yaml: the port a daemon listens on when its command
 * and config name none (named's 53, vsftpd's 21). Data with a citation per
 * entry, not code: each is what the daemon's own documentation says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultCatalogDir } from './load-catalog.js';
import { recordOf } from './yaml-record.js';

export interface DefaultPorts {
  readonly binary: string;
  readonly ports: readonly number[];
  readonly why: string;
}

function entryOf(raw: unknown, at: string): DefaultPorts | string {
  const e = recordOf(raw, ['binary', 'ports', 'why'], at);
  if (typeof e === 'string') return e;
  if (typeof e['binary'] !== 'string' || !/^[\w.+-]+$/.test(e['binary'])) return `${at}: binary must be an executable's name`;
  const ports = e['ports'];
  if (!Array.isArray(ports) || ports.length === 0 || !ports.every((p) => Number.isInteger(p) && p > 0 && p < 65536)) return `${at}: ports must be port numbers`;
  if (typeof e['why'] !== 'string' || e['why'] === '') return `${at}: why must say where the default is documented`;
  return { binary: e['binary'], ports: ports as number[], why: e['why'] };
}

export function loadDefaultPorts(dir: string = defaultCatalogDir()): { defaults: DefaultPorts[]; errors: string[] } {
  const file = join(dir, 'ports', 'defaults.yaml');
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { defaults: [], errors: [`${file}: ${e instanceof Error ? e.message : String(e)}`] };
  }
  if (!Array.isArray(raw)) return { defaults: [], errors: [`${file}: a list of entries`] };
  const defaults: DefaultPorts[] = [];
  const errors: string[] = [];
  raw.forEach((r, i) => {
    const e = entryOf(r, `${file}[${i}]`);
    if (typeof e === 'string') errors.push(e);
    else defaults.push(e);
  });
  return { defaults, errors };
}

let defaultOnce: DefaultPorts[] | undefined;

/** The catalog's defaults, read once per process. */
export function defaultPortsOfCatalog(): DefaultPorts[] {
  return (defaultOnce ??= loadDefaultPorts().defaults);
}
