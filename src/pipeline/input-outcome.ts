/**
 * What converting one input of a batch gave: the part that goes into the
 * batch's report.json (deterministic: no times, nothing about the cache) and
 * the part only the command line shows.
 */
export type InputStatus = 'converted' | 'skipped' | 'failed';

export interface InputReport {
  /** The input's path relative to the inputs' common folder; its output folder under OUT. */
  readonly input: string;
  readonly status: InputStatus;
  readonly exitCode: number;
  /** `apps` of the input's own report.json, as written. */
  readonly apps: readonly Record<string, unknown>[];
  /** Why cookbooks were skipped (library cookbooks…). */
  readonly notes: readonly string[];
  /** Diagnostics that stopped the input (when it failed), in report.json's diagnostic shape. */
  readonly diagnostics: readonly Record<string, unknown>[];
}

export interface InputOutcome {
  readonly report: InputReport;
  readonly fromCache: boolean;
  /** Rendered (and redacted) diagnostics of a failed input, for stderr. */
  readonly stderr: string;
  readonly ms: number;
}
