/**
 * catalog/foreground/forms.yaml: how daemons whose packaged unit forks run in
 * the foreground (package-unit-command.ts). Data, not code: a new daemon is a
 * new entry, never a branch on its name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ForegroundForm } from '../package-unit-command.js';
import { defaultCatalogDir } from './load-catalog.js';

const isWords = (v: unknown): v is string[] => Array.isArray(v) && v.every((w) => typeof w === 'string');

/** Reads and checks the forms; a broken entry is left out and named in `errors`. */
export function loadForegroundForms(dir: string = defaultCatalogDir()): { forms: ForegroundForm[]; errors: string[] } {
  return loadCommandForms(join(dir, 'foreground', 'forms.yaml'));
}

/** A list of command forms keyed by binary (the foreground forms, catalog/logs/stderr-forms.yaml), checked alike. */
export function loadCommandForms(file: string): { forms: ForegroundForm[]; errors: string[] } {
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { forms: [], errors: [`${file}: ${(e as Error).message}`] };
  }
  if (!Array.isArray(doc)) return { forms: [], errors: [`${file}: a list of forms is expected`] };
  const forms: ForegroundForm[] = [];
  const errors: string[] = [];
  doc.forEach((raw: unknown, i) => {
    const at = `${file}: entry ${i + 1}`;
    if (raw === null || typeof raw !== 'object') return void errors.push(`${at}: not a mapping`);
    const e = raw as Record<string, unknown>;
    const unknownKeys = Object.keys(e).filter((k) => !['binary', 'replace', 'append', 'remove', 'why'].includes(k));
    if (unknownKeys.length) return void errors.push(`${at}: unknown keys ${unknownKeys.join(', ')}`);
    if (typeof e['binary'] !== 'string' || e['binary'] === '') return void errors.push(`${at}: binary must be a file name`);
    if (typeof e['why'] !== 'string' || e['why'] === '') return void errors.push(`${at}: why must say where the form comes from`);
    const replace = e['replace'];
    if (replace !== undefined && (replace === null || typeof replace !== 'object' || !Object.values(replace).every(isWords))) {
      return void errors.push(`${at}: replace maps a word to a list of words`);
    }
    for (const k of ['append', 'remove'] as const) if (e[k] !== undefined && !isWords(e[k])) return void errors.push(`${at}: ${k} must be a list of words`);
    if (replace === undefined && e['append'] === undefined && e['remove'] === undefined) return void errors.push(`${at}: a form edits the command (replace, append or remove)`);
    forms.push({
      binary: e['binary'],
      why: e['why'],
      ...(replace ? { replace: replace as Record<string, string[]> } : {}),
      ...(e['append'] ? { append: e['append'] as string[] } : {}),
      ...(e['remove'] ? { remove: e['remove'] as string[] } : {}),
    });
  });
  return { forms, errors };
}
