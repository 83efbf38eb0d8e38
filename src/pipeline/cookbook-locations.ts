/**
 * Where an app's cookbooks were read from, as report.json records them, so
 * `decant verify OUT --tests` finds their integration suites without being
 * told. A path is relative to the output folder when both share their first
 * folder (a checkout holding the cookbooks and the output moves as one), and
 * absolute otherwise (a relative path climbing to / says nothing more).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Converge } from '../model/converge.js';
import type { CookbookLocations } from '../model/plan.js';
import type { Workspace } from '../model/workspace.js';

const firstFolder = (p: string) => p.split(sep).filter(Boolean)[0] ?? '';

export function locationFrom(outputDir: string, path: string): string {
  const out = resolve(outputDir);
  const abs = resolve(path);
  if (firstFolder(out) !== firstFolder(abs)) return abs;
  const rel = relative(out, abs).split(sep).join('/');
  return rel === '' ? '.' : isAbsolute(rel) ? abs : rel;
}

export function cookbookLocations(ws: Workspace, converge: Converge, outputDir: string): CookbookLocations {
  const cookbooks: Record<string, string> = {};
  const names = new Set([...converge.runList.map((r) => r.split('::')[0]!), ...converge.resources.map((r) => r.cookbook)]);
  for (const name of [...names].sort()) {
    const cb = ws.cookbooks.get(name);
    if (cb) cookbooks[name] = locationFrom(outputDir, cb.root);
  }
  return { input: locationFrom(outputDir, ws.root), cookbooks };
}
