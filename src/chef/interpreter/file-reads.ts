/**
 * File.read and its kin (IO.read, readlines, foreach, YAML.load_file): a file the run can answer (a cookbook's own
 * file in chef-client's cache, FileProbe#read) is read as Ruby reads it; a path the run knows is not there raises
 * Errno::ENOENT as Ruby does, so a cookbook's `rescue` sees it; any other path is the host's: an Unknown.
 */
import { RArray, RHash, Unknown, isTruthy, sym, type RubyValue } from '../values.js';
import type { Call, Native } from './runtime.js';
import { RaiseSignal } from './signals.js';

/** The text of the file named by the first argument, or the Unknown saying why it is not known. */
export function readFileText(c: Call, what: string): string | Unknown {
  const p = c.args[0] ?? null;
  if (p instanceof Unknown) return p;
  const r = typeof p === 'string' ? c.interp.fs.read?.(p) : undefined;
  if (r === undefined) return c.interp.unknown(`${what} reads the host file system`, c.node);
  if (typeof r === 'string') return r;
  if ('absent' in r) throw new RaiseSignal('Errno::ENOENT', `No such file or directory @ rb_sysopen - ${String(p)}`, c.node.loc);
  return c.interp.unknown(r.unknown, c.node);
}

/** Ruby's lines of a text: each keeps its "\n" unless `chomp: true` was given. */
function linesOf(text: string, chomp: boolean): RArray {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  return new RArray(chomp ? lines.map((l) => l.replace(/\r?\n$/, '')) : lines);
}

function chompOption(c: Call): boolean {
  const last = c.args[c.args.length - 1];
  return last instanceof RHash && isTruthy(last.get(sym('chomp')) ?? null);
}

export const fileRead = (what: string): Native => (c) => readFileText(c, what);

export const fileReadlines = (what: string): Native => (c) => {
  const text = readFileText(c, what);
  return text instanceof Unknown ? text : linesOf(text, chompOption(c));
};

/** `File.foreach(p) { |line| }` yields each line; without a block its lines stand for the Enumerator. */
export const fileForeach = (what: string): Native => (c) => {
  const text = readFileText(c, what);
  if (text instanceof Unknown) return text;
  const lines = linesOf(text, chompOption(c));
  if (!c.block) return lines;
  for (const line of lines.items) c.interp.yieldTo(c.block, [line as RubyValue], c.node);
  return null;
};

/** Dir.glob / Dir[] of one pattern the run can answer (a cookbook's files in the cache); else the host's. */
export const dirGlob = (what: string): Native => (c) => {
  const p = c.args[0] ?? null;
  if (p instanceof Unknown) return p;
  // A base: keyword or several patterns: the host's, as before.
  const found = typeof p === 'string' && c.args.length === 1 ? c.interp.fs.glob?.(p) : undefined;
  if (found === undefined) return c.interp.unknown(`${what} reads the host file system`, c.node);
  if (!c.block) return new RArray(found);
  for (const f of found) c.interp.yieldTo(c.block, [f], c.node);
  return null;
};

/** Dir.children and Dir.entries (which adds `.` and `..`) of a folder the run can answer. */
export const dirChildren = (what: string, dots: boolean): Native => (c) => {
  const p = c.args[0] ?? null;
  if (p instanceof Unknown) return p;
  const names = typeof p === 'string' ? c.interp.fs.children?.(p) : undefined;
  if (names === undefined) return c.interp.unknown(`${what} reads the host file system`, c.node);
  return new RArray(dots ? ['.', '..', ...names] : names);
};
