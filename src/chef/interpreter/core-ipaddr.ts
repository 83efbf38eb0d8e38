/**
 * IPAddr (Ruby's ipaddr): cookbooks parse addresses and networks with it
 * (a hosts-file entry ranks 127.0.0.1 above the rest with
 * `IPAddr.new('127.0.0.0/8').include?(ip)`). Addresses are pure data, so
 * they are computed: parsing with an optional prefix (the address masked to
 * its network, as IPAddr does), `to_s`, equality, `include?`, the family
 * tests, `mask`, `to_i` and `to_range` ends. A string that is no address is
 * Ruby's IPAddr::InvalidAddressError.
 */
import { RObject, Unknown, type RubyValue } from '../values.js';
import { Instance, type InterpreterApi, type Native } from './runtime.js';
import { defineModule } from './define-module.js';
import { RaiseSignal } from './signals.js';
import { str } from './builtins/helpers.js';

interface Address { readonly family: 4 | 6; readonly addr: bigint; readonly prefix: number }

const BITS = { 4: 32, 6: 128 } as const;

function parseV4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((a, p) => (a << 8n) | BigInt(p), 0n);
}

function parseV6(s: string): bigint | undefined {
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string): string[] | undefined => {
    if (h === '') return [];
    const g = h.split(':');
    const last = g[g.length - 1]!;
    if (last.includes('.')) {
      const v4 = parseV4(last);
      if (v4 === undefined) return undefined;
      g.splice(g.length - 1, 1, (v4 >> 16n).toString(16), (v4 & 0xffffn).toString(16));
    }
    return g.every((x) => /^[0-9a-f]{1,4}$/i.test(x)) ? g : undefined;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0 || (halves.length === 2 && missing < 1)) return undefined;
  return [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail].reduce((a, g) => (a << 16n) | BigInt(`0x${g}`), 0n);
}

function maskOf(family: 4 | 6, prefix: number): bigint {
  const bits = BITS[family];
  return ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n);
}

export function parseAddress(text: string): Address | undefined {
  const [host, len, extra] = text.replace(/%.*$/, '').replace(/^\[|\]$/g, '').split('/');
  if (extra !== undefined || host === undefined) return undefined;
  const v4 = parseV4(host);
  const family: 4 | 6 = v4 !== undefined ? 4 : 6;
  const addr = v4 ?? parseV6(host);
  if (addr === undefined) return undefined;
  const prefix = len === undefined ? BITS[family] : /^\d+$/.test(len) ? Number(len) : (parseV4(len) !== undefined && family === 4 ? prefixOfMask(parseV4(len)!) : NaN);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > BITS[family]) return undefined;
  return { family, addr: addr & maskOf(family, prefix), prefix };
}

function prefixOfMask(m: bigint): number {
  let n = 0;
  for (let bit = 31n; bit >= 0n && (m >> bit) & 1n; bit--) n++;
  return n;
}

/** The text IPAddr#to_s gives: dotted quad, or IPv6 with the longest run of zero groups (two or more) as `::`. */
export function addressText(a: Pick<Address, 'family' | 'addr'>): string {
  if (a.family === 4) return [24n, 16n, 8n, 0n].map((s) => String((a.addr >> s) & 0xffn)).join('.');
  const g = Array.from({ length: 8 }, (_x, i) => Number((a.addr >> BigInt(112 - 16 * i)) & 0xffffn));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j === i ? i + 1 : j;
  }
  const hex = g.map((x) => x.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

export function registerIpAddr(interp: InterpreterApi): void {
  const cls = defineModule(interp, 'IPAddr', true);
  defineModule(interp, 'IPAddr::InvalidAddressError', true);
  const held = new WeakMap<RObject, Address>();
  const make = (a: Address): RObject => {
    const o = new RObject('IPAddr', new Instance(cls));
    held.set(o, a);
    return o;
  };
  const of = (v: RubyValue): Address | undefined => (v instanceof RObject ? held.get(v) : typeof v === 'string' ? parseAddress(v) : undefined);
  const self = (fn: (a: Address, c: Parameters<Native>[0]) => RubyValue): Native => (c) => {
    const a = of(c.self);
    return a ? fn(a, c) : null;
  };
  cls.singletonMethods.set('new', (c) => {
    const v = c.args[0] ?? '::';
    if (v instanceof Unknown) return v;
    const a = parseAddress(str(v));
    if (!a) throw new RaiseSignal('IPAddr::InvalidAddressError', `invalid address: ${str(v)}`, c.node.loc);
    return make(a);
  });
  const methods: Record<string, Native> = {
    to_s: self((a) => addressText(a)),
    // The uncompressed form: IPv6 as eight four-digit groups.
    to_string: self((a) => (a.family === 4 ? addressText(a) : Array.from({ length: 8 }, (_x, i) => ((a.addr >> BigInt(112 - 16 * i)) & 0xffffn).toString(16).padStart(4, '0')).join(':'))),
    inspect: self((a) => `#<IPAddr: IPv${a.family}:${addressText(a)}/${addressText({ family: a.family, addr: maskOf(a.family, a.prefix) })}>`),
    to_i: self((a) => Number(a.addr)),
    prefix: self((a) => a.prefix),
    'ipv4?': self((a) => a.family === 4),
    'ipv6?': self((a) => a.family === 6),
    'loopback?': self((a) => (a.family === 4 ? a.addr >> 24n === 127n : a.addr === 1n)),
    'private?': self((a) => a.family === 4 && ((a.addr >> 24n) === 10n || (a.addr >> 20n) === 0xac1n || (a.addr >> 16n) === 0xc0a8n)),
    mask: self((a, c) => (typeof c.args[0] === 'number' ? make({ family: a.family, addr: a.addr & maskOf(a.family, c.args[0]), prefix: c.args[0] }) : c.interp.unknown('IPAddr#mask with a mask that is not a prefix length', c.node, 'DEC0302'))),
    '==': self((a, c) => { const b = of(c.args[0] ?? null); return !!b && b.family === a.family && b.addr === a.addr; }),
    'include?': self((a, c) => {
      const o = c.args[0] ?? null;
      if (o instanceof Unknown) return o;
      const b = of(o);
      return !!b && b.family === a.family && (b.addr & maskOf(a.family, a.prefix)) === a.addr;
    }),
  };
  methods['==='] = methods['include?']!;
  methods['eql?'] = methods['==']!;
  for (const [k, fn] of Object.entries(methods)) cls.methods.set(k, fn);
}
