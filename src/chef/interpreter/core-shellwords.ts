/** `Shellwords.escape`/`shellescape`/`join`/`split` (Ruby's shellwords.rb), which recipes use to quote and take apart command arguments; Chef loads shellwords, so String#shellescape, String#shellsplit and Array#shelljoin answer too (builtins). */
import { RArray, Unknown, type RubyValue } from '../values.js';
import { RaiseSignal } from './signals.js';
import type { Ast } from './ast.js';
import type { InterpreterApi, Native } from './runtime.js';
import { defineModule } from './define-module.js';
import { inspectString, toS } from './ruby-text.js';

/** Ruby's Shellwords.escape: backslash every character outside a safe set; a newline becomes '\n' in single quotes. */
export function shellEscape(s: string): string {
  if (s === '') return "''";
  return s.replace(/[^A-Za-z0-9_\-.,:+/@\n]/g, '\\$&').replace(/\n/g, "'\n'");
}

/** Ruby's Shellwords.split, word for word: quotes and backslashes as sh reads them; an unmatched quote is Ruby's ArgumentError. */
export function shellSplit(line: string, at: Ast): RArray {
  const words: string[] = [];
  let field = '';
  const re = /\s*(?:([^\s\\'"]+)|'([^']*)'|"((?:[^"\\]|\\[\s\S])*)"|(\\[\s\S]?)|(\S))(\s)?/y;
  for (let m = re.exec(line); m && m[0] !== ''; m = re.exec(line)) {
    const [, word, sq, dq, esc, garbage, sep] = m;
    if (garbage !== undefined) throw new RaiseSignal('ArgumentError', `Unmatched quote: ${inspectString(line)}`, at.loc);
    field += word ?? sq ?? (dq !== undefined ? dq.replace(/\\([$`"\\\n])/g, '$1') : esc!.replace(/\\([\s\S])/g, '$1'));
    // Ruby's `(\s|\z)?` ends a word at the end of the line too (a JS optional group never captures the empty end).
    if (sep !== undefined || re.lastIndex === line.length) {
      words.push(field);
      field = '';
    }
  }
  return new RArray(words);
}

export function registerShellwords(interp: InterpreterApi): void {
  const mod = defineModule(interp, 'Shellwords');
  const escape: Native = (c) => {
    const v = c.args[0] ?? null;
    if (v instanceof Unknown) return v;
    const s = c.interp.toStr(v, c.node);
    return s instanceof Unknown ? s : shellEscape(s);
  };
  const join: Native = (c) => {
    const a = c.args[0];
    if (!(a instanceof RArray)) return a instanceof Unknown ? a : c.interp.unknown('Shellwords.join of a non-array', c.node);
    const u = a.items.find((x): x is Unknown => x instanceof Unknown);
    return u ?? a.items.map((x: RubyValue) => shellEscape(toS(x))).join(' ');
  };
  const split: Native = (c) => {
    const v = c.args[0] ?? null;
    if (v instanceof Unknown) return v;
    const s = c.interp.toStr(v, c.node);
    return s instanceof Unknown ? s : shellSplit(s, c.node);
  };
  for (const [k, fn] of Object.entries({ escape, shellescape: escape, join, shelljoin: join, split, shellsplit: split, shellwords: split })) mod.singletonMethods.set(k, fn);
}
