import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Catalog } from './catalog-entry.js';
import { validateEntry } from './validate-entry.js';

/** catalog/ at the project root, found from this file so it works from src/ (tsx) and dist/ alike. */
export function defaultCatalogDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'catalog');
}

/**
 * Reads every catalog/*.yaml. A broken entry is left out and named in
 * `errors` (the catalog is our data, so the schema test keeps this empty).
 */
export function loadCatalog(dir: string = defaultCatalogDir()): { catalog: Catalog; errors: string[] } {
  const errors: string[] = [];
  const entries = [];
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch (e) {
    return { catalog: { entries: [] }, errors: [`${dir}: ${(e as Error).message}`] };
  }
  for (const f of files) {
    let doc: unknown;
    try {
      doc = parse(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      errors.push(`${f}: ${(e as Error).message}`);
      continue;
    }
    const r = validateEntry(doc, f);
    errors.push(...r.errors);
    if (r.entry) entries.push(r.entry);
  }
  return { catalog: { entries }, errors };
}
