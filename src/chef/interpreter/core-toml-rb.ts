/**
 * The toml-rb gem (`require 'toml-rb'`), which cookbooks use to write TOML configs from a Hash
 * (`TomlRB.dump(hash)`, grafana's ldap.toml, chef_auto_accumulator's TOML files): pure text, so decant evaluates
 * it as toml-rb 2.2's Dumper does (Debian's ruby-toml-rb is the oracle of the differential test). Keys are sorted;
 * a table prints its plain pairs, then its sub-tables (`[a.b]`, printed only where it has plain pairs or is
 * empty), then its arrays of tables (`[[a.c]]`); a key that is not bare is quoted; strings print as Ruby's
 * inspect (with `\#` unescaped), other values as inspect. Reading TOML (TomlRB.parse, load_file) is unknown.
 */
import { RArray, RHash, RSymbol, type RubyValue } from '../values.js';
import type { Call, InterpreterApi } from './runtime.js';
import { defineModule } from './define-module.js';
import { inspect, toS } from './ruby-text.js';
import { RaiseSignal } from './signals.js';
import { firstUnknown } from './value-ops.js';

/** What the Dumper raises in Ruby (keys Ruby cannot sort), raised at the call. */
class DumpError extends Error {
  constructor(readonly rubyClass: string, message: string) {
    super(message);
  }
}

const BARE = /^[a-zA-Z0-9_-]*$/;

/** Ruby's `<=>` on the keys `keys.sort` compares: Strings (byte order) or Symbols, not a mix. */
function sortedKeys(h: RHash): RubyValue[] {
  const keys = h.keys();
  const allStrings = keys.every((k) => typeof k === 'string');
  const allSymbols = keys.every((k) => k instanceof RSymbol);
  if (!allStrings && !allSymbols && keys.length > 1) throw new DumpError('ArgumentError', 'comparison of keys failed');
  const text = (k: RubyValue) => Buffer.from(k instanceof RSymbol ? k.name : toS(k), 'utf8');
  return [...keys].sort((a, b) => Buffer.compare(text(a), text(b)));
}

function keyOf(k: RubyValue): string {
  const s = k instanceof RSymbol ? k.name : toS(k);
  if (BARE.test(s)) return s;
  if (k instanceof RSymbol) throw new DumpError('NoMethodError', `undefined method \`gsub' for ${inspect(k)}:Symbol`);
  return `"${s.replace(/"/g, '\\"')}"`;
}

function toToml(v: RubyValue): string {
  if (typeof v === 'string') return inspect(v).replace(/\\(#[$@{])/g, '$1');
  if (v instanceof RArray) return `[${v.items.map(toToml).join(', ')}]`;
  return inspect(v);
}

type Pairs = { simple: [RubyValue, RubyValue][]; nested: [RubyValue, RHash][]; tables: [RubyValue, RArray][] };

function sortPairs(h: RHash): Pairs {
  const out: Pairs = { simple: [], nested: [], tables: [] };
  for (const k of sortedKeys(h)) {
    const v = h.get(k) ?? null;
    if (v instanceof RHash) out.nested.push([k, v]);
    else if (v instanceof RArray && v.items[0] instanceof RHash) out.tables.push([k, v]);
    else out.simple.push([k, v]);
  }
  return out;
}

function dump(h: RHash): string {
  let toml = '';
  const prefixLine = (prefix: readonly string[], extra: boolean) => {
    const p = prefix.join('.');
    toml += `[${extra ? `[${p}]` : p}]\n`;
  };
  const dumpPairs = (pairs: Pairs, prefix: readonly string[]) => {
    for (const [k, v] of pairs.simple) toml += `${keyOf(k)} = ${toToml(v)}\n`;
    for (const [k, v] of pairs.nested) visit(v, [...prefix, keyOf(k)]);
    for (const [k, v] of pairs.tables) {
      const at = [...prefix, keyOf(k)];
      for (const child of v.items) {
        prefixLine(at, true);
        // The Dumper sorts each element's pairs as a Hash's; an element that is not one fails there, as in Ruby.
        if (!(child instanceof RHash)) throw new DumpError('NoMethodError', `undefined method \`keys' for ${inspect(child)}`);
        dumpPairs(sortPairs(child), at);
      }
    }
  };
  const visit = (t: RHash, prefix: readonly string[]) => {
    const pairs = sortPairs(t);
    if (prefix.length > 0 && (pairs.simple.length > 0 || t.size === 0)) prefixLine(prefix, false);
    dumpPairs(pairs, prefix);
  };
  visit(h, []);
  return toml;
}

function tomlDump(c: Call): RubyValue {
  const h = c.args[0] ?? null;
  const unknown = firstUnknown(h);
  if (unknown) return unknown;
  if (!(h instanceof RHash)) return c.interp.unknown(`TomlRB.dump of ${inspect(h).slice(0, 60)}: it takes a Hash`, c.node);
  try {
    return dump(h);
  } catch (e) {
    if (e instanceof DumpError) throw new RaiseSignal(e.rubyClass, e.message, c.node.loc);
    throw e;
  }
}

export function registerTomlRb(interp: InterpreterApi): void {
  const mod = defineModule(interp, 'TomlRB');
  mod.singletonMethods.set('dump', tomlDump);
  mod.singletonMethods.set('parse', (c) => c.interp.unknown('TomlRB.parse reads TOML text, which decant does not evaluate', c.node, 'DEC0302'));
  mod.singletonMethods.set('load_file', (c) => c.interp.unknown(`TomlRB.load_file(${inspect(c.args[0] ?? null)}) reads a file on the host`, c.node));
}
