/**
 * The two merges of Chef's lib/chef/node/attribute.rb, over Ruby values.
 * `undefined` plays Chef's NIL sentinel ("absent at this component"), which
 * differs from an explicit nil: an explicit nil at a higher level replaces.
 */
import { RArray, RHash, hashKey, type RubyValue } from '../values.js';

/** A deep copy of hashes and arrays; other values are immutable or shared as Chef shares them. */
export function deepCopy(value: RubyValue): RubyValue {
  if (value instanceof RHash) {
    const out = new RHash();
    for (const [k, v] of value.entries()) out.set(k, deepCopy(v));
    out.defaultValue = value.defaultValue;
    return out;
  }
  if (value instanceof RArray) return new RArray(value.items.map(deepCopy));
  return value;
}

/**
 * Merge within the default (or override) components: hashes merge key by key,
 * two arrays become their union in order (Ruby's `|`, which also drops
 * duplicates already in the lower array), anything else is replaced.
 * Returns a new value; the inputs are not changed.
 */
export function deepMerge(onto: RubyValue | undefined, withValue: RubyValue | undefined): RubyValue | undefined {
  if (withValue === undefined) return onto === undefined ? undefined : deepCopy(onto);
  if (onto instanceof RHash && withValue instanceof RHash) {
    const out = deepCopy(onto) as RHash;
    for (const [k, v] of withValue.entries()) {
      out.set(k, out.has(k) ? (deepMerge(out.get(k), v) as RubyValue) : deepCopy(v));
    }
    return out;
  }
  if (onto instanceof RArray && withValue instanceof RArray) return arrayUnion(onto, withValue);
  return deepCopy(withValue);
}

/**
 * Merge across levels (default < normal < override < automatic): only hashes
 * merge; a higher level's array or scalar replaces the lower value whole.
 */
export function hashOnlyMerge(onto: RubyValue | undefined, withValue: RubyValue | undefined): RubyValue | undefined {
  if (withValue === undefined) return onto === undefined ? undefined : deepCopy(onto);
  if (onto instanceof RHash && withValue instanceof RHash) {
    const out = deepCopy(onto) as RHash;
    for (const [k, v] of withValue.entries()) {
      out.set(k, out.has(k) ? (hashOnlyMerge(out.get(k), v) as RubyValue) : deepCopy(v));
    }
    return out;
  }
  return deepCopy(withValue);
}

function arrayUnion(a: RArray, b: RArray): RArray {
  const seen = new Set<string>();
  const items: RubyValue[] = [];
  for (const v of [...a.items, ...b.items]) {
    const k = hashKey(v);
    if (seen.has(k)) continue;
    seen.add(k);
    items.push(deepCopy(v));
  }
  return new RArray(items);
}
