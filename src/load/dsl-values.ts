/** Reading the arguments of role, environment and Policyfile DSL calls. */
import { warning } from '../diagnostics/create.js';
import type { Code } from '../diagnostics/codes.js';
import { Unknown, type Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { LiteralCall, LiteralHash } from '../ruby/literal.js';

export function isHash(v: Data | undefined): v is LiteralHash {
  return v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown);
}

/** `default_attributes({...})`, `default_attributes 'a' => 1` (a hash without braces) or `default_attributes a: 1`. */
export function hashArgument(call: LiteralCall, code: Code, diagnostics: Diagnostic[]): LiteralHash {
  const first = call.args[0];
  const merged: LiteralHash = isHash(first) ? { ...first } : {};
  if (first !== undefined && !isHash(first) && !(first instanceof Unknown)) {
    diagnostics.push(warning(code, `${call.method} expects a hash here; ignored`, call.location));
  }
  return { ...merged, ...call.options };
}

/** `run_list 'a', 'b'`, `run_list ['a', 'b']`, `run_list(%w(a b))`: the strings, flattened. */
export function stringList(values: readonly Data[], call: LiteralCall, code: Code, diagnostics: Diagnostic[]): string[] {
  const out: string[] = [];
  const add = (v: Data): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(add);
    else if (!(v instanceof Unknown)) diagnostics.push(warning(code, `${call.method}: ${JSON.stringify(v)} is not a run list item; ignored`, call.location));
  };
  values.forEach(add);
  return out;
}

/** A JSON or DSL hash of string lists (`env_run_lists`). */
export function stringListMap(value: Data | undefined, call: LiteralCall, code: Code, diagnostics: Diagnostic[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!isHash(value)) return out;
  for (const [k, v] of Object.entries(value)) out[k] = stringList([v], call, code, diagnostics);
  return out;
}
