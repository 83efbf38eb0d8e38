/**
 * A cookbook's kitchen.yml (or .kitchen.yml, the name older Kitchen read):
 * its suites' run lists and node attributes. Kitchen renders the file as ERB
 * before reading the YAML; the ERB found in real files reads ENV for driver
 * settings, so its tags are blanked (a suite's attributes that needed one
 * would be left as they are, and then be visibly wrong in YAML terms). YAML
 * aliases (`*default_attributes`) are resolved as Kitchen's YAML would.
 */
import { existsSync } from 'node:fs';
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import { warning } from '../diagnostics/create.js';
import type { Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Cookbook, KitchenSuite } from '../model/workspace.js';
import { readCookbookFile } from './read-source.js';
import { join } from 'node:path';

export const KITCHEN_FILES = ['kitchen.yml', '.kitchen.yml'] as const;

function isData(v: unknown): v is Data {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v) || Array.isArray(v) || typeof v === 'object';
}

export function readKitchenSuites(cookbook: Cookbook): { suites: KitchenSuite[]; diagnostics: Diagnostic[] } {
  const name = KITCHEN_FILES.find((f) => existsSync(join(cookbook.root, f)));
  if (!name) return { suites: [], diagnostics: [] };
  const src = readCookbookFile(cookbook, name);
  if (!('text' in src)) return { suites: [], diagnostics: [warning('DEC0208', `${name} of cookbook ${cookbook.name}: ${src.message}`, src.location)] };
  const at = (line: number, column = 1) => ({ file: src.ref.file, line, column, ...(src.ref.cookbook ? { cookbook: src.ref.cookbook } : {}), ...(src.ref.path ? { path: src.ref.path } : {}) });
  // Blank ERB tags keeping every line where it was, so locations stay true.
  const text = src.text.replace(/<%[\s\S]*?%>/g, (tag) => tag.replace(/[^\n]/g, ' '));
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false, merge: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = lc.linePos(e.pos[0]);
    return { suites: [], diagnostics: [warning('DEC0208', `${name} of cookbook ${cookbook.name} is not valid YAML: ${e.message.split('\n')[0]}`, at(pos.line, pos.col))] };
  }
  const suitesNode = doc.get('suites', true) as Node | undefined;
  if (!isSeq(suitesNode)) return { suites: [], diagnostics: [] };
  const suites: KitchenSuite[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const item of suitesNode.items) {
    if (!isMap(item)) continue;
    const json = item.toJS(doc, { maxAliasCount: 1000 }) as Record<string, unknown>;
    const line = lc.linePos(item.range?.[0] ?? 0).line;
    if (typeof json['name'] !== 'string') continue;
    const runList = Array.isArray(json['run_list']) ? json['run_list'].filter((r): r is string => typeof r === 'string') : [];
    const attrs = json['attributes'];
    if (attrs !== undefined && attrs !== null && (typeof attrs !== 'object' || Array.isArray(attrs))) {
      diagnostics.push(warning('DEC0208', `suite ${json['name']} of ${name}: attributes is not a mapping; ignored`, at(line)));
      continue;
    }
    const attributes: Record<string, Data> = {};
    for (const [k, v] of Object.entries((attrs ?? {}) as Record<string, unknown>)) if (isData(v)) attributes[k] = v;
    suites.push({ name: json['name'], runList, attributes, location: at(line) });
  }
  return { suites, diagnostics };
}
