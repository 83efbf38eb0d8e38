/**
 * Every fixture's facts — what chef-client would do, reasoned from Chef's
 * semantics — checked against decant's reading of the fixture.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/chef/evaluate.js';
import { defaultRunList } from '../../src/pipeline/run-list-flag.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Converge } from '../../src/model/converge.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { discoverCases } from '../support/fixtures.js';
import { checkCaseSpec, type CaseSpec, type Fact } from './cases.js';
import { checkFactAgainst } from './check-facts.js';

const factLabel = (f: Fact) => JSON.stringify(f).slice(0, 160);

for (const c of discoverCases()) {
  const problems = checkCaseSpec(c.raw, c.dir, c.isError);
  describe(`facts: ${c.name}`, () => {
    if (problems.length) {
      it('case.json is well-formed', () => expect(problems).toEqual([]));
      return;
    }
    const spec = c.raw as CaseSpec;
    let converge: Converge;
    let diagnostics: Diagnostic[];

    beforeAll(async () => {
      const ws = await loadWorkspace([join(c.dir, spec.input)], { cookbookPaths: [] });
      const runList = spec.runList ?? defaultRunList(ws);
      converge = await evaluate(ws, { runList, platform: spec.platform, environment: spec.environment });
      diagnostics = [...ws.diagnostics, ...converge.diagnostics];
    });

    it.each(spec.facts.map((f) => [factLabel(f), f] as const))('%s', (_label, fact) => {
      expect(checkFactAgainst(fact, converge, diagnostics)).toBeUndefined();
    });

    if (!c.isError) {
      it('raises no error diagnostics', () => {
        const errors = diagnostics.filter((d) => d.severity === 'error');
        expect(errors.map((d) => `${d.code} ${d.location?.file}:${d.location?.line} ${d.message}`)).toEqual([]);
      });
    }
  });
}
