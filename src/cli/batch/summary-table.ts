/** The table printed at the end of a batch: what the report's summary says, plus what only this run knows (time, cache). */
import type { BatchSummary } from '../../pipeline/batch-report.js';

function rows(title: string, r: Readonly<Record<string, number>>): [string, string][] {
  const entries = Object.entries(r);
  return entries.length ? entries.map(([k, v], i) => [i === 0 ? title : '', `${k} ${v}`]) : [[title, '0']];
}

export function summaryTable(s: BatchSummary, run: { seconds: number; cached: number; jobs: number }): string {
  const table: [string, string][] = [
    ['inputs', `${s.inputs} (${Object.entries(s.byStatus).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}; ${run.cached} from the cache)`],
    ['apps', String(s.apps)],
    ['units', String(s.units)],
    ['resources', String(s.resources)],
    ...rows('  by class', s.resourcesByClass),
    ...rows('diagnostics', s.diagnosticsBySeverity),
    ['time', `${run.seconds.toFixed(1)}s on ${run.jobs} job${run.jobs === 1 ? '' : 's'}`],
  ];
  const width = Math.max(...table.map(([k]) => k.length));
  return table.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}
