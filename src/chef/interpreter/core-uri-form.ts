/**
 * URI's form encoding (`URI.encode_www_form`, `encode_www_form_component` and their decoders), as recipes build
 * a query string for a download or a health URL. Exact Ruby 3.1 results: every byte outside `*-._0-9A-Za-z` is
 * percent-encoded from UTF-8, a space is '+', a nil value writes the key alone, an Array value repeats the key.
 */
import { RArray, RHash, Unknown, type RubyValue } from '../values.js';
import type { ModuleDef, Native } from './runtime.js';
import { toS } from './ruby-text.js';

export function encodeWwwFormComponent(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) => {
      const ch = String.fromCharCode(b);
      if (/[*\-.0-9A-Z_a-z]/.test(ch)) return ch;
      return b === 0x20 ? '+' : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

export function decodeWwwFormComponent(s: string): string | undefined {
  if (/%(?![0-9a-fA-F]{2})/.test(s)) return undefined;
  return Buffer.from(s.replace(/\+/g, ' ').replace(/%([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
}

/** The pairs of a Hash or an Array of [key, value] pairs; an Unknown anywhere is the answer. */
function pairsOf(v: RubyValue): [RubyValue, RubyValue][] | Unknown | undefined {
  if (v instanceof Unknown) return v;
  const pairs = v instanceof RHash ? [...v.entries()] : v instanceof RArray ? v.items.map((p) => (p instanceof RArray ? ([p.items[0] ?? null, p.items[1] ?? null] as [RubyValue, RubyValue]) : undefined)) : undefined;
  if (!pairs || pairs.some((p) => p === undefined)) return undefined;
  const known = pairs as [RubyValue, RubyValue][];
  const u = known.flat().flatMap((x) => (x instanceof RArray ? x.items : [x])).find((x): x is Unknown => x instanceof Unknown);
  return u ?? known;
}

export function registerUriForms(uri: ModuleDef): void {
  const encodeForm: Native = (c) => {
    const pairs = pairsOf(c.args[0] ?? null);
    if (pairs instanceof Unknown) return pairs;
    if (!pairs) return c.interp.unknown('URI.encode_www_form of a value that is neither a Hash nor an Array of pairs', c.node, 'DEC0302');
    return pairs
      .flatMap(([k, v]) => {
        const key = encodeWwwFormComponent(toS(k));
        if (v === null) return [key];
        return (v instanceof RArray ? v.items : [v]).map((x) => (x === null ? key : `${key}=${encodeWwwFormComponent(toS(x))}`));
      })
      .join('&');
  };
  const encodeComponent: Native = (c) => {
    const v = c.args[0] ?? null;
    return v instanceof Unknown ? v : encodeWwwFormComponent(toS(v));
  };
  const decodeComponent: Native = (c) => {
    const v = c.args[0] ?? null;
    if (v instanceof Unknown) return v;
    return decodeWwwFormComponent(toS(v)) ?? c.interp.unknown(`URI.decode_www_form_component of ${JSON.stringify(toS(v))}: Ruby raises ArgumentError (invalid %-encoding)`, c.node, 'DEC0302');
  };
  uri.singletonMethods.set('encode_www_form', encodeForm);
  uri.singletonMethods.set('encode_www_form_component', encodeComponent);
  uri.singletonMethods.set('decode_www_form_component', decodeComponent);
}
