import type { SourceLocation } from './source.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding about the input, as a value: stages return these, they never print.
 * Codes are stable (users grep and suppress them); the table of codes lives in
 * src/diagnostics/codes.ts.
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly location?: SourceLocation;
  readonly hint?: string;
}
