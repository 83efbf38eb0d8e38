/**
 * `decant convert` over many inputs (src/pipeline/convert-batch.ts does the
 * work). Prints only progress (on a terminal), the summary table and the
 * diagnostics of inputs that failed; the exit code is the worst of the inputs'.
 */
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from '../../model/diagnostic.js';
import { prepareBatch, runBatch as convertBatch, type BatchRequest } from '../../pipeline/convert-batch.js';
import { EXIT_UNUSABLE } from '../../pipeline/exit-code.js';
import { renderDiagnostics } from '../../pipeline/render-diagnostics.js';
import { progressBar, wantsProgress } from './progress.js';
import { summaryTable } from './summary-table.js';

export interface BatchArgs extends BatchRequest {
  readonly json: boolean;
}

export interface BatchIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: BatchIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/** Returns the exit code. */
export async function runBatch(args: BatchArgs, io: BatchIo = processIo): Promise<number> {
  const t0 = performance.now();
  const fail = (d: readonly Diagnostic[]): number => {
    io.stderr(renderDiagnostics(d) + '\n');
    return EXIT_UNUSABLE;
  };
  const prepared = prepareBatch(args);
  if (prepared.warnings.length) io.stderr(renderDiagnostics(prepared.warnings) + '\n');
  if (prepared.refused || !prepared.batch) return fail(prepared.refused ?? []);
  const batch = prepared.batch;
  const { inputs, shard, jobs } = batch;

  const progress = progressBar(inputs.length, wantsProgress(args.json));
  const result = await convertBatch(batch, (input, _o, done) => progress.update(done, input.rel));
  progress.finish();
  const { outcomes, report } = result;

  // In input order, whatever order the workers finished in.
  for (const o of [...outcomes].sort((a, b) => (a.report.input < b.report.input ? -1 : 1))) {
    if (o.report.status === 'failed') io.stderr(`${o.report.input}: failed\n`);
    if (o.stderr) io.stderr(o.stderr + '\n');
  }
  const shardNote = shard ? ` (shard ${shard.index}/${shard.count} of ${batch.foundCount})` : '';
  if (args.json) io.stdout(result.reportText);
  else {
    const seconds = (performance.now() - t0) / 1000;
    io.stdout(`wrote ${inputs.length} input${inputs.length === 1 ? '' : 's'}${shardNote} to ${args.out}\n`);
    io.stdout(summaryTable(report.summary, { seconds, cached: outcomes.filter((o) => o.fromCache).length, jobs: Math.min(jobs, Math.max(1, inputs.length)) }) + '\n');
  }
  return result.exitCode;
}
