/** Hash methods; enumerable ones that return Arrays go through enumerableMethod over [key, value] pairs. */
import { RArray, RHash, RProc, Unknown, type RubyValue } from '../../values.js';
import { type Call, type Found } from '../runtime.js';
import { inspect } from '../ruby-text.js';
import { rEquals } from '../value-ops.js';
import { enumerableMethod } from './array-methods.js';
import { blockTruth, yieldBlock } from './helpers.js';
import { HASH_METHOD_NAMES } from '../../attributes/hash-method-names.js';
import { dataBagItemMethod, isImmutableMash, isMash, markMash, mashChild, mashKey, mutableCopy } from './mash.js';

function pairs(h: RHash): RubyValue[] {
  return h.entries().map(([k, v]) => new RArray([k, mashChild(h, v) ?? null]));
}

export function deepMerge(into: RHash, from: RHash): RHash {
  for (const [k, v] of from.entries()) {
    const cur = into.get(k);
    if (cur instanceof RHash && v instanceof RHash) into.set(k, deepMerge(copyHash(cur), v));
    else into.set(k, v);
  }
  return into;
}

export function copyHash(h: RHash): RHash {
  const out = RHash.from(h.entries());
  out.defaultValue = h.defaultValue;
  if (isMash(h)) markMash(out, false);
  return out;
}

function merged(c: Call, base: RHash, others: RubyValue[]): RubyValue {
  for (const o of others) {
    if (o instanceof Unknown) return o;
    if (!(o instanceof RHash)) continue;
    for (const [k, v] of o.entries()) {
      const key = mashKey(base, k);
      if (c.block && base.has(key)) base.set(key, yieldBlock(c, key, base.get(key)!, v));
      else base.set(key, v);
    }
  }
  return base;
}

