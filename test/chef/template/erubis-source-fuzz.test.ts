/**
 * Differential fuzz: templates stitched from the fragments Erubis's regexp and
 * trim rules care about, compared with ruby-erubis. Seeded, so a failure
 * reproduces; the source is compared, never evaluated, so the Ruby inside the
 * tags need not be valid.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { erubisSource } from '../../../src/chef/template/erubis-source.js';
import { oracleErubisSources } from './ruby-oracle.js';

const FRAGMENTS = [
  '<%', '%>', '-%>', '<%-', '<%=', '<%==', '<%===', '<%#', '<%%', '=%>',
  '=', '-', '%', '#', '<', '>', ' ', '  ', '\t', '\n', '\r\n', '\r',
  'x', 'if a', 'end', "'", '\\', '\\\\', '"', 'é', '#{', '$',
];
const CASES = 2000;

/** mulberry32: a small seeded generator, so the corpus is the same every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTemplate(next: () => number): string {
  const length = Math.floor(next() * 24);
  let out = '';
  for (let i = 0; i < length; i++) out += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!;
  return out;
}

const next = seeded(20240611);
const templates = Array.from({ length: CASES }, () => randomTemplate(next));
const dir = mkdtempSync(join(tmpdir(), 'decant-erubis-fuzz-'));
const paths = templates.map((t, i) => {
  const p = join(dir, `${i}.erb`);
  writeFileSync(p, t, 'utf8');
  return p;
});
const expected = oracleErubisSources(paths);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('erubisSource fuzzed against ruby-erubis', () => {
  it(`matches on ${CASES} seeded random templates`, () => {
    expect(expected.length).toBe(CASES);
    const mismatches = templates
      .map((t, i) => ({ template: t, ours: erubisSource(t), theirs: expected[i]!.toString('utf8') }))
      .filter((c) => c.ours !== c.theirs);
    expect(mismatches.slice(0, 3)).toEqual([]);
  });
});
