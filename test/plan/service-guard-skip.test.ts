/**
 * A guard on a service resource matters only when the cookbook starts that service: a wrapper that stops and
 * disables another MTA before installing its own (`service 'exim4' do action [:stop, :disable]; only_if { ::File.exist?(…) } end`)
 * skips it on a fresh image, and nothing the run list starts is missing. A guarded service the cookbook starts is.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { markNeedsInput } from '../../src/plan/needs-input.js';
import type { Guard } from '../../src/model/converge.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const skipped: Guard = { kind: 'only_if', form: 'block', outcome: 'skip', location: { file: 'recipes/default.rb', line: 3, column: 3 } };
const plan = (actions: string[]) =>
  markNeedsInput(planApp(converge([res('package', 'mta-b'), res('service', 'mta-a', { actions, guards: [skipped] })]), { name: 'app', version: '1.0.0', labels: {}, catalog }));

describe('a guard-skipped service', () => {
  it('that the cookbook only stops and disables is no missing unit', () => {
    const app = plan(['stop', 'disable']);
    expect(app.diagnostics.filter((d) => d.code === 'DEC0521')).toEqual([]);
    expect(app.decisions.find((d) => d.name === 'mta-a')?.reason).toMatch(/mta-a is not started by the cookbook \(stop, disable\)/);
  });

  it('that the cookbook starts is still an error when the app has no unit', () => {
    const app = plan(['enable', 'start']);
    expect(app.diagnostics.filter((d) => d.code === 'DEC0521').map((d) => d.message)).toEqual([expect.stringMatching(/service\[mta-a\] is in the run list but no unit runs it \(skipped by its only_if guard/)]);
  });
});
