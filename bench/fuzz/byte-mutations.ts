/**
 * Mutations that know nothing of Ruby: what a bad editor, a truncated copy or
 * a binary file in the wrong place does to a cookbook file.
 */
import type { Rng } from './prng.js';

type ByteMutation = (b: Buffer, rng: Rng) => Buffer;

const at = (b: Buffer, rng: Rng) => rng.int(b.length + 1);

const splice = (b: Buffer, start: number, removed: number, inserted: Buffer) =>
  Buffer.concat([b.subarray(0, start), inserted, b.subarray(Math.min(b.length, start + removed))]);

const INVALID_UTF8 = [
  Buffer.from([0xff]),
  Buffer.from([0xfe, 0xff]),
  Buffer.from([0xc3]), // a lead byte with no continuation
  Buffer.from([0x80, 0x80]), // continuations with no lead
  Buffer.from([0xed, 0xa0, 0x80]), // an encoded UTF-16 surrogate
  Buffer.from([0xf4, 0x90, 0x80, 0x80]), // past U+10FFFF
  Buffer.from([0xc0, 0xaf]), // an overlong '/'
];

export const BYTE_MUTATIONS: Record<string, ByteMutation> = {
  'flip-bit': (b, rng) => {
    if (b.length === 0) return b;
    const c = Buffer.from(b);
    const i = rng.int(c.length);
    c[i] = c[i]! ^ (1 << rng.int(8));
    return c;
  },
  'insert-byte': (b, rng) => splice(b, at(b, rng), 0, Buffer.from([rng.int(256)])),
  'insert-ascii-punct': (b, rng) => splice(b, at(b, rng), 0, Buffer.from(rng.pick(['"', "'", '{', '}', '(', ')', '[', ']', '|', '#', '%', '<%', '%>', '\\', 'end', 'do', '#{', '`', '/', '<<~EOS']))),
  'delete-range': (b, rng) => {
    const s = at(b, rng);
    return splice(b, s, 1 + rng.int(rng.chance(0.5) ? 8 : 400), Buffer.alloc(0));
  },
  truncate: (b, rng) => b.subarray(0, rng.int(b.length)),
  'duplicate-range': (b, rng) => {
    const s = rng.int(b.length);
    const e = Math.min(b.length, s + 1 + rng.int(300));
    const copies = rng.pick([1, 2, 50]);
    return splice(b, at(b, rng), 0, Buffer.concat(Array.from({ length: copies }, () => b.subarray(s, e))));
  },
  'insert-nul': (b, rng) => splice(b, at(b, rng), 0, Buffer.alloc(1 + rng.int(4))),
  'insert-invalid-utf8': (b, rng) => splice(b, at(b, rng), 0, rng.pick(INVALID_UTF8)),
  'huge-line': (b, rng) => {
    const size = rng.pick([100_000, 1_000_000, 1_100_000, 4_300_000]);
    const unit = rng.pick(['a', 'x = 1; ', '# comment ', '"', 'é', '(']);
    return splice(b, at(b, rng), 0, Buffer.from(unit.repeat(Math.ceil(size / Buffer.byteLength(unit)))));
  },
  'many-lines': (b, rng) => splice(b, at(b, rng), 0, Buffer.from('\n'.repeat(rng.pick([10_000, 500_000])))),
  crlf: (b) => Buffer.from(b.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
  'lone-cr': (b) => Buffer.from(b.toString('latin1').replace(/\n/g, '\r'), 'latin1'),
  bom: (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
  utf16: (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]),
  empty: () => Buffer.alloc(0),
  'random-bytes': (_b, rng) => Buffer.from(Array.from({ length: 1 + rng.int(2000) }, () => rng.int(256))),
};

export const BYTE_MUTATION_NAMES = Object.keys(BYTE_MUTATIONS).sort();
