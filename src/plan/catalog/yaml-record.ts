/** Checks shared by the catalog's list files (virtual hosts, log directives, default ports): each entry a mapping of known keys. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A catalog list file read entry by entry: the entries that hold, and what is wrong with the others, by file and position. */
export function loadCatalogList<T>(file: string, entryOf: (raw: unknown, at: string) => T | string): { entries: T[]; errors: string[] } {
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { entries: [], errors: [`${file}: ${(e as Error).message}`] };
  }
  if (!Array.isArray(doc)) return { entries: [], errors: [`${file}: a list is expected`] };
  const entries: T[] = [];
  const errors: string[] = [];
  doc.forEach((raw: unknown, i) => {
    const r = entryOf(raw, `${file}: entry ${i + 1}`);
    if (typeof r === 'string') errors.push(r);
    else entries.push(r);
  });
  return { entries, errors };
}

export function recordOf(raw: unknown, keys: readonly string[], at: string): Record<string, unknown> | string {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return `${at}: not a mapping`;
  const e = raw as Record<string, unknown>;
  const unknownKeys = Object.keys(e).filter((k) => !keys.includes(k));
  return unknownKeys.length ? `${at}: unknown keys ${unknownKeys.join(', ')}` : e;
}

export function stringListErrors(v: unknown, at: string): string[] {
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string') ? [] : [`${at} must be a non-empty list of text`];
}

/** Every text that must compile as a regular expression. */
export function patternErrors(patterns: readonly unknown[], at: string): string[] {
  return patterns.flatMap((p) => {
    if (typeof p !== 'string') return [];
    try {
      new RegExp(p, 'm');
      return [];
    } catch {
      return [`${at}: ${p} is not a regular expression`];
    }
  });
}
