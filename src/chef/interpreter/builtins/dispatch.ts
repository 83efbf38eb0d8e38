/** Builtin methods by receiver type, then the methods every object has. */
import { RArray, RFloat, RHash, RProc, RRange, RSymbol, type RubyValue } from '../../values.js';
import { NOT_FOUND, type Call, type Found } from '../runtime.js';
import type { Scope } from '../scope.js';
import { regexpOf } from '../regexp.js';
import { regexpMethod } from './regexp-methods.js';
import { arrayMethod } from './array-methods.js';
import { hashMethod } from './hash-methods.js';
import { objectMethod } from './object-methods.js';
import { boolMethod, nilMethod, numberMethod, procMethod, rangeMethod, symbolMethod } from './scalar-methods.js';
import { stringMethod } from './string-methods.js';

export function callBuiltin(c: Call, _scope: Scope | undefined): Found {
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
