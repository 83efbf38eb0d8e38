/**
 * Reviewed goldens: `decant inspect --json` of each fixture, and the
 * diagnostics of each _errors_ case. The expected files are written after a
 * person reviewed them (`vitest -u`), so a case without one fails rather than
 * being recorded blind.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/chef/evaluate.js';
import { inspectJson } from '../../src/pipeline/inspect-json.js';
import { defaultRunList } from '../../src/pipeline/run-list-flag.js';
import { compareDiagnostics, formatDiagnostic } from '../../src/diagnostics/format.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { discoverCases, expectReviewed } from '../support/fixtures.js';
import { checkCaseSpec, type CaseSpec } from './cases.js';

async function inspectCase(dir: string, spec: CaseSpec): Promise<{ json: string; diagnostics: Diagnostic[] }> {
  const ws = await loadWorkspace([join(dir, spec.input)], { cookbookPaths: [] });
  const runList = spec.runList ?? defaultRunList(ws);
  const converge = await evaluate(ws, { runList, platform: spec.platform, environment: spec.environment });
  return {
    json: JSON.stringify(inspectJson(converge, ws.diagnostics), null, 2) + '\n',
    diagnostics: [...ws.diagnostics, ...converge.diagnostics],
  };
}

/** Compiler-style lines without code frames or absolute paths, so the file is the same on every machine. */
function diagnosticsText(diagnostics: readonly Diagnostic[]): string {
  const display = (d: Diagnostic) => (d.location?.cookbook ? `${d.location.cookbook}/${d.location.file}` : (d.location?.file ?? ''));
  return [...diagnostics].sort(compareDiagnostics).map((d) => formatDiagnostic(d, { displayPath: display })).join('\n') + '\n';
}

for (const c of discoverCases()) {
  if (checkCaseSpec(c.raw, c.dir, c.isError).length) continue; // case-json.test.ts reports it
  const spec = c.raw as CaseSpec;
  const expectedFile = join(c.dir, 'expected', c.isError ? 'diagnostics.txt' : 'inspect.json');

  describe(`inspect: ${c.name}`, () => {
    it(`matches expected/${c.isError ? 'diagnostics.txt' : 'inspect.json'}`, async () => {
      expectReviewed(expectedFile);
      const got = await inspectCase(c.dir, spec);
      await expect(c.isError ? diagnosticsText(got.diagnostics) : got.json).toMatchFileSnapshot(expectedFile);
    });

    it('gives the same bytes twice', async () => {
      const a = await inspectCase(c.dir, spec);
      const b = await inspectCase(c.dir, spec);
      expect(b.json).toBe(a.json);
    }, 120_000); // budget cases run two step budgets to exhaustion each time: seconds, more on a loaded machine
  });
}
