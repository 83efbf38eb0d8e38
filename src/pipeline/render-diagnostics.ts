import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { compareDiagnostics, formatDiagnostic } from '../diagnostics/format.js';

/**
 * A run can report the same problem thousands of times (a resource declared
 * in a loop); past this many of one code the terminal gets a count instead.
 * report.json and --json keep every one.
 */
const MAX_PRINTED_PER_CODE = 50;

/** Compiler-style, with code frames, paths relative to the working directory. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const sources = new Map<string, string | undefined>();
  const readSource = (path: string): string | undefined => {
    if (!sources.has(path)) {
      try {
        sources.set(path, readFileSync(path, 'utf8'));
      } catch {
        sources.set(path, undefined);
      }
    }
    return sources.get(path);
  };
  const printed = new Map<string, number>();
  const lines: string[] = [];
  for (const d of [...diagnostics].sort(compareDiagnostics)) {
    const n = (printed.get(d.code) ?? 0) + 1;
    printed.set(d.code, n);
    if (n > MAX_PRINTED_PER_CODE) continue;
    lines.push(
      formatDiagnostic(d, {
        readSource,
        displayPath: (x) => (x.location?.path ? relative(process.cwd(), x.location.path) : (x.location?.file ?? '')),
      }),
    );
  }
  for (const [code, n] of [...printed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n > MAX_PRINTED_PER_CODE) lines.push(`decant: ${n - MAX_PRINTED_PER_CODE} more ${code} not shown (${n} in all; report.json and --json list every one)`);
  }
  return lines.join('\n');
}
