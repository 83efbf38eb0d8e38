/**
 * catalog/logs/request-options.yaml: the options daemons document that make
 * them write a line per request or connection to their output, keyed by
 * binary. Data, so a daemon decant was not taught is one entry, not code.
 */
import { join } from 'node:path';
import type { RequestAsk, RequestTrace } from '../../model/unit-logs.js';
import { defaultCatalogDir } from './load-catalog.js';
import { loadCatalogList, recordOf, stringListErrors } from './yaml-record.js';

export interface RequestOption {
  /** The file name of the command's first word. */
  readonly binary: string;
  /** For a multi-call binary, the word that must follow it. */
  readonly applet?: string;
  readonly append: readonly string[];
  /** Options that, already in the command, mean the cookbook chose the log: the rule is left out. */
  readonly unless: readonly string[];
  readonly ask: RequestAsk;
  readonly trace: RequestTrace;
  readonly why: string;
}

const KEYS = ['binary', 'applet', 'append', 'unless', 'ask', 'trace', 'why'];

function entryOf(raw: unknown, at: string): RequestOption | string {
  const e = recordOf(raw, KEYS, at);
  if (typeof e === 'string') return e;
  if (typeof e['binary'] !== 'string' || e['binary'] === '') return `${at}: binary must be a file name`;
  if (e['applet'] !== undefined && (typeof e['applet'] !== 'string' || e['applet'] === '')) return `${at}: applet must be a word`;
  if (typeof e['why'] !== 'string' || e['why'] === '') return `${at}: why must say where the option is documented`;
  if (e['ask'] !== 'http' && e['ask'] !== 'connect') return `${at}: ask must be http or connect`;
  if (e['trace'] !== 'query' && e['trace'] !== 'line') return `${at}: trace must be query or line`;
  if (e['trace'] === 'query' && e['ask'] !== 'http') return `${at}: only an HTTP request has a query string to trace`;
  const bad = [...stringListErrors(e['append'], `${at}: append`), ...(e['unless'] === undefined ? [] : stringListErrors(e['unless'], `${at}: unless`))];
  if (bad.length) return bad.join('; ');
  return {
    binary: e['binary'],
    ...(e['applet'] !== undefined ? { applet: e['applet'] as string } : {}),
    append: e['append'] as string[],
    unless: (e['unless'] as string[] | undefined) ?? [],
    ask: e['ask'],
    trace: e['trace'],
    why: e['why'],
  };
}

export function loadRequestOptions(dir: string = defaultCatalogDir()): { options: RequestOption[]; errors: string[] } {
  const { entries, errors } = loadCatalogList(join(dir, 'logs', 'request-options.yaml'), entryOf);
  return { options: entries, errors };
}

let once: RequestOption[] | undefined;

/** The project's own table, read once (test/plan/logs keeps it free of errors). */
export function defaultRequestOptions(): readonly RequestOption[] {
  return (once ??= loadRequestOptions().options);
}
