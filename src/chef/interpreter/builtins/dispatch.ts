/** Builtin methods by receiver type, then the methods every object has. */
import { RArray, RFloat, RHash, RProc, RRange, RSymbol, type RubyValue } from '../../values.js';
import { NOT_FOUND, type Call, type Found, type Scope } from '../runtime.js';
import { regexpOf } from '../regexp.js';
import { regexpMethod } from './regexp-methods.js';
import { arrayMethod } from './array-methods.js';
import { hashMethod } from './hash-methods.js';
import { objectMethod } from './object-methods.js';
import { boolMethod, nilMethod, numberMethod, procMethod, rangeMethod, symbolMethod } from './scalar-methods.js';
import { stringMethod } from './string-methods.js';
import { MAX_COLLECTION_SIZE, MAX_STRING_LENGTH } from './size-budget.js';


export function callBuiltin(c: Call, scope: Scope | undefined): Found {
  let r: Found;
  c.interp.chargeWork(c.node, c.name, c.self, c.args);
  try {
    r = dispatchByType(c, scope);
  } catch (e) {
    // Growth this check did not foresee (`'a' * 10**9`) still throws in V8: it is the same budget, not a decant bug.
    if (e instanceof RangeError && /Invalid (string|array) length|Array buffer allocation/i.test(e.message)) return tooLarge(c, `${c.name} made a value too large for JavaScript`);
    throw e;
  }
  const size = sizeOf(r);
  if (size === undefined) return r;
  return size.length > size.limit ? tooLarge(c, `${c.name} made ${size.what} of ${size.length} (over the budget of ${size.limit})`) : r;
}

function sizeOf(r: Found): { what: string; length: number; limit: number } | undefined {
  if (typeof r === 'string') return { what: 'a string', length: r.length, limit: MAX_STRING_LENGTH };
  if (r instanceof RArray) return { what: 'an array', length: r.items.length, limit: MAX_COLLECTION_SIZE };
  if (r instanceof RHash) return { what: 'a hash', length: r.size, limit: MAX_COLLECTION_SIZE };
  return undefined;
}

function tooLarge(c: Call, why: string): RubyValue {
  return c.interp.unknown(`value too large: ${why}`, c.node, 'DEC0311', 'error');
}

function dispatchByType(c: Call, _scope: Scope | undefined): Found {
  const v: RubyValue = c.self;
  let r: Found = NOT_FOUND;
  if (typeof v === 'string') r = stringMethod(c, v);
  else if (typeof v === 'number' || v instanceof RFloat) r = numberMethod(c, v);
  else if (v instanceof RArray) r = arrayMethod(c, v);
  else if (v instanceof RHash) r = hashMethod(c, v);
  else if (v instanceof RSymbol) r = symbolMethod(c, v);
  else if (v === null) r = nilMethod(c);
  else if (typeof v === 'boolean') r = boolMethod(c, v);
  else if (v instanceof RRange) r = rangeMethod(c, v);
  else if (v instanceof RProc) r = procMethod(c, v);
  else if (regexpOf(v)) r = regexpMethod(c, regexpOf(v)!);
  if (r !== NOT_FOUND) return r;
  return objectMethod(c, v);
}
