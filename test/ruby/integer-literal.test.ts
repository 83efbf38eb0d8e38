import { describe, expect, it } from 'vitest';
import { isRubyInteger, parseRubyInteger, readExactRubyInteger } from '../../src/ruby/integer-literal.js';

describe('parseRubyInteger', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['1_000_000', 1_000_000],
    ['0x1F', 31],
    ['0XfF', 255],
    ['0b101', 5],
    ['0B1_0', 2],
    ['0o644', 0o644],
    ['0O17', 15],
    ['0644', 0o644],
    ['0755', 0o755],
    ['00', 0],
    ['0d10', 10],
    ['0D0_9', 9],
    ['-1', -1],
    ['+5', 5],
    ['-0x10', -16],
    ['-0644', -0o644],
  ])('%s is %d', (text, value) => {
    expect(parseRubyInteger(text)).toBe(value);
    expect(isRubyInteger(text)).toBe(true);
  });

  it.each(['08', '019', '0x', '0b2', '0o8', 'abc', '', '1.5', '0d', '--1'])('%j is not an integer literal: NaN', (text) => {
    expect(parseRubyInteger(text)).toBeNaN();
    expect(isRubyInteger(text)).toBe(false);
    expect(readExactRubyInteger(text)).toBeUndefined();
  });

  it('past the safe range is the nearest double; readExactRubyInteger refuses it', () => {
    expect(parseRubyInteger('18446744073709551616')).toBe(2 ** 64);
    expect(parseRubyInteger('0xffffffffffffffff')).toBe(2 ** 64);
    expect(readExactRubyInteger('18446744073709551616')).toBeUndefined();
    expect(readExactRubyInteger(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(readExactRubyInteger('0644')).toBe(0o644);
  });
});
