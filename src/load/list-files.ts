/**
 * Directory listings for the loader: sorted by byte order (so the same tree
 * gives the same workspace on every machine), symlinked folders not followed
 * (a link loop cannot hang the load; files are still read through the
 * guarded reader), and bounded.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

export const MAX_LISTED_FILES = 20000;

export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entries of a folder, sorted; empty when it is missing or unreadable. */
export function listDir(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => byteOrder(a.name, b.name));
  } catch {
    return [];
  }
}

export function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Files (and symlinks to files) under `dir`, recursively, as `prefix/...` paths with `/`. */
export function listFilesRecursive(dir: string, prefix: string, limit = MAX_LISTED_FILES): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string): void => {
    for (const entry of listDir(abs)) {
      if (out.length >= limit) return;
      if (entry.name === '.git' || entry.name === '.svn') continue;
      const childAbs = join(abs, entry.name);
      const childRel = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(childAbs, childRel);
      else if (entry.isFile() || (entry.isSymbolicLink() && isFile(childAbs))) out.push(childRel);
    }
  };
  walk(dir, prefix);
  return out;
}

/** Plain files directly in `dir` whose names end in one of `extensions`. */
export function listFilesShallow(dir: string, prefix: string, extensions: readonly string[]): string[] {
  return listDir(dir)
    .filter((e) => (e.isFile() || (e.isSymbolicLink() && isFile(join(dir, e.name)))) && extensions.some((x) => e.name.endsWith(x)))
    .map((e) => `${prefix}/${e.name}`);
}
