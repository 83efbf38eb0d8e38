/** withFactsBudget: a source slower than the budget is abandoned (its signal aborted) and answers with the cause. */
import { describe, expect, it } from 'vitest';
import { budgetReason, withFactsBudget } from '../../src/pipeline/facts-budget.js';
import type { FactsAnswer, PackageFactsSource } from '../../src/pipeline/package-facts-source.js';
import { createFactsView } from '../../src/facts/facts-view.js';
import type { PackageResolution } from '../../src/model/package-facts.js';

const resolution: PackageResolution = { platform: 'debian-12', repositories: 'x', architecture: 'amd64', requests: [{ name: 'jq' }], packages: [], missing: [], missingVersions: [], basePackages: [], mergedUsr: true };
const answered: FactsAnswer = { ok: true, view: createFactsView(resolution, []) };

/** A source that answers after `ms`, or, aborted first, never; it records what its signals saw. */
function slowSource(ms: number) {
  const seen: { aborted: boolean; calls: number } = { aborted: false, calls: 0 };
  const wait = (signal?: AbortSignal) =>
    new Promise<void>((resolve) => {
      seen.calls++;
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        seen.aborted = true;
        clearTimeout(timer);
      });
    });
  const source: PackageFactsSource = {
    resolve: async (_p, _r, _repos, signal) => (await wait(signal), answered),
    observe: async (_p, _r, _repos, _pk, signal) => (await wait(signal), { ok: true, observed: [] }),
  };
  return { source, seen };
}

describe('withFactsBudget', () => {
  it('answers with the cause when the budget runs out, and aborts the work it waited for', async () => {
    const { source, seen } = slowSource(10_000);
    let signalled: AbortSignal | undefined;
    const budgeted = withFactsBudget(source, 0.05, (s) => (signalled = s));
    const t0 = Date.now();
    const answer = await budgeted.resolve('debian-12', [{ name: 'jq' }]);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(answer).toEqual({ ok: false, reason: budgetReason('debian-12', 0.05), cause: 'not gathered within 0.05 s' });
    expect(answer.ok ? '' : answer.reason).toMatch(/^package facts for debian-12 were not gathered within 0\.05 s \(--facts-timeout\); .*`decant convert`.*--facts-timeout 0/);
    expect(signalled?.aborted).toBe(true);
    expect(seen.aborted).toBe(true);
  });

  it('once spent, later questions are answered with the cause without asking the source', async () => {
    const { source, seen } = slowSource(10_000);
    const budgeted = withFactsBudget(source, 0.05);
    await budgeted.resolve('debian-12', []);
    const observed = await budgeted.observe!('debian-12', [], [], []);
    expect(observed).toMatchObject({ ok: false, reason: budgetReason('debian-12', 0.05, true) });
    expect(seen.calls).toBe(1);
  });

  it('a source within the budget answers as itself, its signal never aborted', async () => {
    const { source, seen } = slowSource(5);
    expect(await withFactsBudget(source, 5).resolve('debian-12', [])).toBe(answered);
    expect(seen.aborted).toBe(false);
  });

  it('no budget (undefined or 0) is the source itself', () => {
    const { source } = slowSource(5);
    expect(withFactsBudget(source, undefined)).toBe(source);
    expect(withFactsBudget(source, 0)).toBe(source);
  });
});
