/**
 * Chef's attribute hashes (Mash/ImmutableMash) treat `:a` and `'a'` as the
 * same key. Hashes read from the node are registered here; their lookups
 * convert symbol keys to strings, and so do the hashes nested in them.
 */
import { RArray, RHash, RObject, RSymbol, type RubyValue } from '../../values.js';

const mashes = new WeakSet<RHash>();
const immutable = new WeakSet<RHash>();

export function markMash(h: RHash, readOnly: boolean): RHash {
  mashes.add(h);
  if (readOnly) immutable.add(h);
  return h;
}

export function isMash(h: RHash): boolean {
  return mashes.has(h);
}

export function isImmutableMash(h: RHash): boolean {
  return immutable.has(h);
}

export function mashKey(h: RHash, key: RubyValue): RubyValue {
  return mashes.has(h) && key instanceof RSymbol ? key.name : key;
}

/** A lazy attribute value (dsl/lazy-attribute.ts) read from a mash: its block runs now, as Chef's does on read. */
export function resolveDeferred(v: RubyValue | undefined): RubyValue | undefined {
  if (!(v instanceof RObject)) return v;
  const d = v.internal as { deferred?: boolean; resolve?: () => RubyValue } | undefined;
  return d?.deferred === true && typeof d.resolve === 'function' ? d.resolve() : v;
}

/** A value taken out of a mash is a mash too (nested attribute hashes, and hashes inside its arrays). */
export function mashChild(parent: RHash, v: RubyValue | undefined): RubyValue | undefined {
  if (!mashes.has(parent)) return v;
  v = resolveDeferred(v);
  if (v instanceof RHash && !mashes.has(v)) markMash(v, immutable.has(parent));
  if (v instanceof RArray) markArrayItems(v, immutable.has(parent));
  return v;
}

/**
 * Hashes stored in an attribute Array are Mashes too: Chef's VividMash converts them on write (string keys, so
 * `node['a'][0][:k]` and `.k` read them), and the merged view hands them out as ImmutableMashes.
 */
export function markArrayItems(a: RArray, readOnly: boolean, depth = 0): RArray {
  if (depth > 100) return a;
  for (const x of a.items) {
    if (x instanceof RHash && !mashes.has(x)) markMash(x, readOnly);
    else if (x instanceof RArray) markArrayItems(x, readOnly, depth + 1);
  }
  return a;
}

/**
 * What Chef's ImmutableMash#to_h/#to_hash (a plain Hash) and #dup (a Mash)
 * return: a deep copy the recipe may change — `unit = node['x']['unit'].to_hash;
 * unit['Service']['ExecStart'] = ...` then writes the copy, never the node.
 */
export function mutableCopy(v: RubyValue, asMash: boolean): RubyValue {
  v = resolveDeferred(v) ?? null;
  if (v instanceof RArray) return new RArray(v.items.map((x) => mutableCopy(x, asMash)));
  if (!(v instanceof RHash)) return v;
  const out = new RHash();
  for (const [k, x] of v.entries()) out.set(k, mutableCopy(x, asMash));
  out.defaultValue = v.defaultValue;
  return asMash ? markMash(out, false) : out;
}

/**
 * Hashes that stand for a Chef::DataBagItem (data_bag_item, a data bag search's rows), by bag name. The item reads
 * like its Hash, as Chef's delegates, and answers its own methods: `raw_data` (the Hash itself, which libraries
 * take to iterate or change the item: `row.respond_to?(:raw_data) ? row.raw_data : row`) and `data_bag`.
 */
const dataBagItems = new WeakMap<RHash, string>();

export function markDataBagItem(h: RHash, bag: string): RHash {
  dataBagItems.set(h, bag);
  return h;
}

export function dataBagItemMethod(h: RHash, name: string): RubyValue | undefined {
  const bag = dataBagItems.get(h);
  if (bag === undefined) return undefined;
  if (name === 'raw_data') return h;
  if (name === 'data_bag') return bag;
  return undefined;
}
