/**
 * The batch's report.json: one entry per input, sorted by input, and a
 * summary computed from the entries alone, so a merge of shard reports
 * equals the report of one run over all the inputs.
 */
import type { ConvertInvocation } from '../model/convert-invocation.js';
import { byteOrder } from '../load/list-files.js';
import type { InputReport } from './input-outcome.js';

export interface BatchSummary {
  readonly inputs: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly apps: number;
  readonly units: number;
  readonly resources: number;
  readonly resourcesByClass: Readonly<Record<string, number>>;
  readonly diagnosticsBySeverity: Readonly<Record<string, number>>;
}

export interface BatchReport {
  readonly batch: 1;
  readonly inputs: readonly InputReport[];
  readonly summary: BatchSummary;
  /** How convert was asked (src/model/convert-invocation.ts); written by convert, kept by a merge. */
  readonly convert?: ConvertInvocation;
}

function count(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

function sortedKeys(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => byteOrder(a, b)));
}

function list(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
}

export function summarize(inputs: readonly InputReport[]): BatchSummary {
  const byStatus: Record<string, number> = {};
  const resourcesByClass: Record<string, number> = {};
  const diagnosticsBySeverity: Record<string, number> = {};
  let apps = 0;
  let units = 0;
  let resources = 0;
  for (const i of inputs) {
    count(byStatus, i.status);
    for (const d of i.diagnostics) count(diagnosticsBySeverity, String(d['severity']));
    for (const a of i.apps) {
      apps++;
      units += list(a['units']).length;
      for (const r of list(a['resources'])) {
        resources++;
        count(resourcesByClass, String(r['class']));
      }
      for (const d of list(a['diagnostics'])) count(diagnosticsBySeverity, String(d['severity']));
    }
  }
  return {
    inputs: inputs.length,
    byStatus: sortedKeys(byStatus),
    apps,
    units,
    resources,
    resourcesByClass: sortedKeys(resourcesByClass),
    diagnosticsBySeverity: sortedKeys(diagnosticsBySeverity),
  };
}

export function batchReport(inputs: readonly InputReport[]): BatchReport {
  const sorted = [...inputs].sort((a, b) => byteOrder(a.input, b.input));
  return { batch: 1, inputs: sorted, summary: summarize(sorted) };
}

export function batchReportText(report: BatchReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
