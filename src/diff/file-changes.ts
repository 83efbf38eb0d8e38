/**
 * The files under one folder of each tree, compared byte for byte: added,
 * removed or changed, with a unified diff when both sides are text.
 */
import type { FileChange, Origin } from './diff-types.js';
import { unifiedDiff } from './line-diff.js';

/** Files under `prefix` ('' for all), relative to it. */
export function filesUnder(files: ReadonlyMap<string, Buffer>, prefix: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const [path, bytes] of files) if (prefix === '' || path.startsWith(prefix)) out.set(path.slice(prefix.length), bytes);
  return out;
}

export function isText(bytes: Buffer): boolean {
  return !bytes.includes(0) && Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
}

export function textDiff(path: string, a: Buffer, b: Buffer): string | null {
  return isText(a) && isText(b) ? unifiedDiff(a.toString('utf8'), b.toString('utf8'), `old/${path}`, `new/${path}`) : null;
}

export interface Placement {
  readonly target: string;
  readonly origins: readonly Origin[];
}

export function fileChanges(
  a: ReadonlyMap<string, Buffer>,
  b: ReadonlyMap<string, Buffer>,
  options: { skip?: (path: string) => boolean; placement?: (path: string) => Placement | undefined; withDiff?: (path: string) => boolean } = {},
): FileChange[] {
  const out: FileChange[] = [];
  for (const path of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    if (options.skip?.(path)) continue;
    const x = a.get(path);
    const y = b.get(path);
    if (x && y && x.equals(y)) continue;
    const placed = options.placement?.(path);
    const withDiff = options.withDiff?.(path) ?? true;
    out.push({
      path,
      status: !x ? 'added' : !y ? 'removed' : 'changed',
      target: placed?.target ?? null,
      origins: placed?.origins ?? [],
      diff: x && y && withDiff ? textDiff(path, x, y) : null,
      binary: [x, y].some((v) => v !== undefined && !isText(v)),
    });
  }
  return out;
}
