import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../src/pipeline/shard.js';

const names = Array.from({ length: 200 }, (_, i) => `cookbooks/cb-${i}`);

describe('--shard i/n', () => {
  it('puts every input in exactly one shard, spread over all of them', () => {
    const counts = [0, 0, 0, 0];
    for (const n of names) {
      const hits = [1, 2, 3, 4].filter((index) => inShard(n, { index, count: 4 }));
      expect(hits).toHaveLength(1);
      counts[hits[0]! - 1]!++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(25);
  });

  it('keeps each input in its shard when inputs are added or removed (hash of the path, not position)', () => {
    const before = new Map(names.map((n) => [n, shardOf(n, 3)]));
    const more = ['aaa/first', ...names.slice(50), 'zzz/last'];
    for (const n of more) if (before.has(n)) expect(shardOf(n, 3)).toBe(before.get(n));
  });

  it('is the same on every run and machine (a fixed hash, not a random seed)', () => {
    expect(shardOf('recipe-style/ntp', 4)).toBe(shardOf('recipe-style/ntp', 4));
    expect([1, 2, 3, 4]).toContain(shardOf('recipe-style/ntp', 4));
    expect(shardOf('anything', 1)).toBe(1);
  });

  it('parses i/n and refuses what is not', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1', '']) expect(parseShard(bad)).toHaveProperty('error');
  });
});
