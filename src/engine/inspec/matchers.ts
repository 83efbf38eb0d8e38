/**
 * The value matchers InSpec suites use, with InSpec's meanings: `cmp` is the
 * forgiving compare (case-insensitive strings, numbers against numeric
 * strings, octal strings against modes, versions, one-element arrays against
 * a value, regexes), `eq` is exact. `be_<x>` predicates on resources are
 * answered by the resources, not here.
 */
import { NotStatic, TestHash, TestMethod, TestRegex, TestSymbol, type Matcher, type TestValue } from './model.js';

/** What a resource property is: plain JSON-like data read from the container. */
export type Actual = null | boolean | number | string | Actual[] | { [k: string]: Actual };

export type Verdict = { ok: boolean; detail: string } | { unsupported: string };

/** Test-file value → plain data. Symbols compare as their names (keys of parsed JSON/YAML are strings). */
export function plain(v: TestValue): Actual | RegExp | NotStatic {
  if (v instanceof TestRegex) return v.toRegExp();
  if (v instanceof TestSymbol) return v.name;
  if (v instanceof NotStatic) return v;
  if (v instanceof TestMethod) return new NotStatic('a helper method is not a value');
  if (Array.isArray(v)) {
    const out: Actual[] = [];
    for (const x of v) {
      const p = plain(x);
      if (p instanceof NotStatic || p instanceof RegExp) return p instanceof NotStatic ? p : new NotStatic('a regular expression inside an array');
      out.push(p);
    }
    return out;
  }
  if (v instanceof TestHash) {
    const out: { [k: string]: Actual } = {};
    for (const [k, x] of v.entries) {
      const key = plain(k);
      const val = plain(x);
      if (val instanceof NotStatic || val instanceof RegExp || typeof key !== 'string') return new NotStatic('a hash with non-literal parts');
      out[key] = val;
    }
    return out;
  }
  return v;
}

