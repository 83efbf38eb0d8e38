/**
 * `Chef::JSONCompat` (lib/chef/json_compat.rb), which cookbooks use to write
 * JSON config files (`content Chef::JSONCompat.to_json_pretty(config)`). Chef
 * encodes with ffi-yajl, whose text is not Ruby's JSON.generate nor JS's
 * JSON.stringify: an empty array or hash pretty printed across two lines,
 * control characters as \u00XX, floats as Ruby prints them (1.0, 1.0e+20).
 * to_json_pretty chomps the newline yajl ends pretty output with. Checked
 * against ruby-ffi-yajl 2.3.1 (Debian 12) and Chef 18's json_compat.rb.
 */
import { RArray, RFloat, RHash, RSymbol, Unknown, type RubyValue } from '../values.js';
import { defineModule } from '../interpreter/define-module.js';
import type { InterpreterApi, Native } from '../interpreter/runtime.js';
import { toS } from '../interpreter/ruby-text.js';
import { dataToRuby, rubyToData } from '../to-data.js';

function yajlString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (code < 0x20) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** The text ffi-yajl writes for a value, or the Unknown it holds (a config with an unknown in it is unknown). */
export function yajlEncode(v: RubyValue, pretty: boolean, indent = ''): string | Unknown {
  if (v instanceof Unknown) return v;
  if (v === null) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v === 'string') return yajlString(v);
  if (v instanceof RSymbol) return yajlString(v.name);
  if (v instanceof RFloat) return toS(v);
  const inner = `${indent}  `;
  const join = (parts: string[], open: string, close: string): string =>
    pretty ? `${open}\n${parts.map((p) => inner + p).join(',\n')}\n${indent}${close}` : `${open}${parts.join(',')}${close}`;
  if (v instanceof RArray) {
    const parts: string[] = [];
    for (const x of v.items) {
      const t = yajlEncode(x, pretty, inner);
      if (t instanceof Unknown) return t;
      parts.push(t);
    }
    return join(parts, '[', ']');
  }
  if (v instanceof RHash) {
    const parts: string[] = [];
    for (const [k, x] of v.entries()) {
      const t = yajlEncode(x, pretty, inner);
      if (t instanceof Unknown) return t;
      const key = k instanceof RSymbol ? k.name : typeof k === 'string' ? k : toS(k);
      parts.push(`${yajlString(key)}:${pretty ? ' ' : ''}${t}`);
    }
    return join(parts, '{', '}');
  }
  // Anything else (a Struct, a library object) as decant's data view of it.
  const data = rubyToData(v);
  return data instanceof Unknown ? data : yajlEncode(dataToRuby(data), pretty, indent);
}

export function registerJsonCompat(interp: InterpreterApi): void {
  const mod = defineModule(interp, 'Chef::JSONCompat', true);
  const encode = (pretty: boolean): Native => (c) => {
    return yajlEncode(c.args[0] ?? null, pretty);
  };
  const parse: Native = (c) => {
    const s = c.args[0] ?? null;
    if (typeof s !== 'string') return s;
    try {
      return dataToRuby(JSON.parse(s));
    } catch {
      return c.interp.unknown('Chef::JSONCompat.parse of invalid JSON (Chef raises here)', c.node);
    }
  };
  mod.singletonMethods.set('to_json', encode(false));
  mod.singletonMethods.set('to_json_pretty', encode(true));
  mod.singletonMethods.set('parse', parse);
  mod.singletonMethods.set('from_json', parse);
}
