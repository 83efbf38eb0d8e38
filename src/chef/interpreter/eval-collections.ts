/** Array and hash literals, and the argument lists built the same way (splats, `key: value` pairs). */
import { RArray, RHash, RRange, Unknown, sym, type RubyValue } from '../values.js';
import { nodeText, type Ast } from './ast.js';
import type { Scope } from './runtime.js';
import { toS } from './ruby-text.js';
import { rangeItems } from './value-ops.js';
import type { Evaluator } from './evaluator.js';

export function evalList(interp: Evaluator, nodes: readonly Ast[], scope: Scope): RubyValue[] {
  const out: RubyValue[] = [];
  for (const c of nodes) {
    if (c.type === 'splat_argument') {
      const v = interp.eval(c.children[0]!, scope);
      if (v instanceof RRange) out.push(...(rangeItems(v) ?? [interp.unknown('splat of a huge range', c)]));
      else if (v instanceof RArray) out.push(...v.items);
      else if (v instanceof RHash) out.push(...v.entries().map(([k, x]) => new RArray([k, x])));
      else if (v !== null) out.push(v);
    } else if (c.type === 'pair') {
      // `[a: 1]` is an array holding a hash.
      const h = new RHash();
      h.set(evalKey(interp, c.fields.key!, scope), interp.eval(c.fields.value!, scope));
      out.push(h);
    } else out.push(interp.eval(c, scope));
  }
  return out;
}

export function evalKey(interp: Evaluator, k: Ast, scope: Scope): RubyValue {
  if (k.type === 'hash_key_symbol') return sym(nodeText(k));
  if (k.type === 'string' && k.src[k.end] === ':') {
    const s = interp.evalString(k, scope);
    return s instanceof Unknown ? s : sym(toS(s));
  }
  return interp.eval(k, scope);
}

export function evalHash(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const h = new RHash();
  for (const c of n.children) {
    if (c.type === 'pair') {
      const key = evalKey(interp, c.fields.key!, scope);
      const value = c.fields.value ? interp.eval(c.fields.value, scope) : interp.evalIdentifier(c.fields.key!, scope);
      h.set(key, value);
    } else if (c.type === 'hash_splat_argument') {
      const v = interp.eval(c.children[0]!, scope);
      if (v instanceof RHash) for (const [k, x] of v.entries()) h.set(k, x);
      else if (v instanceof Unknown) return v;
    }
  }
  return h;
}