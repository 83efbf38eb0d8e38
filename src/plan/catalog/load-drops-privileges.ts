/**
 * catalog/directives/drops-privileges.yaml: daemons that drop privileges to a
 * user their config names and then write files their config names. Data, not
 * code: a new daemon is a new entry, never a branch on its name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultCatalogDir } from './load-catalog.js';

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

/** Reads and checks the entries; a broken entry is left out and named in `errors`. */
export function loadDropsPrivileges(dir: string = defaultCatalogDir()): { entries: DropsPrivileges[]; errors: string[] } {
  const file = join(dir, 'directives', 'drops-privileges.yaml');
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { entries: [], errors: [`${file}: ${(e as Error).message}`] };
  }
  if (!Array.isArray(doc)) return { entries: [], errors: [`${file}: a list of daemons is expected`] };
  const entries: DropsPrivileges[] = [];
  const errors: string[] = [];
  doc.forEach((raw: unknown, i) => {
    const at = `${file}: entry ${i + 1}`;
    if (raw === null || typeof raw !== 'object') return void errors.push(`${at}: not a mapping`);
    const e = raw as Record<string, unknown>;
    const unknownKeys = Object.keys(e).filter((k) => !KEYS.includes(k));
    if (unknownKeys.length) return void errors.push(`${at}: unknown keys ${unknownKeys.join(', ')}`);
    if (!isNames(e['packages'])) return void errors.push(`${at}: packages must be a list of package names`);
    if (typeof e['user'] !== 'string' || e['user'] === '') return void errors.push(`${at}: user must name a directive`);
    if (e['defaultUser'] !== undefined && (typeof e['defaultUser'] !== 'string' || e['defaultUser'] === '')) return void errors.push(`${at}: defaultUser must be a user name`);
    if (!isNames(e['files'])) return void errors.push(`${at}: files must be a list of directives`);
    if (typeof e['why'] !== 'string' || e['why'] === '') return void errors.push(`${at}: why must say where the order is documented`);
    entries.push({
      packages: e['packages'],
      user: e['user'],
      ...(typeof e['defaultUser'] === 'string' ? { defaultUser: e['defaultUser'] } : {}),
      files: e['files'],
      why: e['why'],
    });
  });
  return { entries, errors };
}

let once: DropsPrivileges[] | undefined;

/** The catalog's entries, read once per process. */
export function dropsPrivilegesOfCatalog(): DropsPrivileges[] {
  return (once ??= loadDropsPrivileges().entries);
}
