/**
 * `--cache DIR`: an input whose conversion would read the same bytes again is
 * not converted; its previous output is restored. Like a compiler's depfile,
 * an entry records every file the conversion read (and every file it looked
 * for and did not find), with the hash of its content; it is valid while all
 * of them hash the same and the cookbook path still resolves to the same
 * cookbooks with the same file lists (a new template or a shadowing cookbook
 * changes the result without changing any file that was read).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOutput, MARKER, type WriteResult } from '../emit/write-output.js';
import type { Workspace } from '../model/workspace.js';
import { digest } from './content-digest.js';
import type { InputReport } from './input-outcome.js';

export interface CacheEntry {
  readonly format: 1;
  readonly signature: string;
  /** Absolute path → content digest, or null when the file was looked for and missing. */
  readonly reads: Readonly<Record<string, string | null>>;
  readonly files: readonly { readonly path: string; readonly mode: number }[];
  readonly report: InputReport;
}

/** Digest of a file as the reader sees it (UTF-8 text), or null when it cannot be read. */
export function fileDigest(path: string): string | null {
  try {
    return digest(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The cookbook path as resolved: each cookbook's name, folder, metadata and
 * file list. Memoised per folder for the process (a batch run), since every
 * input of a folder of cookbooks sees all of them.
 */
export function workspaceSignature(ws: Workspace, memo: Map<string, string>): string {
  const parts: string[] = [ws.kind, ws.root, ...ws.primary];
  for (const cb of ws.cookbooks.values()) {
    let d = memo.get(cb.root);
    if (d === undefined) {
      d = digest(
        JSON.stringify(cb.files),
        String(fileDigest(join(cb.root, 'metadata.json'))),
        String(fileDigest(join(cb.root, 'metadata.rb'))),
      );
      memo.set(cb.root, d);
    }
    parts.push(cb.name, cb.root, d);
  }
  return digest(...parts);
}

function entryDir(cacheDir: string, key: string): string {
  return join(cacheDir, key.slice(0, 2), key);
}

/** The entry for `key`, when every file it read still has the same content. */
export function lookupEntry(cacheDir: string, key: string, signature: string): CacheEntry | undefined {
  let entry: CacheEntry;
  try {
    entry = JSON.parse(readFileSync(join(entryDir(cacheDir, key), 'entry.json'), 'utf8')) as CacheEntry;
  } catch {
    return undefined;
  }
  if (entry.format !== 1 || entry.signature !== signature) return undefined;
  for (const [path, d] of Object.entries(entry.reads)) if (fileDigest(path) !== d) return undefined;
  return entry;
}

/** Puts the entry's files into `outDir` the way a conversion writes them (atomically, with the marker). */
export function restoreEntry(cacheDir: string, key: string, entry: CacheEntry, outDir: string, force: boolean): WriteResult {
  const files = join(entryDir(cacheDir, key), 'files');
  return writeOutput(outDir, entry.files.map((f) => ({ path: f.path, copyFrom: join(files, f.path), mode: f.mode })), force);
}

/** Stores a converted input's output folder; written aside and renamed, so a reader never sees half an entry. */
export function storeEntry(cacheDir: string, key: string, entry: CacheEntry, outDir: string): void {
  const dir = entryDir(cacheDir, key);
  const tmp = `${dir}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(tmp, { recursive: true });
    cpSync(outDir, join(tmp, 'files'), { recursive: true, filter: (src) => !src.endsWith(`/${MARKER}`) });
    writeFileSync(join(tmp, 'entry.json'), JSON.stringify(entry));
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
