/**
 * The structure of src/ (issue 12), checked with the rest of the suite so a
 * break counts as a failed test: the import rules of .dependency-cruiser.cjs
 * (the same check as `npm run lint:imports`), and no source file over 500
 * lines. Nothing is exempt: a file or a cycle still being split fails here
 * until it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cruise, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const MAX_LINES = 500;

function describeViolation(v: IViolation): string {
  const via = v.cycle?.length ? ` (cycle: ${[v.from, ...v.cycle.map((c) => (typeof c === 'string' ? c : c.name))].join(' → ')})` : '';
  return `${v.rule.name}: ${v.from} → ${v.to}${via}`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('structure of src/', () => {
  it('follows the import rules of .dependency-cruiser.cjs', async () => {
    const options = await extractDepcruiseOptions(join(repo, '.dependency-cruiser.cjs'));
    const result = await cruise(['src'], { ...options, baseDir: repo }, undefined, { tsConfig: extractTSConfig(join(repo, 'tsconfig.json')) });
    const output = result.output;
    if (typeof output === 'string') throw new Error('dependency-cruiser returned a report, not a cruise result');
    expect(output.summary.totalCruised).toBeGreaterThan(100);
    expect(output.summary.violations.filter((v) => v.rule.severity === 'error').map(describeViolation)).toEqual([]);
  }, 120_000);

  it(`has no file over ${MAX_LINES} lines`, () => {
    const over = filesUnder(join(repo, 'src'))
      .map((f) => ({ file: relative(repo, f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(over).toEqual([]);
  });
});
