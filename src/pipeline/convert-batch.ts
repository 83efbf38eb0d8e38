/**
 * A batch from its paths to OUT: find the inputs, keep this shard's, convert
 * them on the worker pool (or restore them from the cache), and write one
 * report.json for all. Prints nothing: the caller (the CLI, a test) says what
 * it wants of the diagnostics, the progress and the summary.
 */
import type { ConvertInvocation } from '../model/convert-invocation.js';
import { withInvocation } from './convert-invocation.js';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { error } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { batchReport, batchReportText, type BatchReport } from './batch-report.js';
import type { BatchOptions } from './convert-input.js';
import type { FactsSetting } from './package-facts-source.js';
import { decantVersion } from './decant-version.js';
import { findInputs, type BatchInput } from './find-inputs.js';
import type { InputOutcome } from './input-outcome.js';
import { finishOut, foreignInOut, listedFiles } from './output-root.js';
import { runInputs, type OnOutcome } from './pool.js';
import { inShard, parseShard, type Shard } from './shard.js';

export interface BatchRequest {
  readonly paths: readonly string[];
  readonly out: string;
  readonly runList?: string;
  readonly platform: string;
  readonly environment?: string;
  /** The kitchen.yml suite whose node attributes to take (--suite). */
  readonly suite?: string;
  readonly cookbookPaths: readonly string[];
  readonly plan?: { readonly path: string; readonly text: string };
  readonly includeSecrets: boolean;
  readonly strict: boolean;
  readonly force: boolean;
  readonly jobs?: number;
  readonly shard?: string;
  readonly cache?: string;
  readonly facts?: FactsSetting;
  /** Output formats by name, checked by the caller (src/emit/formats.ts parseFormats); absent: the default. */
  readonly formats?: readonly string[];
  /** How convert was asked, recorded in report.json (`convert`) so CI can run the same conversion again. */
  readonly invocation?: ConvertInvocation;
}

/** A batch ready to run: its inputs found and OUT checked. */
export interface PreparedBatch {
  /** This shard's inputs. */
  readonly inputs: readonly BatchInput[];
  /** Inputs found in all shards. */
  readonly foundCount: number;
  readonly shard?: Shard;
  readonly invocation?: ConvertInvocation;
  readonly jobs: number;
  readonly options: BatchOptions;
  /** Files OUT's marker listed before this run. */
  readonly previous: Set<string>;
}

export interface Preparation {
  /** Problems finding the inputs that do not stop the batch. */
  readonly warnings: readonly Diagnostic[];
  /** Set when the batch cannot run (exit code 2); `batch` is then absent. */
  readonly refused?: readonly Diagnostic[];
  readonly batch?: PreparedBatch;
}

export function prepareBatch(args: BatchRequest): Preparation {
  const jobs = args.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) return { warnings: [], refused: [error('DEC0902', `--jobs ${args.jobs}: expected a whole number of at least 1`)] };
  const shard = args.shard !== undefined ? parseShard(args.shard) : undefined;
  if (shard && 'error' in shard) return { warnings: [], refused: [error('DEC0902', shard.error)] };
  const found = findInputs(args.paths);
  const warnings = found.diagnostics;
  const inputs = shard ? found.inputs.filter((i) => inShard(i.rel, shard)) : found.inputs;
  if (found.inputs.length === 0) return { warnings, refused: [error('DEC0902', 'no input to convert')] };

  const out = resolve(args.out);
  const foreign = foreignInOut(out);
  if (foreign.length && !args.force) {
    return {
      warnings,
      refused: [error('DEC0601', `${args.out}: output folder holds files decant did not write (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''})`, undefined, 'use --force to replace it, or choose another folder')],
    };
  }
  const options: BatchOptions = {
    out,
    ...(args.runList !== undefined ? { runList: args.runList } : {}),
    platform: args.platform,
    ...(args.environment !== undefined ? { environment: args.environment } : {}),
    ...(args.suite !== undefined ? { suite: args.suite } : {}),
    cookbookPaths: args.cookbookPaths.map((p) => resolve(p)),
    ...(args.plan ? { plan: args.plan } : {}),
    includeSecrets: args.includeSecrets,
    strict: args.strict,
    force: args.force,
    ...(args.cache !== undefined ? { cacheDir: resolve(args.cache) } : {}),
    ...(args.facts ? { facts: args.facts } : {}),
    ...(args.formats ? { formats: args.formats } : {}),
    decantVersion: decantVersion(),
  };
  return { warnings, batch: { inputs, foundCount: found.inputs.length, ...(shard ? { shard } : {}), ...(args.invocation ? { invocation: args.invocation } : {}), jobs, options, previous: listedFiles(out) } };
}

export interface BatchResult {
  /** In the inputs' order, whatever order the workers finished in. */
  readonly outcomes: readonly InputOutcome[];
  readonly report: BatchReport;
  /** report.json as written to OUT. */
  readonly reportText: string;
  /** The worst of the inputs' exit codes. */
  readonly exitCode: number;
}

/** Converts every input and writes OUT (each input's folder, report.json, the marker). */
export async function runBatch(batch: PreparedBatch, onOutcome: OnOutcome = () => {}): Promise<BatchResult> {
  const outcomes = await runInputs(batch.inputs, batch.jobs, batch.options, onOutcome);
  const report = batchReport(outcomes.map((o) => o.report));
  const plain = batchReportText(report);
  const reportText = batch.invocation ? withInvocation(plain, batch.invocation) : plain;
  finishOut(batch.options.out, batch.inputs.map((i) => i.rel), reportText, batch.previous);
  return { outcomes, report, reportText, exitCode: Math.max(0, ...outcomes.map((o) => o.report.exitCode)) };
}
