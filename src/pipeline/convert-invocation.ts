/**
 * The `convert` record of report.json (src/model/convert-invocation.ts):
 * built from what the command line gave, with paths made relative to OUT,
 * and added to the report text convert writes.
 */
import { relative, resolve, sep } from 'node:path';
import type { ConvertInvocation } from '../model/convert-invocation.js';
import type { FactsSetting } from './package-facts-source.js';

export interface InvocationRequest {
  readonly paths: readonly string[];
  readonly out: string;
  readonly runList?: string;
  readonly platform: string;
  readonly environment?: string;
  readonly suite?: string;
  readonly cookbookPaths: readonly string[];
  readonly plan?: string;
  readonly format?: string;
  readonly includeSecrets: boolean;
  readonly strict: boolean;
  readonly batch: boolean;
  readonly facts: FactsSetting;
}

/** A path relative to OUT with `/` on every platform, so report.json reads the same wherever it was written. */
function fromOut(out: string, p: string): string {
  return relative(resolve(out), resolve(p)).split(sep).join('/') || '.';
}

export function convertInvocation(r: InvocationRequest): ConvertInvocation {
  return {
    inputs: r.paths.map((p) => fromOut(r.out, p)),
    ...(r.runList !== undefined ? { runList: r.runList } : {}),
    platform: r.platform,
    ...(r.environment !== undefined ? { environment: r.environment } : {}),
    ...(r.suite !== undefined ? { suite: r.suite } : {}),
    cookbookPaths: r.cookbookPaths.map((p) => fromOut(r.out, p)),
    ...(r.plan !== undefined ? { plan: fromOut(r.out, r.plan) } : {}),
    ...(r.format !== undefined ? { format: r.format } : {}),
    includeSecrets: r.includeSecrets,
    strict: r.strict,
    batch: r.batch,
    facts: r.facts.mode,
    ...(r.facts.mode === 'recorded' ? { factsFile: fromOut(r.out, r.facts.file) } : {}),
  };
}

/** report.json's text with `convert` added last (the rest of the report is untouched, key order kept). */
export function withInvocation(reportText: string, invocation: ConvertInvocation): string {
  const doc = JSON.parse(reportText) as Record<string, unknown>;
  return `${JSON.stringify({ ...doc, convert: invocation }, null, 2)}\n`;
}
