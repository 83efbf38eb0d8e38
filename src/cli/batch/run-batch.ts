/**
 * `decant convert` over many inputs: find them, keep this shard's, convert
 * them on the worker pool (or restore them from the cache), and write one
 * report.json for all. Prints only progress (on a terminal), the summary
 * table and the diagnostics of inputs that failed; the exit code is the
 * worst of the inputs'.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { error } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { EXIT_UNUSABLE } from '../exit-code.js';
import { renderDiagnostics } from '../print-diagnostics.js';
import { batchReport, batchReportText } from './batch-report.js';
import type { BatchOptions } from './convert-input.js';
import { decantVersion } from './decant-version.js';
import { findInputs } from './find-inputs.js';
import { finishOut, foreignInOut, listedFiles } from './output-root.js';
import { runInputs } from './pool.js';
import { progressBar, wantsProgress } from './progress.js';
import { inShard, parseShard } from './shard.js';
import { summaryTable } from './summary-table.js';

export interface BatchArgs {
  readonly paths: readonly string[];
  readonly out: string;
  readonly runList?: string;
  readonly platform: string;
  readonly environment?: string;
  readonly cookbookPaths: readonly string[];
  readonly plan?: { readonly path: string; readonly text: string };
  readonly includeSecrets: boolean;
  readonly strict: boolean;
  readonly force: boolean;
  readonly json: boolean;
  readonly jobs?: number;
  readonly shard?: string;
  readonly cache?: string;
}

export interface BatchIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: BatchIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/** Returns the exit code. */
export async function runBatch(args: BatchArgs, io: BatchIo = processIo): Promise<number> {
  const t0 = performance.now();
  const fail = (d: Diagnostic[]): number => {
    io.stderr(renderDiagnostics(d) + '\n');
    return EXIT_UNUSABLE;
  };
  const jobs = args.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) return fail([error('DEC0902', `--jobs ${args.jobs}: expected a whole number of at least 1`)]);
  const shard = args.shard !== undefined ? parseShard(args.shard) : undefined;
  if (shard && 'error' in shard) return fail([error('DEC0902', shard.error)]);
  const found = findInputs(args.paths);
  if (found.diagnostics.length) io.stderr(renderDiagnostics(found.diagnostics) + '\n');
  const inputs = shard ? found.inputs.filter((i) => inShard(i.rel, shard)) : found.inputs;
  if (found.inputs.length === 0) return fail([error('DEC0902', 'no input to convert')]);

  const out = resolve(args.out);
  const foreign = foreignInOut(out);
  if (foreign.length && !args.force) {
    return fail([error('DEC0601', `${args.out}: output folder holds files decant did not write (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''})`, undefined, 'use --force to replace it, or choose another folder')]);
  }
  const previous = listedFiles(out);
  const options: BatchOptions = {
    out,
    ...(args.runList !== undefined ? { runList: args.runList } : {}),
    platform: args.platform,
    ...(args.environment !== undefined ? { environment: args.environment } : {}),
    cookbookPaths: args.cookbookPaths.map((p) => resolve(p)),
    ...(args.plan ? { plan: args.plan } : {}),
    includeSecrets: args.includeSecrets,
    strict: args.strict,
    force: args.force,
    ...(args.cache !== undefined ? { cacheDir: resolve(args.cache) } : {}),
    decantVersion: decantVersion(),
  };
  const progress = progressBar(inputs.length, wantsProgress(args.json));
  const outcomes = await runInputs(inputs, jobs, options, (input, _o, done) => progress.update(done, input.rel));
  progress.finish();

  const report = batchReport(outcomes.map((o) => o.report));
  const text = batchReportText(report);
  finishOut(out, inputs.map((i) => i.rel), text, previous);

  // In input order, whatever order the workers finished in.
  for (const o of [...outcomes].sort((a, b) => (a.report.input < b.report.input ? -1 : 1))) {
    if (o.report.status === 'failed') io.stderr(`${o.report.input}: failed\n`);
    if (o.stderr) io.stderr(o.stderr + '\n');
  }
  const shardNote = shard ? ` (shard ${shard.index}/${shard.count} of ${found.inputs.length})` : '';
  if (args.json) io.stdout(text);
  else {
    const seconds = (performance.now() - t0) / 1000;
    io.stdout(`wrote ${inputs.length} input${inputs.length === 1 ? '' : 's'}${shardNote} to ${args.out}\n`);
    io.stdout(summaryTable(report.summary, { seconds, cached: outcomes.filter((o) => o.fromCache).length, jobs: Math.min(jobs, Math.max(1, inputs.length)) }) + '\n');
  }
  return Math.max(0, ...outcomes.map((o) => o.report.exitCode));
}
