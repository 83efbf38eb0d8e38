/**
 * catalog/init/needs-init.yaml: daemons that must not be a container's PID 1
 * (they reap only children they forked), so their unit runs them under tini.
 * Data, not code: a new daemon is a new entry, never a branch on its name.
 */
import { join } from 'node:path';
import { defaultCatalogDir } from './load-catalog.js';
import { loadCatalogList, recordOf } from './yaml-record.js';

export interface NeedsInit {
  /** The daemon binary's file name. */
  readonly binary: string;
  /** Why it cannot be PID 1, for the unit's notes. */
  readonly why: string;
}

function entryOf(raw: unknown, at: string): NeedsInit | string {
  const e = recordOf(raw, ['binary', 'why'], at);
  if (typeof e === 'string') return e;
  if (typeof e['binary'] !== 'string' || e['binary'] === '' || e['binary'].includes('/')) return `${at}: binary must be a file name`;
  if (typeof e['why'] !== 'string' || e['why'] === '') return `${at}: why must say what the daemon does as PID 1`;
  return { binary: e['binary'], why: e['why'] };
}

/** Reads and checks the entries; a broken entry is left out and named in `errors`. */
export function loadNeedsInit(dir: string = defaultCatalogDir()): { entries: NeedsInit[]; errors: string[] } {
  return loadCatalogList(join(dir, 'init', 'needs-init.yaml'), entryOf);
}

let once: NeedsInit[] | undefined;

/** The catalog's entries, read once per process. */
export function needsInitOfCatalog(): NeedsInit[] {
  return (once ??= loadNeedsInit().entries);
}
