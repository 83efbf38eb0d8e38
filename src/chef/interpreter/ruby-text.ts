/** Ruby's `to_s` and `inspect` for the value types of values.ts (Ruby 3.1 forms, as Chef 18 runs). */
import { RArray, RFloat, RHash, RObject, RProc, RRange, RSymbol, Unknown, type RubyValue } from '../values.js';
import { className } from './value-ops.js';

export function floatToS(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(v);
  if (abs >= 1e15 || abs < 1e-4) {
    // Ruby: shortest round-trip digits, mantissa always with a fraction, exponent signed and 2+ digits.
    const [m, e] = v.toExponential().split('e') as [string, string];
    const mant = m.includes('.') ? m : `${m}.0`;
    const exp = Number(e);
    const sign = exp < 0 ? '-' : '+';
    return `${mant}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const s = String(v);
  if (s.includes('e')) {
    // JS switches to exponent form for < 1e-6 only; between 1e-4 and 1e-6 cannot reach here.
    return s;
  }
  return s.includes('.') ? s : `${s}.0`;
}

// Ruby prints a symbol bare when it is a method, instance, class or global variable name (:@a, :@@b, :$c, :$1, :$-w).
const SYMBOL_PLAIN = /^(?:[A-Za-z_][A-Za-z0-9_]*[?!=]?|@@?[A-Za-z_][A-Za-z0-9_]*|\$(?:[A-Za-z_][A-Za-z0-9_]*|\d+|-[A-Za-z0-9_])|\[\]=?|[+\-*\/%<>!~^&|]|\*\*|<=>|==|===|=~|!=|<<|>>|<=|>=|\+@|-@)$/;

export function inspectString(s: string): string {
  let out = '"';
  for (const ch of s) {
    switch (ch) {
      case '"': out += '\\"'; break;
      case '\\': out += '\\\\'; break;
      case '\n': out += '\\n'; break;
      case '\t': out += '\\t'; break;
      case '\r': out += '\\r'; break;
      case '\x1b': out += '\\e'; break;
      case '\0': out += '\\0'; break;
      case '#': out += '#'; break;
      default: {
        const code = ch.codePointAt(0)!;
        if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
        else out += ch;
      }
    }
  }
  // `#{`, `#$`, `#@` are escaped so the inspect form reads back as the same string.
  return out.replace(/#(?=[{$@])/g, '\\#') + '"';
}

export function inspectSymbol(name: string): string {
  return SYMBOL_PLAIN.test(name) ? `:${name}` : `:${inspectString(name)}`;
}

export function inspect(v: RubyValue, seen: Set<object> = new Set()): string {
  if (v === null) return 'nil';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return inspectString(v);
  if (v instanceof RSymbol) return inspectSymbol(v.name);
  if (v instanceof RFloat) return floatToS(v.value);
  if (v instanceof RArray) {
    if (seen.has(v)) return '[...]';
    seen.add(v);
    const s = `[${v.items.map((x) => inspect(x, seen)).join(', ')}]`;
    seen.delete(v);
    return s;
  }
  if (v instanceof RHash) {
    if (seen.has(v)) return '{...}';
    seen.add(v);
    const s = `{${v.entries().map(([k, x]) => `${inspect(k, seen)}=>${inspect(x, seen)}`).join(', ')}}`;
    seen.delete(v);
    return s;
  }
  if (v instanceof RRange) return `${v.begin === null ? '' : inspect(v.begin)}${v.exclusive ? '...' : '..'}${v.end === null ? '' : inspect(v.end)}`;
  if (v instanceof RProc) return v.isLambda ? '#<Proc (lambda)>' : '#<Proc>';
  if (v instanceof Unknown) return `«decant: unknown ${v.reason}»`;
  if (v instanceof RObject) return objectToS(v);
  return String(v);
}

function objectToS(o: RObject): string {
  const named = (o.internal as { displayName?: string } | undefined)?.displayName;
  if (named) return named;
  return `#<${o.className}>`;
}

/** `to_s` (what interpolation and ERB `<%= %>` print). */
export function toS(v: RubyValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (v instanceof RSymbol) return v.name;
  if (v instanceof RRange) return `${toS(v.begin)}${v.exclusive ? '...' : '..'}${toS(v.end)}`;
  return inspect(v);
}

/** A value for a message: its class, and the start of its inspect. */
export function describe(v: RubyValue): string {
  if (v === null) return 'nil';
  if (v instanceof RObject) return v.className;
  return `${className(v)} ${inspect(v).slice(0, 40)}`;
}
