/**
 * The gyoku gem (`require 'gyoku'`, or Chef's fork `chef-gyoku`), which cookbooks use to write XML configs from a
 * Hash (ossec's ossec.conf: `Gyoku.xml('ossec_config' => hash)`): pure text, so decant evaluates it as gyoku 1.3
 * does (Debian's ruby-gyoku 1.3.1 is the oracle of the differential test). The rules, from its Hash, Array,
 * XMLKey and XMLValue and the Builder markup it writes with:
 * - a String key is the tag as written; a Symbol key is converted (lowerCamelCase unless `key_converter:` says
 *   :camelcase, :upcase or :none); a trailing `!` or `/` is cut from the tag, `!` leaves the value unescaped, `/`
 *   makes the tag self-closing; a leading `:` drops a namespace prefix;
 * - a value that is a Hash nests; an Array repeats the tag per element (a nested Array's elements are `element`);
 *   nil is `<tag xsi:nil="true"/>`; a String is escaped as CGI.escapeHTML does; anything else prints with to_s;
 * - `@name` keys of a Hash value are its tag's attributes, `:content!` its text, `:attributes!` and `:order!` (or
 *   'order!') set attributes per key and the order of keys; an empty Hash is an empty tag.
 * Other options (namespaces, unwrap) and values gyoku formats specially (dates, times, callables) are unknown.
 */
import { RArray, RFloat, RHash, RSymbol, Unknown, type RubyValue } from '../values.js';
import type { Call, InterpreterApi } from './runtime.js';
import { defineModule } from './define-module.js';
import { inspect, toS } from './ruby-text.js';
import { RaiseSignal } from './signals.js';
import { firstUnknown } from './value-ops.js';

type Converter = (key: string) => string;

const camelcase: Converter = (key) =>
  key.replace(/\/(.?)/g, (m) => `::${m.slice(-1).toUpperCase()}`).replace(/(?:^|_)(.)/g, (m) => m.slice(-1).toUpperCase());
const CONVERTERS: Readonly<Record<string, Converter>> = {
  lower_camelcase: (key) => key.charAt(0).toLowerCase() + camelcase(key).slice(1),
  camelcase,
  upcase: (key) => key.toUpperCase(),
  none: (key) => key,
};

/** What gyoku cannot write as decant models it: said as the reason of an Unknown. */
class NotModelled extends Error {}
/** gyoku's own ArgumentError (an :order! that does not list the Hash's keys), raised at the call. */
class OrderError extends Error {}

const isSymbol = (v: RubyValue, name: string) => v instanceof RSymbol && v.name === name;
const keyText = (k: RubyValue) => (k instanceof RSymbol ? k.name : toS(k));

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
// Builder's attribute escaping: its text escaping, then newlines and double quotes.
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/"/g, '&quot;');

type Attributes = [string, RubyValue][];

/** A Hash's `@name` keys as attributes, each replacing a same-named one already there (gyoku's merge). */
function explicitAttributes(attrs: Attributes, h: RHash, value: (v: RubyValue) => RubyValue): void {
  for (const [k, v] of h.entries()) {
    if (!keyText(k).startsWith('@')) continue;
    const name = keyText(k).slice(1);
    const at = attrs.findIndex(([n]) => n === name);
    if (at >= 0) attrs[at] = [name, value(v)];
    else attrs.push([name, value(v)]);
  }
}

function openTag(name: string, attrs: Attributes): string {
  return `<${name}${attrs.map(([k, v]) => ` ${k}="${v instanceof RSymbol ? v.name : escapeAttribute(toS(v))}"`).join('')}`;
}
const tag = (name: string, attrs: Attributes, body: string) => `${openTag(name, attrs)}>${body}</${name}>`;
const emptyTag = (name: string, attrs: Attributes) => `${openTag(name, attrs)}/>`;

function xmlKey(key: RubyValue, convert: Converter): string {
  let k = keyText(key);
  if (k.endsWith('!') || k.endsWith('/')) k = k.slice(0, -1);
  if (k.startsWith(':')) k = k.split(':').pop()!;
  return key instanceof RSymbol ? convert(k) : k;
}

function xmlValue(v: RubyValue, escape: boolean, convert: Converter): string {
  if (typeof v === 'string') return escape ? escapeHtml(v) : v;
  if (v instanceof RHash) return hashXml(v, convert);
  if (v === null || typeof v === 'number' || typeof v === 'boolean' || v instanceof RSymbol || v instanceof RFloat) return toS(v);
  throw new NotModelled(`gyoku's form of ${inspect(v).slice(0, 60)}`);
}

/** `:order!` (or 'order!'): the keys in that order, which must be the Hash's own (attributes aside). */
function orderOf(h: RHash, keys: RubyValue[]): RubyValue[] {
  const given = h.get(RSymbol.of('order!')) ?? h.get('order!');
  const plain = keys.filter((k) => !isSymbol(k, 'order!') && !(typeof k === 'string' && k === 'order!'));
  const isAttr = (k: RubyValue) => keyText(k).startsWith('@');
  if (!(given instanceof RArray)) return plain.filter((k) => !isAttr(k));
  const order = given.items.filter((k) => !isAttr(k));
  const hashable = plain.filter((k) => !isAttr(k));
  const same = (a: RubyValue, b: RubyValue) => a === b || (a instanceof RSymbol && b instanceof RSymbol && a.name === b.name);
  const missing = hashable.filter((k) => !order.some((o) => same(o, k)));
  const spurious = order.filter((o) => !hashable.some((k) => same(o, k)));
  if (missing.length) throw new OrderError(`Missing elements in :order! ${inspect(new RArray(missing))}`);
  if (spurious.length) throw new OrderError(`Spurious elements in :order! ${inspect(new RArray(spurious))}`);
  return order;
}

