/**
 * src/chef/attributes/hash-method-names.ts is generated from Debian's ruby3.1
 * (the oracle) by scripts/hash-method-names.rb: where that Ruby is here, the
 * checked-in file must be what the script prints now.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HASH_METHOD_NAMES } from '../../../src/chef/attributes/hash-method-names.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const version = spawnSync('ruby', ['-e', 'print RUBY_VERSION'], { encoding: 'utf8' });
const oracleHere = version.status === 0 && version.stdout.startsWith('3.1.');

describe('hash method names', () => {
  it.runIf(oracleHere)('the generated file is what scripts/hash-method-names.rb prints with ruby 3.1', () => {
    const printed = execFileSync('ruby', [`${root}scripts/hash-method-names.rb`], { encoding: 'utf8' });
    expect(readFileSync(`${root}src/chef/attributes/hash-method-names.ts`, 'utf8')).toBe(printed);
  });

  it('holds the Hash methods a method-style key must not shadow, and not the usual attribute names', () => {
    for (const m of ['keys', 'size', 'count', 'select', 'merge', 'to_hash', 'key?', 'each', 'regular_writer']) expect(HASH_METHOD_NAMES.has(m)).toBe(true);
    for (const k of ['port', 'dir', 'version', 'user', 'name', 'path', 'config']) expect(HASH_METHOD_NAMES.has(k)).toBe(false);
  });
});
