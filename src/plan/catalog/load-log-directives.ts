/**
 * catalog/logs/log-directives.yaml: config directives that name a log file,
 * per config format, and which stream the file's lines belong on. Data, so a
 * daemon decant was not taught is one entry, not code.
 */
import { join } from 'node:path';
import { defaultCatalogDir } from './load-catalog.js';
import { loadCatalogList, patternErrors, recordOf, stringListErrors } from './yaml-record.js';

export interface LogDirective {
  readonly name: string;
  /** Regular expressions over absolute paths: the files the directive appears in. */
  readonly files: readonly string[];
  /** Captures the log file's path. */
  readonly pattern: string;
  readonly stream: 'stdout' | 'stderr';
  /** An access log: the service writes a line per request it serves. */
  readonly requests: boolean;
  /** `${NAME}` in a value, as the package's environment sets it for the config. */
  readonly variables: Readonly<Record<string, string>>;
}

const KEYS = ['name', 'files', 'pattern', 'stream', 'requests', 'variables'];

function entryOf(raw: unknown, at: string): LogDirective | string {
  const e = recordOf(raw, KEYS, at);
  if (typeof e === 'string') return e;
  if (typeof e['name'] !== 'string' || typeof e['pattern'] !== 'string') return `${at}: name and pattern must be text`;
  if (e['stream'] !== 'stdout' && e['stream'] !== 'stderr') return `${at}: stream must be stdout or stderr`;
  if (e['requests'] !== undefined && typeof e['requests'] !== 'boolean') return `${at}: requests must be true or false`;
  const vars = e['variables'] ?? {};
  if (vars === null || typeof vars !== 'object' || Array.isArray(vars) || !Object.values(vars).every((v) => typeof v === 'string')) {
    return `${at}: variables must map names to text`;
  }
  const bad = [...stringListErrors(e['files'], `${at}: files`), ...patternErrors([e['pattern'], ...(e['files'] as string[])], at)];
  if (bad.length) return bad.join('; ');
  return { name: e['name'], files: e['files'] as string[], pattern: e['pattern'], stream: e['stream'], requests: e['requests'] === true, variables: vars as Record<string, string> };
}

export function loadLogDirectives(dir: string = defaultCatalogDir()): { directives: LogDirective[]; errors: string[] } {
  const { entries, errors } = loadCatalogList(join(dir, 'logs', 'log-directives.yaml'), entryOf);
  return { directives: entries, errors };
}

let once: LogDirective[] | undefined;

/** The project's own table, read once (test/plan/logs keeps it free of errors). */
export function defaultLogDirectives(): readonly LogDirective[] {
  return (once ??= loadLogDirectives().directives);
}
