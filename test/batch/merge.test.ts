import { describe, expect, it } from 'vitest';
import { batchReport, batchReportText } from '../../src/pipeline/batch-report.js';
import type { InputReport } from '../../src/pipeline/input-outcome.js';
import { mergeReports, parseBatchReport } from '../../src/pipeline/merge-reports.js';

function entry(input: string, resources: string[], severities: string[] = []): InputReport {
  return {
    input,
    status: 'converted',
    exitCode: 0,
    apps: [{ name: input.replace(/\W/g, '-'), units: [{ name: 'u' }], resources: resources.map((c, i) => ({ type: 'package', name: `p${i}`, class: c })), diagnostics: severities.map((severity) => ({ code: 'DEC0301', severity, message: 'm' })) }],
    notes: [],
    diagnostics: [],
  };
}

const all = [
  entry('b/web', ['image', 'config', 'workload'], ['warning']),
  entry('a/db', ['image', 'workload'], ['info', 'warning']),
  entry('c/cron', ['image', 'host']),
  { input: 'd/broken', status: 'failed', exitCode: 2, apps: [], notes: [], diagnostics: [{ code: 'DEC0207', severity: 'error', message: 'no default recipe' }] } as InputReport,
];

describe('decant report merge', () => {
  it('gives the report of one run over all inputs, whatever the order of shards and entries', () => {
    const whole = batchReportText(batchReport(all));
    const s1 = batchReport([all[2]!, all[0]!]);
    const s2 = batchReport([all[3]!, all[1]!]);
    const m1 = mergeReports([{ name: 's1', report: s1 }, { name: 's2', report: s2 }]);
    const m2 = mergeReports([{ name: 's2', report: s2 }, { name: 's1', report: s1 }]);
    expect(m1.diagnostics).toEqual([]);
    expect(batchReportText(m1.report)).toBe(whole);
    expect(batchReportText(m2.report)).toBe(whole);
  });

  it('sums the summary from the entries: apps, units, resources by class, diagnostics by severity', () => {
    const r = batchReport(all);
    expect(r.inputs.map((i) => i.input)).toEqual(['a/db', 'b/web', 'c/cron', 'd/broken']);
    expect(r.summary).toEqual({
      inputs: 4,
      byStatus: { converted: 3, failed: 1 },
      apps: 3,
      units: 3,
      resources: 7,
      resourcesByClass: { config: 1, host: 1, image: 3, workload: 2 },
      diagnosticsBySeverity: { error: 1, info: 1, warning: 2 },
    });
  });

  it('keeps an input found in two shards once when they agree, and reports when they differ', () => {
    const same = mergeReports([{ name: 'x', report: batchReport([all[0]!]) }, { name: 'y', report: batchReport([all[0]!, all[1]!]) }]);
    expect(same.diagnostics).toEqual([]);
    expect(same.report.inputs).toHaveLength(2);
    const differ = mergeReports([{ name: 'x', report: batchReport([all[0]!]) }, { name: 'y', report: batchReport([entry('b/web', ['image'])]) }]);
    expect(differ.diagnostics.map((d) => d.code)).toEqual(['DEC0903']);
    expect(differ.diagnostics[0]!.message).toMatch(/b\/web is in x and y/);
  });

  it('refuses a file that is not a batch report', () => {
    expect(parseBatchReport('{"apps": []}', 'single.json')).toMatchObject({ code: 'DEC0903' });
    expect(parseBatchReport('{', 'cut.json')).toMatchObject({ code: 'DEC0903' });
    expect(parseBatchReport(batchReportText(batchReport(all)), 'ok.json')).toHaveProperty('inputs');
  });
});

describe('the convert record through a merge', () => {
  const asked = { inputs: ['../cookbooks'], platform: 'debian-12', cookbookPaths: [], includeSecrets: false, strict: false, batch: true, facts: 'engine' as const };

  it('is kept when every shard was converted the same way, so decant ci reads it from the merged report', () => {
    const m = mergeReports([
      { name: 's1', report: { ...batchReport([all[0]!]), convert: asked } },
      { name: 's2', report: { ...batchReport([all[1]!]), convert: asked } },
    ]);
    expect(m.diagnostics).toEqual([]);
    expect(m.report.convert).toEqual(asked);
    expect(JSON.parse(batchReportText(m.report)).convert).toEqual(asked);
  });

  it('is refused when shards were converted with other flags: they are not shards of one run', () => {
    const m = mergeReports([
      { name: 's1', report: { ...batchReport([all[0]!]), convert: asked } },
      { name: 's2', report: { ...batchReport([all[1]!]), convert: { ...asked, platform: 'ubuntu-22.04' } } },
    ]);
    expect(m.diagnostics.map((d) => d.code)).toEqual(['DEC0903']);
    expect(m.diagnostics[0]!.message).toContain('"convert" differs');
  });
});
