/** Kernel functions: calls without a receiver that every self answers. */
import path from 'node:path';
import { RArray, RFloat, RHash, RObject, RProc, RRange, Unknown, type RubyValue } from '../../values.js';
import type { Call, Native } from '../runtime.js';
import { moduleOf } from '../runtime.js';
import { BreakSignal, RaiseSignal, ThrowSignal } from '../signals.js';
import { inspect, toS } from '../ruby-text.js';
import { sprintfValue } from '../sprintf.js';
import { num, rangeItems, rEquals } from '../value-ops.js';
import { arrayOf, str } from './helpers.js';
import { requireLibrary } from '../required-gems.js';

function raise(c: Call): RubyValue {
  const [first, second] = c.args;
  let cls = 'RuntimeError';
  let message = 'unhandled exception';
  if (typeof first === 'string') message = first;
  else if (first instanceof RObject) {
    const mod = moduleOf(first);
    cls = mod ? mod.name : first.className;
    message = second !== undefined ? toS(second) : (first.internal as { message?: string } | undefined)?.message ?? cls;
  } else if (first instanceof Unknown) message = `(message unknown: ${first.reason})`;
  throw new RaiseSignal(cls, message, c.node.loc);
}

function toInteger(c: Call): RubyValue {
  const v = c.args[0] ?? null;
  if (v instanceof Unknown) return v;
  if (typeof v === 'number') return v;
  if (v instanceof RFloat) return Math.trunc(v.value);
  const s = str(v).replace(/_/g, '').trim();
  const base = typeof c.args[1] === 'number' ? c.args[1] : undefined;
  if (/^[-+]?(0x[0-9a-f]+|0b[01]+|0o?[0-7]+|\d+)$/i.test(s) || base) {
    if (base) return parseInt(s, base);
    if (/^[-+]?0x/i.test(s)) return parseInt(s.replace(/0x/i, ''), 16) * (s.startsWith('-') ? -1 : 1);
    if (/^[-+]?0b/i.test(s)) return parseInt(s.replace(/0b/i, ''), 2);
    if (/^[-+]?0o?[0-7]+$/i.test(s) && s.replace(/^[-+]/, '').length > 1) return parseInt(s.replace(/0o?/i, ''), 8);
    return parseInt(s, 10);
  }
  const last = c.args[c.args.length - 1];
  if (last instanceof RHash) return null;
  throw new RaiseSignal('ArgumentError', `invalid value for Integer(): ${inspect(v)}`, c.node.loc);
}

const ignored: Native = () => null;

