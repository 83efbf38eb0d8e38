import type { Diagnostic } from '../model/diagnostic.js';
import type { App } from '../model/plan.js';

/**
 * 0 clean: every unit has a known command and every file it ships rendered
 * completely; 1 output produced with errors (what decant knows is missing or
 * wrong, each also a review item); 2 unusable input.
 */
export const EXIT_CLEAN = 0;
export const EXIT_WITH_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

export function exitCodeFor(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.some((d) => d.severity === 'error') ? EXIT_WITH_ERRORS : EXIT_CLEAN;
}

/** One rule for inspect and convert, so both say the same of the same input. */
export function exitCodeForApps(apps: readonly Pick<App, 'runList' | 'units' | 'diagnostics'>[], extra: readonly Diagnostic[] = []): number {
  // A run list that expands to nothing (a missing role) is unusable input.
  if (apps.some((a) => a.runList.length === 0)) return EXIT_UNUSABLE;
  if (apps.some((a) => a.units.some((u) => u.needsInput?.length))) return EXIT_WITH_ERRORS;
  return exitCodeFor([...apps.flatMap((a) => a.diagnostics), ...extra]);
}
