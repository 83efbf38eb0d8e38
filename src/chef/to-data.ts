/** Ruby values ↔ the model's plain Data, at the evaluate stage's boundary. */
import type { Data } from '../model/data.js';
import { RArray, RFloat, RHash, RObject, RProc, RRange, RSymbol, Unknown, type RubyValue } from './values.js';
import { toS } from './interpreter/ruby-text.js';
import { Instance, ModuleDef } from './interpreter/runtime.js';

const MAX_RANGE = 1000;

/**
 * Values nested deeper than this become Unknown here: every later stage
 * (plan, JSON, YAML) walks Data recursively, and a value built in a loop
 * (`a = [a]` 100,000 times) would overflow their stacks.
 */
export const MAX_DATA_DEPTH = 1000;

export function rubyToData(v: RubyValue, seen: Set<object> = new Set(), depth = 0): Data {
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  if (v instanceof Unknown) return v;
  if (v instanceof RSymbol) return v.name;
  if (v instanceof RFloat) return v.value;
  if (v instanceof RArray || v instanceof RHash) {
    if (seen.has(v)) return new Unknown('a value that contains itself');
    if (depth >= MAX_DATA_DEPTH) return new Unknown(`a value nested deeper than ${MAX_DATA_DEPTH} levels`);
    seen.add(v);
    try {
      if (v instanceof RArray) return v.items.map((x) => rubyToData(x, seen, depth + 1));
      const out: { [k: string]: Data } = {};
      for (const [k, x] of v.entries()) out[k instanceof RSymbol ? k.name : typeof k === 'string' ? k : toS(k)] = rubyToData(x, seen, depth + 1);
      return out;
    } finally {
      seen.delete(v);
    }
  }
  if (v instanceof RRange) {
    if (typeof v.begin === 'number' && typeof v.end === 'number' && v.end - v.begin <= MAX_RANGE) {
      const out: number[] = [];
      for (let i = v.begin; v.exclusive ? i < v.end : i <= v.end; i++) out.push(i);
      return out;
    }
    return new Unknown(`the range ${toS(v)} is too large to list`);
  }
  // A block is known code (ruby_block's `block`): shown as Ruby's Proc#inspect shows it, where it was written.
  if (v instanceof RProc) return procText(v);
  if (v instanceof RObject) {
    const resolvable = v.internal as { resolve?: () => RubyValue } | undefined;
    if (resolvable && typeof resolvable.resolve === 'function') return rubyToData(resolvable.resolve(), seen, depth);
    if (v.className === 'Regexp') return toS(v);
    if (v.className === 'Gem::Version') return toS(v.ivars.get('@version') ?? null);
    // A class or module (`provider Chef::Provider::Service::Upstart`) is known by its name, as Ruby prints it.
    if (v.internal instanceof ModuleDef && !v.internal.name.startsWith('#<')) return v.internal.name;
    // A resource handed on as a value (to a template, into a hash) is what Chef prints for it: `type[name]`.
    if (v.className.startsWith('Chef::Resource::')) {
      const identity = (v.internal as { identity?: unknown; instance?: { identity?: unknown } } | undefined);
      const id = identity?.identity ?? identity?.instance?.identity;
      if (typeof id === 'string') return id;
    }
    // An instance of a library class or a Struct is known when its state is: its instance variables, by name.
    if (v.internal instanceof Instance) return objectState(v, seen, depth);
    return new Unknown(`an object of class ${v.className}`);
  }
  return new Unknown('a value decant cannot represent');
}

function objectState(v: RObject, seen: Set<object>, depth: number): Data {
  if (seen.has(v)) return new Unknown('a value that contains itself');
  if (depth >= MAX_DATA_DEPTH) return new Unknown(`a value nested deeper than ${MAX_DATA_DEPTH} levels`);
  seen.add(v);
  try {
    const out: { [k: string]: Data } = {};
    for (const [k, x] of v.ivars) out[k] = rubyToData(x, seen, depth + 1);
    return out;
  } finally {
    seen.delete(v);
  }
}

export function dataToRuby(d: Data): RubyValue {
  if (d === null || typeof d === 'boolean' || typeof d === 'string') return d;
  if (typeof d === 'number') return Number.isInteger(d) ? d : new RFloat(d);
  if (d instanceof Unknown) return d;
  if (Array.isArray(d)) return new RArray(d.map(dataToRuby));
  const h = new RHash();
  for (const [k, v] of Object.entries(d)) h.set(k, dataToRuby(v));
  return h;
}

function procText(p: RProc): string {
  const loc = (p.body as { loc?: { file: string; line: number } } | undefined)?.loc;
  return `#<Proc${loc ? ` ${loc.file}:${loc.line}` : ''}${p.isLambda ? ' (lambda)' : ''}>`;
}