function hashXml(h: RHash, convert: Converter): string {
  const perKey = h.get(RSymbol.of('attributes!'));
  const keys = h.keys().filter((k) => !isSymbol(k, 'attributes!'));
  let out = '';
  for (const key of orderOf(h, keys)) {
    const given = perKey instanceof RHash ? perKey.get(key) : undefined;
    const attrs: Attributes = given instanceof RHash ? given.entries().map(([k, v]) => [keyText(k), v]) : [];
    let value = h.get(key) ?? null;
    if (value instanceof RHash) {
      const own = RHash.from(value.entries());
      explicitAttributes(attrs, own, (v) => v);
      for (const k of own.keys()) if (keyText(k).startsWith('@')) own.delete(k);
      const content = own.get(RSymbol.of('content!'));
      own.delete(RSymbol.of('content!'));
      value = content !== undefined && content !== null ? content : own;
      if ((value instanceof RHash && value.size === 0) || (value instanceof RArray && value.items.length === 0) || value === '') value = '';
    }
    const text = keyText(key);
    const selfClosing = text.endsWith('/');
    const escape = !text.endsWith('!');
    const name = xmlKey(key, convert);
    if (isSymbol(key, 'content!')) out += xmlValue(value, escape, convert);
    else if (value instanceof RArray) out += arrayXml(value, name, escape, attrs, selfClosing, convert);
    else if (value instanceof RHash) out += tag(name, attrs, hashXml(value, convert));
    else if (selfClosing) out += emptyTag(name, attrs);
    else if (value === null) out += emptyTag(name, [['xsi:nil', 'true']]);
    else out += tag(name, attrs, xmlValue(value, escape, convert));
  }
  return out;
}

function arrayXml(a: RArray, name: string, escape: boolean, attributes: Attributes, selfClosing: boolean, convert: Converter): string {
  return a.items
    .map((item, index) => {
      // Per-element attributes: an Array value gives each element its own, a falsy one none.
      const attrs: Attributes = [];
      for (const [k, v] of attributes) {
        const x = v instanceof RArray ? v.items[index] ?? null : v;
        if (x !== null && x !== false) attrs.push([k, x]);
      }
      // An element's own `@name` keys are written with to_s, as gyoku's Array does.
      if (item instanceof RHash) explicitAttributes(attrs, item, toS);
      if (selfClosing) return emptyTag(name, attrs);
      if (item instanceof RHash) return tag(name, attrs, hashXml(item, convert));
      if (item instanceof RArray) return tag(name, attrs, arrayXml(item, 'element', true, [], false, convert));
      if (item === null) return emptyTag(name, [['xsi:nil', 'true']]);
      return tag(name, attrs, xmlValue(item, escape, convert));
    })
    .join('');
}

/** The key converter the options name; undefined (with why) for options decant does not model. */
function converterOf(c: Call, options: RubyValue | undefined): Converter | Unknown {
  if (options === undefined || options === null) return CONVERTERS['lower_camelcase']!;
  if (!(options instanceof RHash)) return c.interp.unknown(`Gyoku options ${inspect(options).slice(0, 60)} are not a Hash`, c.node);
  const other = options.keys().filter((k) => !isSymbol(k, 'key_converter'));
  if (other.length) return c.interp.unknown(`Gyoku option ${other.map((k) => inspect(k)).join(', ')} is not modelled`, c.node, 'DEC0302');
  const name = options.get(RSymbol.of('key_converter'));
  const convert = name instanceof RSymbol ? CONVERTERS[name.name] : undefined;
  return convert ?? c.interp.unknown(`Gyoku key_converter ${inspect(name ?? null)} is not modelled`, c.node, 'DEC0302');
}

function gyokuXml(c: Call): RubyValue {
  const hash = c.args[0] ?? null;
  const unknown = firstUnknown(hash);
  if (unknown) return unknown;
  if (!(hash instanceof RHash)) return c.interp.unknown(`Gyoku.xml of ${inspect(hash).slice(0, 60)}: it takes a Hash`, c.node);
  const convert = converterOf(c, c.args[1]);
  if (convert instanceof Unknown) return convert;
  try {
    return hashXml(hash, convert);
  } catch (e) {
    if (e instanceof OrderError) throw new RaiseSignal('ArgumentError', e.message, c.node.loc);
    if (e instanceof NotModelled) return c.interp.unknown(`Gyoku.xml: ${e.message} is not modelled`, c.node, 'DEC0302');
    throw e;
  }
}

export function registerGyoku(interp: InterpreterApi): void {
  const mod = defineModule(interp, 'Gyoku');
  mod.singletonMethods.set('xml', gyokuXml);
  mod.singletonMethods.set('xml_tag', (c) => {
    const convert = converterOf(c, c.args[1]);
    return convert instanceof Unknown ? convert : xmlKey(c.args[0] ?? null, convert);
  });
}
