import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { compareDiagnostics, formatDiagnostic } from '../diagnostics/format.js';

function readSource(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Compiler-style, with code frames, paths relative to the working directory. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return [...diagnostics]
    .sort(compareDiagnostics)
    .map((d) =>
      formatDiagnostic(d, {
        readSource,
        displayPath: (x) => (x.location?.path ? relative(process.cwd(), x.location.path) : (x.location?.file ?? '')),
      }),
    )
    .join('\n');
}