const KERNEL: Record<string, Native> = {
  puts: ignored, print: ignored, warn: ignored, printf: ignored, pp: (c) => c.args[0] ?? null,
  p: (c) => (c.args.length === 1 ? c.args[0]! : c.args.length ? new RArray(c.args) : null),
  raise, fail: raise,
  // Visibility in a file whose self is not a module (an LWRP provider or resource file, a custom resource):
  // it changes who may call a method, never what a method returns.
  private: (c) => c.args[0] ?? null, public: (c) => c.args[0] ?? null, protected: (c) => c.args[0] ?? null,
  require: (c) => {
    const name = c.args[0] ?? null;
    // An absolute path into the cookbook cache (`require File.expand_path('../helpers', __FILE__)`) is a library of the run.
    const own = typeof name === 'string' && name.startsWith('/') ? c.interp.requireRelative?.(name, c.node.loc) : undefined;
    return own ?? requireLibrary(c.interp, name);
  },
  require_relative: (c) => {
    const target = c.args[0];
    return typeof target === 'string' && c.interp.requireRelative ? c.interp.requireRelative(target, c.node.loc) ?? false : true;
  }, gem: () => true, load: () => true, autoload: () => null,
  format: (c) => sprintfValue(c.args[0] ?? '', c.args.slice(1)),
  sprintf: (c) => sprintfValue(c.args[0] ?? '', c.args.slice(1)),
  Integer: toInteger,
  Float: (c) => { const v = c.args[0] ?? null; if (v instanceof Unknown) return v; const n = num(v) ?? Number(str(v)); return Number.isNaN(n) ? c.interp.unknown(`Float(${inspect(v)})`, c.node) : new RFloat(n); },
  String: (c) => { const v = c.args[0] ?? null; return v instanceof Unknown ? v : toS(v); },
  Array: (c) => { const v = c.args[0] ?? null; if (v instanceof RRange) return new RArray(rangeItems(v) ?? []); return v instanceof Unknown ? v : v instanceof RArray ? v : new RArray(arrayOf(v)); },
  Hash: (c) => { const v = c.args[0] ?? null; return v instanceof RHash ? v : new RHash(); },
  lambda: (c) => (c.block ? new RProc(c.block.params, c.block.body, c.block.scope, true) : null),
  proc: (c) => c.block ?? null,
  'block_given?': (c) => !!c.scope?.frame.block,
  loop: (c) => {
    if (!c.block) return null;
    const block = c.block;
    try {
      c.interp.inLoop(c.node, () => {
        for (;;) c.interp.yieldTo(block, [], c.node);
      });
      return null;
    } catch (e) {
      if (e instanceof BreakSignal) return e.value;
      if (e instanceof RaiseSignal && e.className === 'StopIteration') return null;
      throw e;
    }
  },
  catch: (c) => {
    const tag = c.args[0] ?? null;
    try {
      return c.block ? c.interp.yieldTo(c.block, [tag], c.node) : null;
    } catch (e) {
      if (e instanceof ThrowSignal && rEquals(e.tag, tag)) return e.value;
      throw e;
    }
  },
  throw: (c) => { throw new ThrowSignal(c.args[0] ?? null, c.args[1] ?? null); },
  sleep: () => 0,
  rand: (c) => c.interp.unknown('rand is random', c.node),
  srand: () => 0,
  at_exit: () => null,
  binding: (c) => c.interp.unknown('binding is not modelled', c.node, 'DEC0302'),
  caller: (c) => callerLines(c),
  // The folder of the file running, as `__FILE__` names it (`File.expand_path('../x', __dir__)`).
  __dir__: (c) => (c.scope ? path.posix.dirname(c.interp.sourcePath(c.scope.frame.ref)) : null),
  // tree-sitter-ruby reads the keywords __FILE__ and __LINE__ as identifiers: they reach here as calls.
  __FILE__: (c) => (c.scope ? c.interp.sourcePath(c.scope.frame.ref) : null),
  __LINE__: (c) => c.node.loc.line,
  // Kernel#URI: a URI stays itself, a String is parsed as URI.parse does.
  URI: (c) => {
    const v = c.args[0] ?? null;
    const uri = c.interp.root.constants.get('URI');
    return v instanceof RObject || v instanceof Unknown || uri === undefined ? v : c.interp.send(uri, 'parse', [v], null, c.node);
  },
  __method__: (c) => { const m = c.scope?.frame.method; return m ? m.name : null; },
  system: (c) => c.interp.unknown(`system(${inspect(c.args[0] ?? null)}) runs on the host`, c.node),
  exec: (c) => c.interp.unknown('exec runs on the host', c.node),
  open: (c) => c.interp.unknown('open reads the host', c.node),
  exit: (c) => { throw new RaiseSignal('SystemExit', 'exit called', c.node.loc); },
  abort: (c) => { throw new RaiseSignal('SystemExit', toS(c.args[0] ?? 'abort'), c.node.loc); },
  freeze: (c) => c.self,
  attr_accessor: () => null,
};

export function kernelFunction(name: string): Native | undefined {
  return Object.prototype.hasOwnProperty.call(KERNEL, name) ? KERNEL[name] : undefined;
}

/**
 * Kernel#caller: one "file:line:in `method'" line per Ruby method running, innermost first, each naming the place
 * it was called from and the method that call is in (as Ruby 3.1 prints them; a call from a block inside a method is
 * named after the method, without Ruby's "block in"). `caller(start, length)` slices it as Ruby does. Cookbook
 * helpers read it to name themselves in log lines (chef_auto_accumulator's log_chef).
 */
function callerLines(c: Call): RubyValue {
  const stack = c.interp.callStack;
  // caller(0) starts at the line running now, in the innermost method.
  const here = `${c.interp.sourcePath(c.node.loc)}:${c.node.loc.line}:in \`${stack.length > 0 ? stack[stack.length - 1]!.method : '<top (required)>'}'`;
  const lines: string[] = [here];
  for (let i = stack.length - 1; i >= 0; i--) {
    const label = i > 0 ? stack[i - 1]!.method : '<top (required)>';
    const at = stack[i]!.at;
    lines.push(`${c.interp.sourcePath(at)}:${at.line}:in \`${label}'`);
  }
  const start = typeof c.args[0] === 'number' ? c.args[0] : 1;
  const length = typeof c.args[1] === 'number' ? c.args[1] : undefined;
  if (start < 0) throw new RaiseSignal('ArgumentError', `negative level (${start})`, c.node.loc);
  return new RArray(lines.slice(start, length === undefined ? undefined : start + length));
}
