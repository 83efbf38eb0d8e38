import type { Diagnostic } from '../model/diagnostic.js';

/** 0 clean, 1 output produced with error diagnostics, 2 unusable input. */
export const EXIT_CLEAN = 0;
export const EXIT_WITH_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

export function exitCodeFor(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.some((d) => d.severity === 'error') ? EXIT_WITH_ERRORS : EXIT_CLEAN;
}
