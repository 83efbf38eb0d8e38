/** Kernel#format / String#% for the directives cookbooks use. */
import { RArray, RHash, Unknown, sym, type RubyValue } from '../values.js';
import { floatToS, inspect, toS } from './ruby-text.js';
import { num } from './value-ops.js';

/**
 * format/sprintf/String#% as Ruby's value: unknown when the format or an argument is (a Hash argument's values
 * count too), rather than the text of a marker spliced into the result.
 */
export function sprintfValue(fmt: RubyValue, args: RubyValue[]): RubyValue {
  if (fmt instanceof Unknown) return fmt;
  for (const a of args) {
    if (a instanceof Unknown) return a;
    if (a instanceof RHash) for (const v of a.values()) if (v instanceof Unknown) return v;
  }
  return sprintf(typeof fmt === 'string' ? fmt : toS(fmt), args);
}

export function sprintf(fmt: string, argsIn: RubyValue[]): string {
  let argIndex = 0;
  const next = (): RubyValue => argsIn[argIndex++] ?? null;
  const hashArg = (): RHash | undefined => (argsIn[0] instanceof RHash ? argsIn[0] : undefined);
  return fmt.replace(
    /%([-+ 0#]*)(\d+|\*)?(?:\.(\d+))?(?:<(\w+)>)?([sdifgeExXobpc%])|%\{(\w+)\}|%<(\w+)>([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifgeExXobpc])/g,
    (all, flags: string | undefined, width: string | undefined, prec: string | undefined, n1: string | undefined, conv: string | undefined, braceName: string | undefined, angleName: string | undefined, aflags: string | undefined, awidth: string | undefined, aprec: string | undefined, aconv: string | undefined) => {
      if (braceName) return toS(hashArg()?.get(sym(braceName)) ?? null);
      let value: RubyValue;
      if (n1 && !angleName) { angleName = n1; aflags = flags; awidth = width; aprec = prec; aconv = conv; }
      if (angleName) {
        value = hashArg()?.get(sym(angleName)) ?? null;
        flags = aflags;
        width = awidth;
        prec = aprec;
        conv = aconv;
      } else {
        if (conv === '%') return '%';
        if (width === '*') width = String(num(next()) ?? 0);
        value = next();
      }
      return pad(directive(conv!, value, prec, flags ?? ''), width, flags ?? '');
    },
  );
}

function directive(conv: string, value: RubyValue, prec: string | undefined, flags: string): string {
  const n = num(value) ?? Number(toS(value));
  const sign = (x: number, s: string) => (x >= 0 && flags.includes('+') ? `+${s}` : x >= 0 && flags.includes(' ') ? ` ${s}` : s);
  switch (conv) {
    case 's': {
      const s = toS(value);
      return prec !== undefined ? s.slice(0, Number(prec)) : s;
    }
    case 'p': return inspect(value);
    case 'd':
    case 'i': return sign(n, String(Math.trunc(n)));
    case 'f': return sign(n, n.toFixed(prec !== undefined ? Number(prec) : 6));
    case 'e':
    case 'E': {
      const s = n.toExponential(prec !== undefined ? Number(prec) : 6).replace(/e([+-])(\d)$/, 'e$10$2');
      return sign(n, conv === 'E' ? s.toUpperCase() : s);
    }
    case 'g': return sign(n, floatToS(n));
    case 'x': return Math.trunc(n).toString(16);
    case 'X': return Math.trunc(n).toString(16).toUpperCase();
    case 'o': return Math.trunc(n).toString(8);
    case 'b': return Math.trunc(n).toString(2);
    case 'c': return typeof value === 'string' ? value.slice(0, 1) : String.fromCodePoint(n);
    default: return `%${conv}`;
  }
}

function pad(s: string, width: string | undefined, flags: string): string {
  const w = width ? Number(width) : 0;
  if (s.length >= w) return s;
  if (flags.includes('-')) return s.padEnd(w);
  if (flags.includes('0') && /^[+-]?[\d.]/.test(s)) {
    const neg = /^[+-]/.test(s) ? s[0]! : '';
    return neg + s.slice(neg.length).padStart(w - neg.length, '0');
  }
  return s.padStart(w);
}

export function formatArgs(args: RubyValue): RubyValue[] {
  return args instanceof RArray ? args.items : [args];
}
