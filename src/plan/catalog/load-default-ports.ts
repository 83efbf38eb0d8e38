/**
 * catalog/ports/defaults.yaml: the port a daemon listens on when its command
 * and config name none (named's 53, vsftpd's 21). Data with a citation per
 * entry, not code: each is what the daemon's own documentation says.
 */
import { join } from 'node:path';
import { defaultCatalogDir } from './load-catalog.js';
import { loadCatalogList, recordOf } from './yaml-record.js';

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
  const { entries, errors } = loadCatalogList(join(dir, 'ports', 'defaults.yaml'), entryOf);
  return { defaults: entries, errors };
}

let defaultOnce: DefaultPorts[] | undefined;

/** The catalog's defaults, read once per process. */
export function defaultPortsOfCatalog(): DefaultPorts[] {
  return (defaultOnce ??= loadDefaultPorts().defaults);
}