export function hashMethod(c: Call, h: RHash): Found {
  const item = c.args.length === 0 ? dataBagItemMethod(h, c.name) : undefined;
  if (item !== undefined) return item;
  const a = c.args;
  const key = (i = 0) => mashKey(h, a[i] ?? null);
  switch (c.name) {
    case '[]': {
      const v = h.get(key());
      if (v !== undefined) return mashChild(h, v)!;
      if (h.defaultValue instanceof RProc) return c.interp.callProc(h.defaultValue, [h, a[0] ?? null], c.node);
      return h.defaultValue ?? null;
    }
    case '[]=': case 'store':
      if (isImmutableMash(h)) {
        c.interp.report('DEC0306', 'warning', 'node attributes read with node[...] are immutable; write with node.default[...] or node.override[...]', c.node.loc);
        return a[1] ?? null;
      }
      h.set(key(), a[1] ?? null);
      return a[1] ?? null;
    case 'fetch': {
      const v = h.get(key());
      if (v !== undefined) return mashChild(h, v)!;
      if (c.block) return yieldBlock(c, a[0] ?? null);
      if (a.length > 1) return a[1]!;
      return c.interp.unknown(`key ${inspect(a[0] ?? null)} not found (KeyError)`, c.node, 'DEC0301', 'warning');
    }
    case 'dig': {
      let v: RubyValue = h;
      for (const k of a) {
        if (v === null) return null;
        v = c.interp.send(v, '[]', [k], null, c.node);
      }
      return v;
    }
    case 'key?': case 'has_key?': case 'include?': case 'member?': return h.has(key());
    case 'value?': case 'has_value?': return h.values().some((v) => rEquals(v, a[0] ?? null));
    case 'key': return h.entries().find(([, v]) => rEquals(v, a[0] ?? null))?.[0] ?? null;
    case 'keys': return new RArray(h.keys());
    case 'values': return new RArray(h.values().map((v) => mashChild(h, v) ?? null));
    case 'values_at': return new RArray(a.map((k) => h.get(mashKey(h, k)) ?? null));
    case 'fetch_values': return new RArray(a.map((k) => h.get(mashKey(h, k)) ?? null));
    case 'length': case 'size': case 'count': if (!c.block && !a.length) return h.size; break;
    case 'empty?': return h.size === 0;
    case 'to_h': case 'to_hash': case 'to_hash_deep':
      if (c.block) break;
      return isImmutableMash(h) ? mutableCopy(h, false) : h;
    case 'dup': case 'clone': return isImmutableMash(h) ? mutableCopy(h, true) : copyHash(h);
    case 'merge': return merged(c, copyHash(h), a);
    case 'merge!': case 'update': return merged(c, h, a);
    case 'deep_merge': return a[0] instanceof RHash ? deepMerge(copyHash(h), a[0]) : h;
    case 'delete': { const v = h.delete(key()); return v === undefined ? (c.block ? yieldBlock(c, a[0] ?? null) : null) : v; }
    case 'each': case 'each_pair':
      if (!c.block) return h;
      for (const [k, v] of h.entries()) yieldBlock(c, k, mashChild(h, v) ?? null);
      return h;
    case 'each_key': for (const k of h.keys()) yieldBlock(c, k); return h;
    case 'each_value': for (const v of h.values()) yieldBlock(c, mashChild(h, v) ?? null); return h;
    case 'select': case 'filter': case 'reject': case 'filter_map_h': {
      if (!c.block) return h;
      const out = new RHash();
      for (const [k, v] of h.entries()) {
        const t = blockTruth(c, k, v);
        if (t instanceof Unknown) return t;
        if (t === (c.name !== 'reject')) out.set(k, v);
      }
      if (isMash(h)) markMash(out, false);
      return out;
    }
    case 'delete_if': case 'reject!': case 'select!': case 'keep_if': {
      const keep = c.name === 'select!' || c.name === 'keep_if';
      for (const [k, v] of h.entries()) {
        const t = blockTruth(c, k, v);
        if (t instanceof Unknown) continue;
        if (t !== keep) h.delete(k);
      }
      return h;
    }
    case 'transform_values': case 'transform_keys': {
      const out = new RHash();
      for (const [k, v] of h.entries()) {
        if (c.name === 'transform_values') out.set(k, c.block ? yieldBlock(c, v) : v);
        else out.set(c.block ? yieldBlock(c, k) : a[0] instanceof RHash ? a[0].get(k) ?? k : k, v);
      }
      return out;
    }
    case 'transform_values!': for (const [k, v] of h.entries()) h.set(k, yieldBlock(c, v)); return h;
    case 'transform_keys!': {
      // Ruby rebuilds the table in order: the new keys replace the old ones, insertion order kept.
      const entries = h.entries().map(([k, v]): [RubyValue, RubyValue] => [c.block ? yieldBlock(c, k) : a[0] instanceof RHash ? a[0].get(k) ?? k : k, v]);
      for (const [k] of h.entries()) h.delete(k);
      for (const [k, v] of entries) h.set(k, v);
      return h;
    }
    case 'slice': { const out = new RHash(); for (const k of a) { const kk = mashKey(h, k); if (h.has(kk)) out.set(kk, h.get(kk)!); } return out; }
    case 'except': { const out = copyHash(h); for (const k of a) out.delete(mashKey(h, k)); return out; }
    case 'invert': return RHash.from(h.entries().map(([k, v]) => [v, k]));
    case 'compact': return RHash.from(h.entries().filter(([, v]) => v !== null));
    case 'compact!': {
      // Ruby answers nil when nothing was removed.
      const nils = h.entries().filter(([, v]) => v === null).map(([k]) => k);
      for (const k of nils) h.delete(k);
      return nils.length > 0 ? h : null;
    }
    case 'sort': case 'sort_by': case 'min_by': case 'max_by': case 'sum': break;
    case 'any?': if (!c.block) return h.size > 0; break;
    case 'find': case 'detect': break;
    case 'to_a': return new RArray(pairs(h));
    case 'flatten': return new RArray(h.entries().flatMap(([k, v]) => [k, v]));
    case 'to_s': case 'inspect': return inspect(h);
    case '==': case 'eql?': return rEquals(h, a[0] ?? null);
    case 'default': return h.defaultValue ?? null;
    case 'default=': h.defaultValue = a[0] ?? null; return a[0] ?? null;
    case 'clear': for (const k of h.keys()) h.delete(k); return h;
    case 'replace': for (const k of h.keys()) h.delete(k); if (a[0] instanceof RHash) for (const [k, v] of a[0].entries()) h.set(k, v); return h;
    case 'first': if (!a.length) return pairs(h)[0] ?? null; break;
    case 'sort_keys': break;
    case 'assoc': { const v = h.get(key()); return v === undefined ? null : new RArray([a[0]!, v]); }
    case 'group_by': case 'partition': case 'each_with_object': case 'each_with_index': case 'map': case 'flat_map': case 'collect': case 'inject': case 'reduce': break;
    case 'frozen?': return false;
    // Chef's attribute hashes answer attribute?(k) as key?(k) (Chef 11/12's Mash API, still in old recipes).
    case 'attribute?': if (isMash(h)) return h.has(key()); break;
    default:
      // Mash method-style reads: `node['nginx'].dir`.
      // Ruby calls method_missing only for a name Hash lacks, so a key named like a Hash method is not read this way.
      if (isMash(h) && a.length === 0 && !c.block && /^[a-z_][a-z0-9_]*$/.test(c.name) && !HASH_METHOD_NAMES.has(c.name) && h.has(c.name)) return mashChild(h, h.get(c.name))!;
      break;
  }
  return enumerableMethod(c, pairs(h), h);
}
