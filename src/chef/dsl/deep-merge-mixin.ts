/**
 * `Chef::Mixin::DeepMerge` (lib/chef/mixin/deep_merge.rb), which cookbooks
 * call to layer a hash of settings over defaults. Its merge is the one the
 * attribute store uses within a precedence level: hashes merge key by key,
 * arrays become their union, anything else is replaced by the winning side.
 * Both sides become Mashes first, so symbol keys are strings in the result.
 */
import { RArray, RHash, RSymbol, Unknown, type RubyValue } from '../values.js';
import { defineModule } from '../interpreter/define-module.js';
import type { InterpreterApi, Native } from '../interpreter/runtime.js';
import { deepMerge, hashOnlyMerge } from '../attributes/attribute-merge.js';
import { markMash } from '../interpreter/builtins/mash.js';

/** `Mash.new(value)`, deeply: symbol keys become strings. */
function mashify(v: RubyValue): RubyValue {
  if (v instanceof RHash) {
    const out = new RHash();
    for (const [k, x] of v.entries()) out.set(k instanceof RSymbol ? k.name : k, mashify(x));
    return markMash(out, false);
  }
  if (v instanceof RArray) return new RArray(v.items.map(mashify));
  return v;
}

function replaceContents(target: RHash, from: RHash): void {
  for (const k of target.keys()) target.delete(k);
  for (const [k, v] of from.entries()) target.set(k, v);
}

export function registerDeepMerge(interp: InterpreterApi): void {
  const mod = defineModule(interp, 'Chef::Mixin::DeepMerge');
  const unknownOf = (args: readonly RubyValue[]): Unknown | undefined => args.find((a): a is Unknown => a instanceof Unknown);
  // merge(first, second): second wins.
  const merge: Native = (c) => unknownOf(c.args) ?? mashify(deepMerge(mashify(c.args[0] ?? null), mashify(c.args[1] ?? null)) ?? null);
  // deep_merge!(source, dest): source is merged into dest, which is changed and returned.
  const mergeInto: Native = (c) => {
    const u = unknownOf(c.args);
    if (u) return u;
    const [source, dest] = [c.args[0] ?? null, c.args[1] ?? null];
    const merged = mashify(deepMerge(mashify(dest), mashify(source)) ?? null);
    if (dest instanceof RHash && merged instanceof RHash) {
      replaceContents(dest, merged);
      return dest;
    }
    return merged;
  };
  const hashOnly: Native = (c) => unknownOf(c.args) ?? mashify(hashOnlyMerge(mashify(c.args[0] ?? null), mashify(c.args[1] ?? null)) ?? null);
  for (const table of [mod.singletonMethods, mod.methods]) {
    table.set('merge', merge);
    table.set('deep_merge!', mergeInto);
    table.set('deep_merge', (c) => unknownOf(c.args) ?? mashify(deepMerge(mashify(c.args[1] ?? null), mashify(c.args[0] ?? null)) ?? null));
    table.set('hash_only_merge', hashOnly);
    table.set('hash_only_merge!', hashOnly);
  }
}
