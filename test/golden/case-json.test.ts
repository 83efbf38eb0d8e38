import { describe, expect, it } from 'vitest';
import { discoverCases } from '../support/fixtures.js';
import { checkCaseSpec, checkFact } from './cases.js';

const cases = discoverCases();

describe('fixture case.json files', () => {
  it('finds the fixture cases', () => {
    expect(cases.filter((c) => !c.isError).length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.isError).length).toBeGreaterThanOrEqual(7);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s is well-formed (known fact forms only)', (_name, c) => {
    expect(checkCaseSpec(c.raw, c.dir, c.isError)).toEqual([]);
  });

  it('refuses facts it does not know', () => {
    expect(checkFact({ resource: 'package[x]', installed: true })).toMatch(/unknown assertion/);
    expect(checkFact({ resource: 'package[x]', actions: ['install'], absent: true })).toMatch(/exactly one/);
    expect(checkFact({ color: 'blue' })).toMatch(/unknown fact form/);
    expect(checkFact({ resource: 'template[/x]', notifies: ['restart:service[x]'] })).toMatch(/timing/);
    expect(checkFact({ diagnostic: 'DEC0101', line: 3 })).toMatch(/needs a file/);
    expect(checkFact({ resource: 'service[x]', guard: 'maybe' })).toMatch(/run\|skip/);
    expect(checkFact({ resource: 'template[/x]', property: 'variables.port', equals: 1 })).toBeUndefined();
  });
});
