/**
 * Diagnostics printed like a compiler's: `file:line:col: warning DEC0301: …`
 * followed by a code frame when the source can be read.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { escapeControl, oneLine } from '../text/escape-control.js';

/**
 * A message names values from the cookbook (resource names, paths): one may
 * hold line breaks or terminal escapes, or be megabytes long. Printed, a
 * message is one line of bounded length.
 */
const MAX_MESSAGE_CHARS = 2000;

export interface FormatOptions {
  /** Reads the source for a code frame; returns undefined when it cannot. */
  readonly readSource?: (absolutePath: string) => string | undefined;
  /** Turns a location into the path to print (e.g. relative to cwd). */
  readonly displayPath?: (d: Diagnostic) => string;
}

export function formatDiagnostic(d: Diagnostic, options: FormatOptions = {}): string {
  const loc = d.location;
  const where = loc ? `${options.displayPath ? options.displayPath(d) : loc.file}:${loc.line}:${loc.column}: ` : '';
  const lines = [`${where}${d.severity} ${d.code}: ${oneLine(d.message, MAX_MESSAGE_CHARS)}`];
  if (loc?.path && options.readSource) {
    const text = options.readSource(loc.path);
    if (text !== undefined) lines.push(...codeFrame(text, loc.line, loc.column));
  }
  if (d.hint) lines.push(`  hint: ${oneLine(d.hint, MAX_MESSAGE_CHARS)}`);
  return lines.join('\n');
}

/** One line of context either side, a caret under the column. */
export function codeFrame(text: string, line: number, column: number): string[] {
  const all = text.split('\n');
  const first = Math.max(1, line - 1);
  const last = Math.min(all.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const src = escapeControl((all[n - 1] ?? '').replace(/\t/g, ' ').replace(/\r$/, '').slice(0, 160));
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${src}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return out;
}

/** Stable order for output: by file, line, column, then code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = `${a.location?.cookbook ?? ''}/${a.location?.file ?? ''}`;
  const fb = `${b.location?.cookbook ?? ''}/${b.location?.file ?? ''}`;
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = a.location?.line ?? 0;
  const lb = b.location?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.location?.column ?? 0;
  const cb = b.location?.column ?? 0;
  if (ca !== cb) return ca - cb;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
