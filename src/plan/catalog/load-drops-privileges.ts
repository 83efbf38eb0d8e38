/**
 * catalog/directives/drops-privileges.yaml: daemons that drop privileges to a
 * user their config names and then write files their config names. Data, not
 * code: a new daemon is a new entry, never a branch on its name.
 */
import { join } from 'node:path';
import { defaultCatalogDir } from './load-catalog.js';
import { loadCatalogList, recordOf } from './yaml-record.js';

export interface DropsPrivileges {
  readonly packages: readonly string[];
  /** The directive naming the user the daemon drops to. */
  readonly user: string;
  /** The user it drops to when the directive is not set. */
  readonly defaultUser?: string;
  /** Directives naming files it writes after the drop. */
  readonly files: readonly string[];
  readonly why: string;
}

const isNames = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string' && w !== '');
const KEYS = ['packages', 'user', 'defaultUser', 'files', 'why'];

function entryOf(raw: unknown, at: string): DropsPrivileges | string {
  const e = recordOf(raw, KEYS, at);
  if (typeof e === 'string') return e;
  if (!isNames(e['packages'])) return `${at}: packages must be a list of package names`;
  if (typeof e['user'] !== 'string' || e['user'] === '') return `${at}: user must name a directive`;
  if (e['defaultUser'] !== undefined && (typeof e['defaultUser'] !== 'string' || e['defaultUser'] === '')) return `${at}: defaultUser must be a user name`;
  if (!isNames(e['files'])) return `${at}: files must be a list of directives`;
  if (typeof e['why'] !== 'string' || e['why'] === '') return `${at}: why must say where the order is documented`;
  return {
    packages: e['packages'],
    user: e['user'],
    ...(typeof e['defaultUser'] === 'string' ? { defaultUser: e['defaultUser'] } : {}),
    files: e['files'],
    why: e['why'],
  };
}

/** Reads and checks the entries; a broken entry is left out and named in `errors`. */
export function loadDropsPrivileges(dir: string = defaultCatalogDir()): { entries: DropsPrivileges[]; errors: string[] } {
  return loadCatalogList(join(dir, 'directives', 'drops-privileges.yaml'), entryOf);
}

let once: DropsPrivileges[] | undefined;

/** The catalog's entries, read once per process. */
export function dropsPrivilegesOfCatalog(): DropsPrivileges[] {
  return (once ??= loadDropsPrivileges().entries);
}
