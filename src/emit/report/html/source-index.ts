/**
 * The cookbook files the page shows: only those something on it points at
 * (a resource, a diagnostic, a unit's service, a rendered template), each
 * once however many apps read it, highlighted, in a stable order.
 */
import type { App } from '../../../model/plan.js';
import type { SourceLocation } from '../../../model/source.js';
import { sourceFile } from '../source-file.js';
import { highlightLines, languageOf } from './highlight.js';
import type { Html } from './html.js';

export interface PageSource {
  /** `s1`, `s2` …: ids in the order of `name`, so the page is the same wherever the input lives. */
  readonly id: string;
  /** `cookbook/file`, as report.json names it. */
  readonly name: string;
  /** Highlighted lines; undefined when the file could not be read. */
  readonly lines?: readonly Html[];
}

export interface SourceIndex {
  readonly files: readonly PageSource[];
  /** The file an app's location names (`cookbook/file`), when the page holds it. */
  find(app: string, file: string): PageSource | undefined;
}

/** Reads the cookbook file a location names; undefined when it cannot be read or is not text. */
export type ReadSource = (loc: SourceLocation) => string | undefined;

/** Every place in the cookbooks an app's page section points at. */
export function referencedLocations(app: App): SourceLocation[] {
  const out: SourceLocation[] = [];
  for (const d of app.decisions) out.push(d.source);
  for (const d of app.diagnostics) if (d.location) out.push(d.location);
  for (const u of app.units) {
    if (u.origin) out.push(u.origin.source);
    for (const f of u.files) if (f.content.kind === 'rendered' && f.content.template) out.push(f.content.template);
  }
  return out;
}

export function sourceIndex(apps: readonly App[], read: ReadSource | undefined, redact: (text: string) => string): SourceIndex {
  // Keyed by absolute path: two inputs of one convert may both hold `web/recipes/default.rb`.
  const perApp = new Map<string, Map<string, string>>();
  const names = new Map<string, string>();
  const locations = new Map<string, SourceLocation>();
  for (const app of apps) {
    const own = new Map<string, string>();
    for (const loc of referencedLocations(app)) {
      if (loc.path === undefined || own.has(sourceFile(loc))) continue;
      own.set(sourceFile(loc), loc.path);
      if (!names.has(loc.path)) {
        names.set(loc.path, sourceFile(loc));
        locations.set(loc.path, loc);
      }
    }
    perApp.set(app.name, own);
  }
  const ordered = [...names].sort(([pa, a], [pb, b]) => (a < b ? -1 : a > b ? 1 : pa < pb ? -1 : pa > pb ? 1 : 0));
  const byPath = new Map<string, PageSource>();
  ordered.forEach(([path, name], i) => {
    const text = read?.(locations.get(path)!);
    // Secret values are taken out before highlighting: a span boundary must not split one and let it through.
    byPath.set(path, { id: `s${i + 1}`, name, ...(text !== undefined ? { lines: highlightLines(redact(text), languageOf(name)) } : {}) });
  });
  return {
    files: ordered.map(([path]) => byPath.get(path)!),
    find: (app, file) => {
      const path = perApp.get(app)?.get(file);
      return path === undefined ? undefined : byPath.get(path);
    },
  };
}
