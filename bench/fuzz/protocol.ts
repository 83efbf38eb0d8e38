/** Messages between the fuzz pool (pool.mjs) and its workers (worker-main.ts). */

export type StageName = 'inspect' | 'convert';

export type Task =
  | { readonly kind: 'mutation'; readonly seed: number; readonly caseNo: number; readonly only?: StageName; readonly light?: boolean }
  | { readonly kind: 'dir'; readonly dir: string; readonly runList?: string[]; readonly only?: StageName }
  | { readonly kind: 'snippet'; readonly name: string; readonly only?: StageName };

export interface CaughtError {
  readonly name: string;
  readonly message: string;
  /** `at fn (src/chef/x.ts:12:3)` frames, decant's first. */
  readonly stack: string[];
}

export interface StageResult {
  readonly stage: StageName;
  /** crash: an exception escaped, a stack trace was printed or the exit code was not 0/1/2; internal: DEC0901. */
  readonly kind: 'ok' | 'crash' | 'internal';
  readonly reason: string;
  readonly exitCode: number;
  readonly ms: number;
  /** CPU time of the worker while the stage ran: comparable across a loaded and an idle machine. */
  readonly cpuMs: number;
  readonly diagnostics: { code: string; severity: string; message: string; file?: string | undefined; line?: number | undefined; column?: number | undefined }[];
  readonly thrown?: CaughtError;
  /** Built-in errors caught inside src/ while the stage ran (only kept when the stage did not pass). */
  readonly caught: CaughtError[];
  readonly stderrHead: string;
}

export interface CaseResult {
  readonly type: 'result';
  readonly kind: 'ok' | 'crash' | 'internal' | 'fuzzer-error';
  readonly dir: string;
  readonly fixture: string;
  readonly steps: string[];
  readonly stages: StageResult[];
  readonly error?: string;
}
