/** Integer, Float, Symbol, nil, true/false, Range and Proc methods. */
import { RArray, RFloat, RHash, RProc, RRange, RSymbol, Unknown, sym, type RubyValue } from '../../values.js';
import { NOT_FOUND, type Call, type Found } from '../runtime.js';
import { floatToS, inspect, inspectSymbol, toS } from '../ruby-text.js';
import { num, rangeItems, rCompare, rEquals } from '../value-ops.js';
import { enumerableMethod } from './array-methods.js';
import { int, yieldBlock } from './helpers.js';
import { stringMethod } from './string-methods.js';

function arith(op: string, x: RubyValue, y: RubyValue): RubyValue | undefined {
  const a = num(x);
  const b = num(y);
  if (a === undefined || b === undefined) return undefined;
  const float = x instanceof RFloat || y instanceof RFloat;
  let r: number;
  switch (op) {
    case '+': r = a + b; break;
    case '-': r = a - b; break;
    case '*': r = a * b; break;
    case '/':
      if (!float && b === 0) return undefined;
      r = float ? a / b : Math.floor(a / b);
      break;
    case '%': case 'modulo': r = ((a % b) + b) % b; break;
    case '**': case 'pow': r = a ** b; break;
    case 'fdiv': return new RFloat(a / b);
    case 'div': return Math.floor(a / b);
    default: return undefined;
  }
  return float ? new RFloat(r) : r;
}

export function numberMethod(c: Call, v: number | RFloat): Found {
  const n = typeof v === 'number' ? v : v.value;
  const a = c.args;
  const other = a[0] ?? null;
  switch (c.name) {
    case '+': case '-': case '*': case '/': case '%': case '**': case 'modulo': case 'pow': case 'fdiv': case 'div': {
      if (other instanceof Unknown) return other;
      const r = arith(c.name, v, other);
      if (r === undefined) return c.interp.unknown(`${inspect(v)} ${c.name} ${inspect(other)}`, c.node, 'DEC0301', 'warning');
      return r;
    }
    case '==': case '===': return rEquals(v, other);
    case 'eql?': case 'equal?': return (typeof v === 'number') === (typeof other === 'number') && rEquals(v, other);
    case '<': case '>': case '<=': case '>=': case '<=>': {
      if (other instanceof Unknown) return other;
      const r = rCompare(v, other);
      if (c.name === '<=>') return r ?? null;
      if (r === undefined) return c.interp.unknown(`comparison of ${inspect(v)} with ${inspect(other)} failed`, c.node, 'DEC0301', 'warning');
      return c.name === '<' ? r < 0 : c.name === '>' ? r > 0 : c.name === '<=' ? r <= 0 : r >= 0;
    }
    case 'to_s': case 'inspect': return typeof v === 'number' ? (a[0] !== undefined ? n.toString(int(a[0])) : String(n)) : floatToS(n);
    case 'to_i': case 'to_int': case 'truncate': return Math.trunc(n);
    case 'to_f': return new RFloat(n);
    case 'to_r': case 'to_c': return NOT_FOUND;
    case 'round': {
      const d = int(a[0] ?? 0);
      if (typeof v === 'number' || d === 0) return typeof v === 'number' ? v : Math.sign(n) * Math.round(Math.abs(n));
      return new RFloat(Math.round(n * 10 ** d) / 10 ** d);
    }
    case 'floor': return Math.floor(n);
    case 'ceil': return Math.ceil(n);
    case 'abs': case 'magnitude': return typeof v === 'number' ? Math.abs(n) : new RFloat(Math.abs(n));
    case 'zero?': return n === 0;
    case 'positive?': return n > 0;
    case 'negative?': return n < 0;
    case 'even?': return n % 2 === 0;
    case 'odd?': return Math.abs(n % 2) === 1;
    case 'nonzero?': return n === 0 ? null : v;
    case 'succ': case 'next': return n + 1;
    case 'pred': return n - 1;
    case 'chr': return String.fromCharCode(n);
    case 'times': {
      if (!c.block) return new RArray(Array.from({ length: n }, (_x, i) => i));
      for (let i = 0; i < n; i++) yieldBlock(c, i);
      return v;
    }
    case 'upto': case 'downto': {
      const end = int(other);
      const seq: number[] = [];
      if (c.name === 'upto') for (let i = n; i <= end; i++) seq.push(i);
      else for (let i = n; i >= end; i--) seq.push(i);
      if (!c.block) return new RArray(seq);
      for (const i of seq) yieldBlock(c, i);
      return v;
    }
    case 'step': {
      const end = int(other);
      const by = int(a[1] ?? 1) || 1;
      for (let i = n; by > 0 ? i <= end : i >= end; i += by) yieldBlock(c, i);
      return v;
    }
    case 'between?': return n >= (num(a[0] ?? null) ?? 0) && n <= (num(a[1] ?? null) ?? 0);
    case 'clamp': return Math.min(Math.max(n, num(a[0] ?? null) ?? n), num(a[1] ?? null) ?? n);
    case 'integer?': return typeof v === 'number';
    case 'nan?': return Number.isNaN(n);
    case 'finite?': return Number.isFinite(n);
    case 'digits': return new RArray(String(Math.abs(n)).split('').reverse().map(Number));
    case 'gcd': { let x = Math.abs(n); let y = Math.abs(int(other)); while (y) [x, y] = [y, x % y]; return x; }
    case '&': return n & int(other);
    case '|': return n | int(other);
    case '^': return n ^ int(other);
    case '<<': return n << int(other);
    case '>>': return n >> int(other);
    case '-@': return typeof v === 'number' ? -n : new RFloat(-n);
    case 'hash': return n;
    case 'coerce': return new RArray([other, v]);
    default: return NOT_FOUND;
  }
}

