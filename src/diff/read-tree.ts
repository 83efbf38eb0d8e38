/**
 * One side of a diff, read from disk once: a conversion's output folder
 * (every file), or a report.json alone (the diff then compares what the
 * reports say). The rest of src/diff works on this value, never on disk.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byteOrder } from '../load/list-files.js';
import { MARKER } from '../emit/write-output.js';

export interface OutputTree {
  readonly label: string;
  readonly kind: 'folder' | 'report';
  /** Relative path with '/' → bytes. */
  readonly files: ReadonlyMap<string, Buffer>;
}

/** Not part of a conversion's output: decant's list of what it wrote, and verify's results. */
const NOT_OUTPUT = new Set([MARKER, 'verify.json']);

function walk(root: string, rel: string, into: Map<string, Buffer>): void {
  for (const e of readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => byteOrder(a.name, b.name))) {
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(root, path, into);
    else if (e.isFile() && !NOT_OUTPUT.has(e.name)) into.set(path, readFileSync(join(root, path)));
  }
}

/** A folder, a report.json, or why it is neither (the caller exits 2). */
export function readTree(path: string, label = path): OutputTree | { error: string } {
  let st;
  try {
    st = lstatSync(path);
  } catch (e) {
    return { error: `${label}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const files = new Map<string, Buffer>();
  try {
    if (st.isDirectory()) walk(path, '', files);
    else files.set('report.json', readFileSync(path));
  } catch (e) {
    return { error: `${label}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const report = files.get('report.json');
  if (!report) return { error: `${label}: no report.json: not a decant conversion` };
  try {
    const parsed: unknown = JSON.parse(report.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || !(Array.isArray((parsed as { apps?: unknown }).apps) || Array.isArray((parsed as { inputs?: unknown }).inputs))) {
      return { error: `${label}: report.json has neither apps nor inputs: not a decant report` };
    }
  } catch (e) {
    return { error: `${label}: report.json is not JSON (${(e as Error).message})` };
  }
  return { label, kind: st.isDirectory() ? 'folder' : 'report', files };
}
