import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { compareDiagnostics, formatDiagnostic } from '../diagnostics/format.js';
import { oneLine } from '../text/escape-control.js';

/**
 * A run can report the same problem thousands of times (a resource declared
 * in a loop); past this many of one code the terminal gets a count instead.
 * report.json and --json keep every one.
 */
const MAX_PRINTED_PER_CODE = 50;

/**
 * Compiler-style, with code frames, paths relative to the working directory.
 * Info diagnostics (what was assumed, what facts decided) are for report.md:
 * a real cookbook gives dozens, and their frames buried the errors, so the
 * terminal gets one count line per code instead.
 */
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
  const infos = new Map<string, Diagnostic[]>();
  const lines: string[] = [];
  for (const d of [...diagnostics].sort(compareDiagnostics)) {
    if (d.severity === 'info') {
      infos.set(d.code, [...(infos.get(d.code) ?? []), d]);
      continue;
    }
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
  for (const [code, list] of [...infos].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) lines.push(infoCount(code, list));
  return lines.join('\n');
}

function infoCount(code: string, list: readonly Diagnostic[]): string {
  const first = list[0]!;
  const loc = first.location;
  const where = loc ? `${loc.path ? relative(process.cwd(), loc.path) : loc.file}:${loc.line}:${loc.column}: ` : '';
  const count = list.length === 1 ? 'info' : `${list.length} info`;
  return `decant: ${count} ${code} not shown (first: ${where}${oneLine(first.message, 160)}) — report.md and --json list every one`;
}
