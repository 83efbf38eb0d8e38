/**
 * catalog/init/needs-init.yaml: daemons that must not be a container's PID 1
 * (they reap only children they forked), so their unit runs them under tini.
 * Data, not code: a new daemon is a new entry, never a branch on its name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultCatalogDir } from './load-catalog.js';

export interface NeedsInit {
  /** The daemon binary's file name. */
  readonly binary: string;
  /** Why it cannot be PID 1, for the unit's notes. */
  readonly why: string;
}

/** Reads and checks the entries; a broken entry is left out and named in `errors`. */
export function loadNeedsInit(dir: string = defaultCatalogDir()): { entries: NeedsInit[]; errors: string[] } {
  const file = join(dir, 'init', 'needs-init.yaml');
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { entries: [], errors: [`${file}: ${(e as Error).message}`] };
  }
  if (!Array.isArray(doc)) return { entries: [], errors: [`${file}: a list of daemons is expected`] };
  const entries: NeedsInit[] = [];
  const errors: string[] = [];
  doc.forEach((raw: unknown, i) => {
    const at = `${file}: entry ${i + 1}`;
    if (raw === null || typeof raw !== 'object') return void errors.push(`${at}: not a mapping`);
    const e = raw as Record<string, unknown>;
    const unknownKeys = Object.keys(e).filter((k) => !['binary', 'why'].includes(k));
    if (unknownKeys.length) return void errors.push(`${at}: unknown keys ${unknownKeys.join(', ')}`);
    if (typeof e['binary'] !== 'string' || e['binary'] === '' || e['binary'].includes('/')) return void errors.push(`${at}: binary must be a file name`);
    if (typeof e['why'] !== 'string' || e['why'] === '') return void errors.push(`${at}: why must say what the daemon does as PID 1`);
    entries.push({ binary: e['binary'], why: e['why'] });
  });
  return { entries, errors };
}

let once: NeedsInit[] | undefined;

/** The catalog's entries, read once per process. */
export function needsInitOfCatalog(): NeedsInit[] {
  return (once ??= loadNeedsInit().entries);
}
