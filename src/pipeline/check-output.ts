/**
 * `decant convert --check`: the conversion is written into a scratch folder
 * beside OUT (so cookbook paths in report.json, relative to the output
 * folder's parent, come out as they would in OUT), compared with OUT, and
 * removed. OUT itself is never written.
 */
import { rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { diffConversions } from '../diff/diff-conversions.js';
import type { ConversionDiff } from '../diff/diff-types.js';
import { readTree } from '../diff/read-tree.js';

export function scratchBeside(out: string): string {
  const target = resolve(out);
  return join(dirname(target), `.${basename(target)}.decant-check-${process.pid}`);
}

export type CheckResult =
  | { readonly status: 'identical' | 'different'; readonly diff: ConversionDiff }
  /** OUT is absent or holds no conversion: everything would be written. */
  | { readonly status: 'missing'; readonly reason: string }
  /** The scratch conversion could not be read back: a bug or a full disk, not a difference. */
  | { readonly status: 'unreadable'; readonly reason: string };

/** Compares OUT with the conversion written to `scratch`, then removes `scratch`. */
export function compareWithOut(out: string, scratch: string): CheckResult {
  try {
    const fresh = readTree(scratch, `${out} (as converted now)`);
    if ('error' in fresh) return { status: 'unreadable', reason: fresh.error };
    const existing = readTree(out);
    if ('error' in existing) return { status: 'missing', reason: existing.error };
    const diff = diffConversions(existing, fresh);
    return { status: diff.identical ? 'identical' : 'different', diff };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
