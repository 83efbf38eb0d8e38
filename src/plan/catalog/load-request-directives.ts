/**
 * catalog/logs/request-directives.yaml: the config directives daemons document
 * that make them write a line per request or connection, keyed by binary (or
 * a pattern for a binary named by version). The config form of
 * request-options.yaml: data, so a daemon decant was not taught is one entry.
 */
import { join } from 'node:path';
import type { RequestAsk, RequestTrace } from '../../model/unit-logs.js';
import { defaultCatalogDir } from './load-catalog.js';
import { loadCatalogList, patternErrors, recordOf, stringListErrors } from './yaml-record.js';

export type DirectiveSyntax = 'key=value' | 'key = value';

export interface RequestDirective {
  /** Matches the file name of the command's first word: the binary's name, or a declared pattern. */
  readonly binary: { readonly name: string } | { readonly pattern: RegExp };
  /** The command's options that name its config file. */
  readonly config: readonly string[];
  /** Globs relative to the config file's folder: files it includes that the directive is set in too. */
  readonly includes: readonly string[];
  /** Absent: once per file; else in each `[name]` section but those excepted. */
  readonly sections?: { readonly except: readonly string[] };
  readonly syntax: DirectiveSyntax;
  readonly key: string;
  readonly value: string;
  /** Values of the key that log no request: rewritten. Any other value is the cookbook's choice. */
  readonly quiet: readonly string[];
  readonly ask: RequestAsk;
  readonly trace: RequestTrace;
  readonly why: string;
}

const KEYS = ['binary', 'binaryPattern', 'config', 'includes', 'sections', 'syntax', 'key', 'value', 'quiet', 'ask', 'trace', 'why'];

function binaryOf(e: Record<string, unknown>, at: string): RequestDirective['binary'] | string {
  const name = e['binary'];
  const pattern = e['binaryPattern'];
  if ((name === undefined) === (pattern === undefined)) return `${at}: give binary or binaryPattern, one of them`;
  if (name !== undefined) return typeof name === 'string' && name !== '' && !name.includes('/') ? { name } : `${at}: binary must be a file name`;
  if (typeof pattern !== 'string' || pattern === '') return `${at}: binaryPattern must be a regular expression`;
  const bad = patternErrors([pattern], at);
  return bad.length ? bad.join('; ') : { pattern: new RegExp(`^(?:${pattern})$`) };
}

function sectionsOf(v: unknown, at: string): RequestDirective['sections'] | string | undefined {
  if (v === undefined) return undefined;
  const s = recordOf(v, ['named', 'except'], `${at}: sections`);
  if (typeof s === 'string') return s;
  if (s['named'] !== true) return `${at}: sections must say named: true`;
  if (s['except'] !== undefined && stringListErrors(s['except'], `${at}: sections.except`).length) return `${at}: sections.except must be a list of section names`;
  return { except: (s['except'] as string[] | undefined) ?? [] };
}

const optionalList = (v: unknown, at: string) => (v === undefined ? [] : stringListErrors(v, at));

function entryOf(raw: unknown, at: string): RequestDirective | string {
  const e = recordOf(raw, KEYS, at);
  if (typeof e === 'string') return e;
  const binary = binaryOf(e, at);
  if (typeof binary === 'string') return binary;
  const sections = sectionsOf(e['sections'], at);
  if (typeof sections === 'string') return sections;
  if (e['syntax'] !== 'key=value' && e['syntax'] !== 'key = value') return `${at}: syntax must be key=value or "key = value"`;
  if (typeof e['key'] !== 'string' || !/^[A-Za-z_][\w.-]*$/.test(e['key'])) return `${at}: key must be a directive name`;
  if (typeof e['value'] !== 'string' || e['value'] === '') return `${at}: value must be text`;
  if (typeof e['why'] !== 'string' || e['why'] === '') return `${at}: why must say where the directive is documented`;
  if (e['ask'] !== 'http' && e['ask'] !== 'connect') return `${at}: ask must be http or connect`;
  if (e['trace'] !== 'query' && e['trace'] !== 'line') return `${at}: trace must be query or line`;
  if (e['trace'] === 'query' && e['ask'] !== 'http') return `${at}: only an HTTP request has a query string to trace`;
  const bad = [...stringListErrors(e['config'], `${at}: config`), ...optionalList(e['includes'], `${at}: includes`), ...optionalList(e['quiet'], `${at}: quiet`)];
  if (bad.length) return bad.join('; ');
  const includes = (e['includes'] as string[] | undefined) ?? [];
  if (includes.some((g) => g.startsWith('/') || g.split('/').includes('..'))) return `${at}: includes are relative to the config file's folder, inside it`;
  return {
    binary,
    config: e['config'] as string[],
    includes,
    ...(sections ? { sections } : {}),
    syntax: e['syntax'],
    key: e['key'],
    value: e['value'],
    quiet: (e['quiet'] as string[] | undefined) ?? [],
    ask: e['ask'],
    trace: e['trace'],
    why: e['why'],
  };
}

export function loadRequestDirectives(dir: string = defaultCatalogDir()): { directives: RequestDirective[]; errors: string[] } {
  const { entries, errors } = loadCatalogList(join(dir, 'logs', 'request-directives.yaml'), entryOf);
  return { directives: entries, errors };
}

let once: RequestDirective[] | undefined;

/** The project's own table, read once (test/plan/logs keeps it free of errors). */
export function defaultRequestDirectives(): readonly RequestDirective[] {
  return (once ??= loadRequestDirectives().directives);
}
