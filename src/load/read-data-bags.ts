/**
 * A folder of data bags as Chef reads one: each subfolder a bag, each `ID.json` in it an item (read-data-bag-item.ts).
 * The chef-repo's data_bags/ and a Test Kitchen data_bags_path are read alike; a file that cannot be read or is not
 * an item is a diagnostic and the rest loads.
 */
import { basename, join } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DataBagItem } from '../model/workspace.js';
import { isDir, listDir, listFilesShallow } from './list-files.js';
import { readDataBagItem } from './read-data-bag-item.js';
import { isDiagnostic, readContained } from './read-source.js';

export type DataBags = Map<string, Map<string, DataBagItem>>;

/** The bags under `root/rel` (rel relative to root, which reads are confined to), by name; items by id. */
export function readDataBagFolder(root: string, rel: string, what: string): { bags: DataBags; diagnostics: Diagnostic[] } {
  const bags: DataBags = new Map();
  const diagnostics: Diagnostic[] = [];
  const dir = join(root, rel);
  for (const bag of listDir(dir)) {
    if (bag.name.startsWith('.') || !isDir(join(dir, bag.name))) continue;
    const items = new Map<string, DataBagItem>();
    for (const file of listFilesShallow(join(dir, bag.name), `${rel}/${bag.name}`, ['.json'])) {
      const src = readContained(root, file, { what });
      if (isDiagnostic(src)) {
        diagnostics.push({ ...src, code: src.code === 'DEC0403' ? 'DEC0204' : src.code });
        continue;
      }
      const r = readDataBagItem(src, bag.name, basename(file, '.json'));
      diagnostics.push(...r.diagnostics);
      if (r.item && !items.has(r.item.id)) items.set(r.item.id, r.item);
    }
    bags.set(bag.name, items);
  }
  return { bags, diagnostics };
}
