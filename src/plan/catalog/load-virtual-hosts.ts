/**
 * catalog/exposure/virtual-hosts.yaml: which config directives name a
 * virtual host's public names and its port, per config format. Data, so a
 * web server decant was not taught is one entry, not code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultCatalogDir } from './load-catalog.js';
import { patternErrors, recordOf, stringListErrors } from './yaml-record.js';

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
  const file = join(dir, 'exposure', 'virtual-hosts.yaml');
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { syntaxes: [], errors: [`${file}: ${(e as Error).message}`] };
  }
  if (!Array.isArray(doc)) return { syntaxes: [], errors: [`${file}: a list is expected`] };
  const syntaxes: VirtualHostSyntax[] = [];
  const errors: string[] = [];
  doc.forEach((raw: unknown, i) => {
    const r = entryOf(raw, `${file}: entry ${i + 1}`);
    if (typeof r === 'string') errors.push(r);
    else syntaxes.push(r);
  });
  return { syntaxes, errors };
}

let once: VirtualHostSyntax[] | undefined;

/** The project's own table, read once (test/plan/exposure keeps it free of errors). */
export function defaultVirtualHosts(): readonly VirtualHostSyntax[] {
  return (once ??= loadVirtualHosts().syntaxes);
}
