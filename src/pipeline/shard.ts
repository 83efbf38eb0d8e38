/**
 * `--shard i/n`: input i of n by a hash of its relative path, not by its
 * position, so adding or removing an input moves no other input to another
 * shard (a CI matrix keeps its caches warm).
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): Shard | { error: string } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return { error: `--shard ${JSON.stringify(text)}: expected i/n, e.g. 1/4` };
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return { error: `--shard ${text}: i must be between 1 and n` };
  return { index, count };
}

/** Which shard (1-based) an input belongs to among `count`. */
export function shardOf(rel: string, count: number): number {
  const h = createHash('sha256').update(rel).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

export function inShard(rel: string, shard: Shard): boolean {
  return shardOf(rel, shard.count) === shard.index;
}