export function show(v: Actual | RegExp | undefined): string {
  if (v === undefined) return 'nothing';
  if (v instanceof RegExp) return `/${v.source}/`;
  const s = JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 299)}…` : s;
}

function deepEqual(a: Actual, b: Actual): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]!));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return deepEqual(ka, kb) && ka.every((k) => deepEqual(a[k]!, b[k]!));
  }
  return false;
}

const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const OCTAL = /^0+[0-7]+$/;
const BOOLEAN = /^(true|false)$/i;
const VERSION = /^\d+(\.\d+)+([-~+:.][0-9A-Za-z.~+:-]*)?$|^\d+:\d/;

function compareNumbers(a: number, op: string, b: number): boolean | undefined {
  switch (op) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
    default: return undefined;
  }
}

/** Compare dotted versions numerically part by part (`1.10` > `1.9`); epochs and Debian revisions as text parts. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.\-~+:]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : 1;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

function cmpOne(actual: Actual, op: string, expected: Actual | RegExp): boolean | undefined {
  if (expected instanceof RegExp) return typeof actual === 'string' || typeof actual === 'number' ? expected.test(String(actual)) : false;
  if (typeof expected === 'string' && OCTAL.test(expected) && typeof actual === 'number') return compareNumbers(actual, op, parseInt(expected, 8));
  if (typeof expected === 'string' && typeof actual === 'string') {
    if (op === '==') return actual.toLowerCase() === expected.toLowerCase();
    if (op === '!=') return actual.toLowerCase() !== expected.toLowerCase();
    if (FLOAT.test(actual) && FLOAT.test(expected)) return compareNumbers(Number(actual), op, Number(expected));
    if (VERSION.test(actual) && VERSION.test(expected)) return compareNumbers(compareVersions(actual, expected), op, 0);
    return compareNumbers(actual < expected ? -1 : actual > expected ? 1 : 0, op, 0);
  }
  if (typeof expected === 'string' && FLOAT.test(expected) && typeof actual === 'number') return compareNumbers(actual, op, Number(expected));
  if (typeof expected === 'number' && typeof actual === 'string') return FLOAT.test(actual.trim()) ? compareNumbers(Number(actual.trim()), op, expected) : op === '!=';
  if (typeof expected === 'string' && BOOLEAN.test(expected) && typeof actual === 'boolean') {
    return compareNumbers(String(actual) === expected.toLowerCase() ? 0 : 1, op, 0);
  }
  if (typeof expected === 'number' && typeof actual === 'number') return compareNumbers(actual, op, expected);
  if (op === '==') return deepEqual(actual, expected);
  if (op === '!=') return !deepEqual(actual, expected);
  return undefined;
}

/** InSpec's cmp. Undefined when the operator does not apply to these types. */
export function cmp(actual: Actual, op: string, expected: Actual | RegExp): boolean | undefined {
  if (Array.isArray(actual) && !Array.isArray(expected)) {
    if (actual.length === 1) return cmpOne(actual[0]!, op, expected);
    return false;
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    return actual.length === expected.length && actual.every((a, i) => cmpOne(a, '==', expected[i]!) === true) === (op === '==');
  }
  return cmpOne(actual, op, expected);
}

function includes(actual: Actual, expected: Actual | RegExp): boolean {
  if (typeof actual === 'string') return typeof expected === 'string' ? actual.includes(expected) : false;
  if (Array.isArray(actual)) {
    if (Array.isArray(expected)) return expected.every((e) => actual.some((a) => deepEqual(a, e)));
    return actual.some((a) => !(expected instanceof RegExp) && deepEqual(a, expected));
  }
  if (actual && typeof actual === 'object') {
    if (typeof expected === 'string') return expected in actual;
    if (expected && typeof expected === 'object' && !Array.isArray(expected) && !(expected instanceof RegExp)) {
      return Object.entries(expected).every(([k, v]) => k in actual && deepEqual(actual[k]!, v));
    }
  }
  return false;
}

function verdict(ok: boolean, negated: boolean, what: string, actual: Actual): Verdict {
  const pass = negated ? !ok : ok;
  return { ok: pass, detail: pass ? `got ${show(actual)}` : `expected ${negated ? 'not ' : ''}${what}, got ${show(actual)}` };
}

/** Apply a value matcher to a property's value. */
export function applyMatcher(m: Matcher, actual: Actual, negated: boolean): Verdict {
  const args = m.args.map(plain);
  const bad = args.find((a): a is NotStatic => a instanceof NotStatic);
  if (bad) return { unsupported: bad.reason };
  const [expected] = args as (Actual | RegExp)[];
  const describeExpected = `${m.name}${m.operator ? ` ${m.operator}` : ''} ${show(expected)}`;
  switch (m.name) {
    case 'eq':
    case 'eql':
    case 'equal':
      if (expected instanceof RegExp || expected === undefined) return { unsupported: `${m.name} needs a value` };
      return verdict(deepEqual(actual, expected), negated, describeExpected, actual);
    case 'cmp': {
      if (expected === undefined) return { unsupported: 'cmp needs a value' };
      const r = cmp(actual, m.operator ?? '==', expected);
      if (r === undefined) return { unsupported: `cmp ${m.operator ?? '=='} does not apply to ${show(actual)} and ${show(expected)}` };
      // Like InSpec, a mode compared with an octal string is shown in octal.
      const octal = typeof expected === 'string' && OCTAL.test(expected) && typeof actual === 'number';
      return verdict(r, negated, describeExpected, octal ? `0${actual.toString(8)}` : actual);
    }
    case 'match': {
      const re = expected instanceof RegExp ? expected : typeof expected === 'string' ? new RegExp(expected, 'm') : undefined;
      if (!re) return { unsupported: 'match needs a regular expression or a string' };
      return verdict(typeof actual === 'string' && re.test(actual), negated, `to match ${show(re)}`, actual);
    }
    case 'include':
      if (args.length === 0) return { unsupported: 'include needs a value' };
      return verdict(args.every((e) => includes(actual, e as Actual | RegExp)), negated, `to include ${args.map((a) => show(a as Actual)).join(', ')}`, actual);
    case 'contain': {
      // ServerSpec's content matcher: a substring or a regex anywhere in the text.
      const found = typeof actual === 'string' && (expected instanceof RegExp ? expected.test(actual) : typeof expected === 'string' && actual.includes(expected));
      return verdict(found, negated, `to contain ${show(expected)}`, actual);
    }
    case 'be_in':
      if (!Array.isArray(expected)) return { unsupported: 'be_in needs a list' };
      return verdict(expected.some((e) => deepEqual(e, actual) || cmp(actual, '==', e) === true), negated, `to be in ${show(expected)}`, actual);
    case 'start_with':
      return verdict(typeof actual === 'string' && typeof expected === 'string' && actual.startsWith(expected), negated, `to start with ${show(expected)}`, actual);
    case 'end_with':
      return verdict(typeof actual === 'string' && typeof expected === 'string' && actual.endsWith(expected), negated, `to end with ${show(expected)}`, actual);
    case 'be': {
      if (!m.operator) {
        if (expected instanceof RegExp || expected === undefined) return { unsupported: 'be needs a value' };
        return verdict(actual === expected, negated, `to be ${show(expected)}`, actual);
      }
      if (typeof actual !== 'number' || typeof expected !== 'number') {
        return { unsupported: `be ${m.operator} compares numbers; got ${show(actual)} and ${show(expected)}` };
      }
      const r = compareNumbers(actual, m.operator, expected);
      if (r === undefined) return { unsupported: `operator ${m.operator} is not supported` };
      return verdict(r, negated, describeExpected, actual);
    }
    case 'be_empty':
      return verdict(actual === '' || (Array.isArray(actual) && actual.length === 0) || (!!actual && typeof actual === 'object' && Object.keys(actual).length === 0), negated, 'to be empty', actual);
    case 'be_nil':
      return verdict(actual === null, negated, 'to be nil', actual);
    case 'be_truthy':
      return verdict(actual !== null && actual !== false, negated, 'to be truthy', actual);
    case 'be_falsey':
    case 'be_falsy':
      return verdict(actual === null || actual === false, negated, 'to be falsey', actual);
    case 'be_zero':
      return verdict(actual === 0, negated, 'to be zero', actual);
    default:
      return { unsupported: `matcher ${m.name} is not supported on a value` };
  }
}
