import type { Diagnostic } from '../model/diagnostic.js';

/**
 * The same diagnostic at the same place once: a statement inside a loop (an
 * `include_recipe ''` that runs until the step budget) reports on every pass.
 */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const l = d.location;
    const key = `${d.code}|${d.severity}|${d.message}|${l ? `${l.cookbook ?? ''}/${l.file}:${l.line}:${l.column}` : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
