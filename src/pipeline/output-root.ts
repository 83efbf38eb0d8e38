/**
 * OUT of a batch: one folder per input (each written atomically by
 * writeOutput, with its own marker), report.json beside them, and a marker
 * listing every file, so the next batch knows OUT is decant's and removes
 * what an input no longer in the batch left behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { foreignFiles, MARKER } from '../emit/write-output.js';

export function listedFiles(out: string): Set<string> {
  try {
    return new Set(readFileSync(join(out, MARKER), 'utf8').split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

function walk(dir: string, root: string, into: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, root, into);
    else into.push(relative(root, p).split(sep).join('/'));
  }
}

/** Files in OUT no decant run wrote; refused unless --force, as for one input. */
export function foreignInOut(out: string): string[] {
  return existsSync(out) ? foreignFiles(out) : [];
}

function pruneEmptyDirs(out: string, file: string): void {
  let dir = dirname(join(out, file));
  while (dir.startsWith(out + sep)) {
    try {
      if (readdirSync(dir).length) return;
      rmdirSync(dir);
    } catch {
      return;
    }
    dir = dirname(dir);
  }
}

/** Writes report.json and the marker; removes what the previous batch wrote and this one did not. */
export function finishOut(out: string, inputFolders: readonly string[], reportText: string, previous: ReadonlySet<string>): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'report.json'), reportText);
  const now: string[] = ['report.json'];
  for (const rel of inputFolders) walk(join(out, rel), out, now);
  const keep = new Set(now);
  for (const f of [...previous].sort()) {
    if (keep.has(f) || f === MARKER) continue;
    const p = join(out, f);
    try {
      if (statSync(p).isFile()) rmSync(p);
    } catch {
      continue;
    }
    pruneEmptyDirs(out, f);
  }
  writeFileSync(join(out, MARKER), now.sort().join('\n') + '\n');
}
