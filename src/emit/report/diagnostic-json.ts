import type { Diagnostic } from '../../model/diagnostic.js';

/** The same shape as `decant inspect --json` prints, so one parser reads both. */
export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...(d.location
      ? {
          ...(d.location.cookbook !== undefined ? { cookbook: d.location.cookbook } : {}),
          file: d.location.file,
          line: d.location.line,
          column: d.location.column,
        }
      : {}),
    ...(d.hint !== undefined ? { hint: d.hint } : {}),
  };
}
