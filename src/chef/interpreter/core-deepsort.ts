/**
 * The deepsort gem (`require 'deepsort'`), which cookbooks use to write config hashes in a stable order: it adds
 * deep_sort, deep_sort_by and their bang forms to Hash and Array. Each sorts a hash's pairs and an array's items
 * by `<=>` of the block's key (the value itself without a block), after sorting every hash and array inside;
 * `hash: false` / `array: false` leave that kind's own order. Values that do not compare stay Unknown, as Ruby
 * would raise ArgumentError.
 */
import { RArray, RHash, RSymbol, type RProc, type RubyValue } from '../values.js';
import { defineModule } from './define-module.js';
import type { Call, InterpreterApi, Native } from './runtime.js';
import { rCompare } from './value-ops.js';

interface SortOptions {
  readonly hash: boolean;
  readonly array: boolean;
  readonly key: (v: RubyValue) => RubyValue;
}

class Incomparable extends Error {}

function sortedBy<T>(items: T[], key: (x: T) => RubyValue): T[] {
  const keyed = items.map((x) => ({ x, k: key(x) }));
  keyed.sort((a, b) => {
    const c = rCompare(a.k, b.k);
    if (c === undefined) throw new Incomparable();
    return c;
  });
  return keyed.map((e) => e.x);
}

function deepSorted(v: RubyValue, o: SortOptions, depth = 0): RubyValue {
  if (depth > 100) throw new Incomparable();
  if (v instanceof RHash) {
    const pairs = v.entries().map(([k, x]) => new RArray([deepSorted(k, o, depth + 1), deepSorted(x, o, depth + 1)]));
    const out = RHash.from((o.hash ? sortedBy(pairs, o.key) : pairs).map((p) => [p.items[0]!, p.items[1]!]));
    out.defaultValue = v.defaultValue;
    return out;
  }
  if (v instanceof RArray) {
    const items = v.items.map((x) => deepSorted(x, o, depth + 1));
    return new RArray(o.array ? sortedBy(items, o.key) : items);
  }
  return v;
}

function options(c: Call, block: RProc | null): SortOptions {
  const h = c.args[0] instanceof RHash ? c.args[0] : undefined;
  const off = (name: string) => h?.get(RSymbol.of(name)) === false;
  return { hash: !off('hash'), array: !off('array'), key: block ? (x) => c.interp.callProc(block, [x], c.node) : (x) => x };
}

function sortNative(inPlace: boolean): Native {
  return (c) => {
    let sorted: RubyValue;
    try {
      sorted = deepSorted(c.self, options(c, c.block));
    } catch (e) {
      if (!(e instanceof Incomparable)) throw e;
      return c.interp.unknown(`${c.name} of values that do not compare (Ruby raises ArgumentError)`, c.node, 'DEC0302');
    }
    if (!inPlace) return sorted;
    // The bang forms reorder the receiver itself, as Hash#replace and Array#replace do.
    if (c.self instanceof RHash && sorted instanceof RHash) {
      for (const k of c.self.keys()) c.self.delete(k);
      for (const [k, x] of sorted.entries()) c.self.set(k, x);
    } else if (c.self instanceof RArray && sorted instanceof RArray) c.self.items = sorted.items;
    return c.self;
  };
}

export function registerDeepSort(interp: InterpreterApi): void {
  for (const cls of ['Hash', 'Array']) {
    const mod = defineModule(interp, cls, true);
    mod.methods.set('deep_sort', sortNative(false));
    mod.methods.set('deep_sort_by', sortNative(false));
    mod.methods.set('deep_sort!', sortNative(true));
    mod.methods.set('deep_sort_by!', sortNative(true));
  }
}
