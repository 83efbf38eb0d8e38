/**
 * The inputs of a batch: each path the user named is an input when it is a
 * cookbook, a chef-repo or a Policyfile; any other folder is searched for
 * them, so `decant convert ~/cookbooks` converts every cookbook below it,
 * each one on its own.
 */
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { error } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { looksLikeCookbook } from '../load/cookbook-files.js';
import { REPO_MARKERS } from '../load/load-workspace.js';
import { byteOrder, isDir, isFile, listDir } from '../load/list-files.js';

export interface BatchInput {
  /** Absolute path: a cookbook or chef-repo folder, or a Policyfile.rb. */
  readonly abs: string;
  /** Relative to the inputs' common folder, `/` separators: the input's name and its output folder. */
  readonly rel: string;
}

/** Deep enough for `repo/site-cookbooks/x`, `org/team/cookbooks/x`; shallow enough not to walk a home folder. */
const MAX_DEPTH = 4;

function isRepo(dir: string): boolean {
  return REPO_MARKERS.some((m) => isDir(join(dir, m))) || isFile(join(dir, 'Policyfile.rb'));
}

function search(dir: string, depth: number, out: string[]): void {
  if (looksLikeCookbook(dir) || isRepo(dir)) {
    out.push(dir);
    return;
  }
  if (depth >= MAX_DEPTH) return;
  for (const e of listDir(dir)) {
    if (e.name.startsWith('.') || e.name === 'node_modules' || !e.isDirectory()) continue;
    search(join(dir, e.name), depth + 1, out);
  }
}

/** The deepest folder holding every path (for one input, the folder it is in). */
export function commonRoot(paths: readonly string[]): string {
  if (paths.length === 0) return resolve('.');
  if (paths.length === 1) return dirname(paths[0]!);
  let parts = paths[0]!.split(sep);
  for (const p of paths.slice(1)) {
    const q = p.split(sep);
    let i = 0;
    while (i < parts.length && i < q.length && parts[i] === q[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}

export function findInputs(paths: readonly string[]): { inputs: BatchInput[]; root: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const found = new Set<string>();
  for (const p of paths) {
    const abs = resolve(p);
    if (isFile(abs) && basename(abs) === 'Policyfile.rb') {
      found.add(abs);
      continue;
    }
    if (!isDir(abs)) {
      diagnostics.push(error('DEC0201', `${p}: no such folder`));
      continue;
    }
    const here: string[] = [];
    search(abs, 0, here);
    if (here.length === 0) {
      diagnostics.push(error('DEC0201', `${p}: no cookbook, chef-repo or Policyfile found in it`, undefined, 'a cookbook has metadata.rb (or recipes/); a chef-repo has cookbooks/, roles/ or a Policyfile.rb'));
    }
    for (const h of here) found.add(h);
  }
  const all = [...found];
  // An input inside another one (a cookbook inside a named chef-repo) is converted as part of it.
  const outer = all.filter((a) => !all.some((b) => b !== a && a.startsWith(b + sep)));
  const root = commonRoot(outer.map((a) => (isFile(a) ? dirname(a) : a)));
  const inputs = outer
    .map((abs) => ({ abs, rel: relative(root, abs).split(sep).join('/') || basename(abs) }))
    .sort((a, b) => byteOrder(a.rel, b.rel));
  return { inputs, root, diagnostics };
}