export function symbolMethod(c: Call, s: RSymbol): Found {
  switch (c.name) {
    case 'to_s': case 'id2name': case 'name': return s.name;
    case 'to_sym': return s;
    case 'inspect': return inspectSymbol(s.name);
    case 'to_proc': return c.interp.symbolProc(s.name);
    case '==': case '===': case 'eql?': case 'equal?': return c.args[0] === s;
    case '<=>': return rCompare(s, c.args[0] ?? null) ?? null;
    case 'length': case 'size': return s.name.length;
    case 'upcase': case 'downcase': case 'capitalize': case 'start_with?': case 'end_with?': case 'empty?': case '[]': case 'succ': {
      const r = stringMethod(c, s.name);
      return typeof r === 'string' && c.name !== '[]' ? sym(r) : r;
    }
    default: return NOT_FOUND;
  }
}

export function nilMethod(c: Call): Found {
  switch (c.name) {
    case 'to_s': return '';
    case 'to_a': return new RArray([]);
    case 'to_h': return new RHash();
    case 'to_i': return 0;
    case 'to_f': return new RFloat(0);
    case 'inspect': return 'nil';
    case 'nil?': case 'empty?': return true;
    case '&': return false;
    case '|': return c.args[0] !== null && c.args[0] !== false;
    case '==': case '===': return c.args[0] === null;
    default: return NOT_FOUND;
  }
}

export function boolMethod(c: Call, b: boolean): Found {
  const o = c.args[0] ?? null;
  switch (c.name) {
    case 'to_s': case 'inspect': return String(b);
    case '&': return b && o !== null && o !== false;
    case '|': return b || (o !== null && o !== false);
    case '^': return b !== (o !== null && o !== false);
    case '!': return !b;
    case '==': case '===': return o === b;
    default: return NOT_FOUND;
  }
}

export function rangeMethod(c: Call, r: RRange): Found {
  const a = c.args;
  switch (c.name) {
    case 'first': case 'begin': case 'min': if (!a.length && c.name !== 'min') return r.begin; break;
    case 'last': case 'end': if (!a.length) return r.end; break;
    case 'include?': case 'member?': case '===': case 'cover?': {
      const x = a[0] ?? null;
      if (x instanceof Unknown) return x;
      const lo = r.begin === null ? -1 : rCompare(x, r.begin);
      const hi = r.end === null ? -1 : rCompare(x, r.end);
      if (lo === undefined || hi === undefined) return false;
      return lo >= 0 && (r.exclusive ? hi < 0 : hi <= 0);
    }
    case 'to_s': return toS(r);
    case 'inspect': return inspect(r);
    case 'exclude_end?': return r.exclusive;
    case 'size': case 'count': case 'length': if (!c.block && !a.length) { const items = rangeItems(r); return items ? items.length : null; } break;
    case '==': return rEquals(r, a[0] ?? null);
    case 'step': {
      const items = rangeItems(r);
      if (!items) break;
      const by = int(a[0] ?? 1) || 1;
      const picked = items.filter((_x, i) => i % by === 0);
      if (!c.block) return new RArray(picked);
      for (const x of picked) yieldBlock(c, x);
      return r;
    }
    default: break;
  }
  const items = rangeItems(r);
  if (!items) return c.interp.unknown(`range ${inspect(r)} is too large or not enumerable`, c.node, 'DEC0301');
  return enumerableMethod(c, items, r);
}

export function procMethod(c: Call, p: RProc): Found {
  switch (c.name) {
    case 'call': case '()': case 'yield': case '[]': case '===': return c.interp.callProc(p, c.args, c.node);
    case 'to_proc': return p;
    case 'lambda?': return p.isLambda;
    case 'arity': return -1;
    case 'curry': return p;
    default: return NOT_FOUND;
  }
}
