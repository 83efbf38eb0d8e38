/** `Shellwords.escape`/`shellescape`/`join` (Ruby's shellwords.rb), which recipes use to quote command arguments. */
import { RArray, Unknown, type RubyValue } from '../values.js';
import type { InterpreterApi, Native } from './runtime.js';
import { defineModule } from './define-module.js';
import { toS } from './ruby-text.js';

/** Ruby's Shellwords.escape: backslash every character outside a safe set; a newline becomes '\n' in single quotes. */
export function shellEscape(s: string): string {
  if (s === '') return "''";
  return s.replace(/[^A-Za-z0-9_\-.,:+/@\n]/g, '\\$&').replace(/\n/g, "'\n'");
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
  for (const [k, fn] of Object.entries({ escape, shellescape: escape, join, shelljoin: join })) mod.singletonMethods.set(k, fn);
}
