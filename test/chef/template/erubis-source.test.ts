import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { erubisSource } from '../../../src/chef/template/erubis-source.js';
import { oracleErubisSources } from './ruby-oracle.js';

const corpusDir = join(import.meta.dirname, 'corpus');
const names = readdirSync(corpusDir)
  .filter((n) => n.endsWith('.erb'))
  .sort();
const paths = names.map((n) => join(corpusDir, n));
const expected = oracleErubisSources(paths);

describe('erubisSource against ruby -rerubis (Erubis::Eruby#src)', () => {
  it('has the corpus the task asks for, and one oracle answer per template', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(expected.length).toBe(names.length);
  });

  it.each(names.map((name, i) => [name, i] as const))('%s is byte-identical', (name, i) => {
    const text = readFileSync(paths[i]!, 'utf8');
    const ours = Buffer.from(erubisSource(text), 'utf8');
    // Compare as text first so a failure shows a readable diff, then as bytes.
    expect(ours.toString('latin1')).toBe(expected[i]!.toString('latin1'));
    expect(ours.equals(expected[i]!)).toBe(true);
  });
});
