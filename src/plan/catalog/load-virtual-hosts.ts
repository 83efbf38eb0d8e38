/**
 * catalog/exposure/virtual-hosts.yaml: which config directives name a
 * virtual host's public names and its port, per config format. Data, so a
 * web server decant was not taught is one entry, not code.
 */
import { join } from 'node:path';
import { defaultCatalogDir } from './load-catalog.js';
import { loadCatalogList, patternErrors, recordOf, stringListErrors } from './yaml-record.js';

export interface VirtualHostSyntax {
  readonly format: string;
  /** Regular expressions over absolute paths: the files written in this format. */
  readonly files: readonly string[];
  /** Captures the names a directive lists (space separated). */
  readonly names: string;
  /** Captures the port the virtual host listens on. */
  readonly listen: string;
  readonly why: string;
}

const KEYS = ['format', 'files', 'names', 'listen', 'why'];

function entryOf(raw: unknown, at: string): VirtualHostSyntax | string {
  const e = recordOf(raw, KEYS, at);
  if (typeof e === 'string') return e;
  if (typeof e['format'] !== 'string' || typeof e['why'] !== 'string' || typeof e['names'] !== 'string' || typeof e['listen'] !== 'string') {
    return `${at}: format, names, listen and why must be text`;
  }
  const bad = [...stringListErrors(e['files'], `${at}: files`), ...patternErrors([e['names'], e['listen'], ...(e['files'] as string[])], at)];
  if (bad.length) return bad.join('; ');
  return { format: e['format'], files: e['files'] as string[], names: e['names'], listen: e['listen'], why: e['why'] };
}

export function loadVirtualHosts(dir: string = defaultCatalogDir()): { syntaxes: VirtualHostSyntax[]; errors: string[] } {
  const { entries, errors } = loadCatalogList(join(dir, 'exposure', 'virtual-hosts.yaml'), entryOf);
  return { syntaxes: entries, errors };
}

let once: VirtualHostSyntax[] | undefined;

/** The project's own table, read once (test/plan/exposure keeps it free of errors). */
export function defaultVirtualHosts(): readonly VirtualHostSyntax[] {
  return (once ??= loadVirtualHosts().syntaxes);
}
