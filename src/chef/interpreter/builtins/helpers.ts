/** Small helpers shared by the builtin method tables. */
import { RArray, RHash, RSymbol, Unknown, isTruthy, type RubyValue } from '../../values.js';
import type { Call } from '../runtime.js';
import { toS } from '../ruby-text.js';

export function yieldBlock(c: Call, ...args: RubyValue[]): RubyValue {
  if (!c.block) return c.interp.unknown(`${c.name} needs a block here`, c.node, 'DEC0302');
  return c.interp.yieldTo(c.block!, args, c.node);
}

/** Block result as a truth value; Unknown stays Unknown so callers can give up honestly. */
export function blockTruth(c: Call, ...args: RubyValue[]): boolean | Unknown {
  const v = yieldBlock(c, ...args);
  return v instanceof Unknown ? v : isTruthy(v);
}

export function str(v: RubyValue): string {
  return typeof v === 'string' ? v : v instanceof RSymbol ? v.name : toS(v);
}

export function int(v: RubyValue, fallback = 0): number {
  return typeof v === 'number' ? v : v === null || v === undefined ? fallback : Number(v) || fallback;
}

export function arrayOf(v: RubyValue): RubyValue[] {
  if (v instanceof RArray) return v.items;
  if (v instanceof RHash) return v.entries().map(([k, x]) => new RArray([k, x]));
  if (v === null) return [];
  return [v];
}
