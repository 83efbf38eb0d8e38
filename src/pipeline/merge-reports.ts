/**
 * Joins the report.json files of several shards into the report one run
 * over all their inputs would have written. An input in two reports is
 * kept once when both say the same, and refused when they differ (two
 * shards of different runs mixed up).
 */
import { error } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { batchReport, type BatchReport } from './batch-report.js';
import type { InputReport } from './input-outcome.js';

export function parseBatchReport(text: string, name: string): BatchReport | Diagnostic {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return error('DEC0903', `${name}: not JSON (${(e as Error).message})`);
  }
  const r = v as Partial<BatchReport> | null;
  if (!r || typeof r !== 'object' || r.batch !== 1 || !Array.isArray(r.inputs)) {
    return error('DEC0903', `${name}: not the report.json of a batch conversion (no "batch": 1 and "inputs")`, undefined, 'merge the report.json at the top of each shard\'s OUT');
  }
  for (const i of r.inputs) {
    if (!i || typeof i !== 'object' || typeof (i as InputReport).input !== 'string') return error('DEC0903', `${name}: an input entry has no "input" path`);
  }
  return r as BatchReport;
}

export function mergeReports(reports: readonly { name: string; report: BatchReport }[]): { report: BatchReport; diagnostics: Diagnostic[] } {
  const byInput = new Map<string, { from: string; entry: InputReport; text: string }>();
  const diagnostics: Diagnostic[] = [];
  for (const { name, report } of reports) {
    for (const entry of report.inputs) {
      const text = JSON.stringify(entry);
      const seen = byInput.get(entry.input);
      if (!seen) byInput.set(entry.input, { from: name, entry, text });
      else if (seen.text !== text) diagnostics.push(error('DEC0903', `input ${entry.input} is in ${seen.from} and ${name} with different results; kept the one in ${seen.from}`, undefined, 'merge the shards of one run'));
    }
  }
  // Shards of one run were asked the same way; the merged report keeps that record for `decant ci`.
  const asked = reports.filter((r) => r.report.convert !== undefined);
  const convert = asked[0]?.report.convert;
  for (const r of asked.slice(1)) {
    if (JSON.stringify(r.report.convert) !== JSON.stringify(convert)) diagnostics.push(error('DEC0903', `${r.name} was converted with other inputs or flags than ${asked[0]!.name} ("convert" differs); kept the one in ${asked[0]!.name}`, undefined, 'merge the shards of one run'));
  }
  const report = batchReport([...byInput.values()].map((v) => v.entry));
  return { report: convert ? { ...report, convert } : report, diagnostics };
}
