/** Ruby equality, ordering and class names for the value types of values.ts. */
import { RArray, RFloat, RHash, RObject, RProc, RRange, RSymbol, Unknown, type RubyValue } from '../values.js';

export function num(v: RubyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof RFloat) return v.value;
  return undefined;
}

/** Ruby `==`. */
export function rEquals(a: RubyValue, b: RubyValue): boolean {
  if (a === b) return true;
  const na = num(a);
  const nb = num(b);
  if (na !== undefined && nb !== undefined) return na === nb;
  if (a instanceof RArray && b instanceof RArray) {
    return a.items.length === b.items.length && a.items.every((x, i) => rEquals(x, b.items[i]!));
  }
  if (a instanceof RHash && b instanceof RHash) {
    if (a.size !== b.size) return false;
    return a.entries().every(([k, v]) => b.has(k) && rEquals(v, b.get(k)!));
  }
  if (a instanceof RRange && b instanceof RRange) {
    return a.exclusive === b.exclusive && rEquals(a.begin, b.begin) && rEquals(a.end, b.end);
  }
  return false;
}

/** Ruby `<=>`; undefined where Ruby returns nil (incomparable). */
export function rCompare(a: RubyValue, b: RubyValue): number | undefined {
  const na = num(a);
  const nb = num(b);
  if (na !== undefined && nb !== undefined) return na < nb ? -1 : na > nb ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return cmpBytes(a, b);
  if (a instanceof RSymbol && b instanceof RSymbol) return cmpBytes(a.name, b.name);
  if (a instanceof RArray && b instanceof RArray) {
    const n = Math.min(a.items.length, b.items.length);
    for (let i = 0; i < n; i++) {
      const c = rCompare(a.items[i]!, b.items[i]!);
      if (c === undefined || c !== 0) return c;
    }
    return a.items.length - b.items.length === 0 ? 0 : a.items.length < b.items.length ? -1 : 1;
  }
  if (a === null && b === null) return 0;
  if (typeof a === 'boolean' && a === b) return 0;
  return undefined;
}

function cmpBytes(a: string, b: string): number {
  const ba = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  return Math.sign(Buffer.compare(ba, bb));
}

export function className(v: RubyValue): string {
  if (v === null) return 'NilClass';
  if (v === true) return 'TrueClass';
  if (v === false) return 'FalseClass';
  if (typeof v === 'number') return 'Integer';
  if (typeof v === 'string') return 'String';
  if (v instanceof RSymbol) return 'Symbol';
  if (v instanceof RFloat) return 'Float';
  if (v instanceof RArray) return 'Array';
  if (v instanceof RHash) return 'Hash';
  if (v instanceof RRange) return 'Range';
  if (v instanceof RProc) return 'Proc';
  if (v instanceof Unknown) return 'Unknown';
  return v.className;
}

const ANCESTORS: Record<string, string[]> = {
  Integer: ['Integer', 'Numeric', 'Comparable', 'Object', 'BasicObject', 'Kernel'],
  Float: ['Float', 'Numeric', 'Comparable', 'Object', 'BasicObject', 'Kernel'],
  String: ['String', 'Comparable', 'Object', 'BasicObject', 'Kernel'],
  Symbol: ['Symbol', 'Comparable', 'Object', 'BasicObject', 'Kernel'],
  Array: ['Array', 'Enumerable', 'Object', 'BasicObject', 'Kernel'],
  // Chef's node attributes are Mash/VividMash, which are Hashes.
  Hash: ['Hash', 'Enumerable', 'Object', 'BasicObject', 'Kernel', 'Mash', 'Chef::Node::ImmutableMash', 'Chef::Node::VividMash'],
  Range: ['Range', 'Enumerable', 'Object', 'BasicObject', 'Kernel'],
  NilClass: ['NilClass', 'Object', 'BasicObject', 'Kernel'],
  TrueClass: ['TrueClass', 'Object', 'BasicObject', 'Kernel'],
  FalseClass: ['FalseClass', 'Object', 'BasicObject', 'Kernel'],
  Proc: ['Proc', 'Object', 'BasicObject', 'Kernel'],
};

/** `is_a?` for builtin values; objects of library classes answer through their class chain (interpreter). */
export function builtinIsA(v: RubyValue, name: string): boolean | undefined {
  const short = name.replace(/^::/, '');
  const list = ANCESTORS[className(v)];
  if (!list) return undefined;
  if (short === 'TrueClass' || short === 'FalseClass') return className(v) === short;
  return list.includes(short);
}

export function isObject(v: RubyValue): v is RObject {
  return v instanceof RObject;
}

/** The items of a small integer or one-character range; undefined past `limit` items or for other ranges. */
export function rangeItems(r: RRange, limit = 100_000): RubyValue[] | undefined {
  if (typeof r.begin === 'number' && typeof r.end === 'number') {
    const end = r.exclusive ? r.end - 1 : r.end;
    if (end - r.begin > limit) return undefined;
    const out: RubyValue[] = [];
    for (let i = r.begin; i <= end; i++) out.push(i);
    return out;
  }
  if (typeof r.begin === 'string' && typeof r.end === 'string' && r.begin.length === 1 && r.end.length === 1) {
    const out: RubyValue[] = [];
    const e = r.end.charCodeAt(0) - (r.exclusive ? 1 : 0);
    for (let c = r.begin.charCodeAt(0); c <= e; c++) out.push(String.fromCharCode(c));
    return out;
  }
  return undefined;
}

/** The first Unknown anywhere inside a value, so what a gem writes from it is unknown rather than printed with a marker in it. */
export function firstUnknown(v: RubyValue, depth = 0): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (depth > 50) return undefined;
  if (v instanceof RHash) {
    for (const [k, x] of v.entries()) { const u = firstUnknown(k, depth + 1) ?? firstUnknown(x, depth + 1); if (u) return u; }
  } else if (v instanceof RArray) {
    for (const x of v.items) { const u = firstUnknown(x, depth + 1); if (u) return u; }
  }
  return undefined;
}
