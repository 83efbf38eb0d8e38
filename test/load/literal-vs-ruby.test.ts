/**
 * Differential check of the literal reader against Debian's ruby: each
 * expression is evaluated by Ruby and printed as JSON (symbols become
 * strings, as in decant's Data), then compared with what the reader made of it.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLiteralFile } from '../../src/ruby/literal.js';
import { initParsers } from '../../src/ruby/parser.js';

const EXPRESSIONS = [
  `'it\\'s \\\\ here \\n'`,
  `"tab\\there \\e[0m \\x41\\u00e9 \\\\"`,
  `"nested #{"in#{1}ner"} #{2.5} #{true} #{nil}."`,
  `%w(a b  c)`,
  `%w[x\\ y z]`,
  `%W(a#{1} b\\tc)`,
  `%w(back\\\\slash \\n)`,
  `%i(start enable)`,
  `%w|a\\| b\\( c|`,
  `{ :a => 1, 'b' => [1, -2, 3.25], c: { 'd': nil, e: false } }`,
  `[0755, 0x10, 0b101, 1_000_000, -0.5, 1e3]`,
  `'con' "cat" 'ed'`,
  `:"dyn#{1}amic"`,
  `[[], {}, [[:x]]]`,
];

let ruby: unknown[] | undefined;
beforeAll(async () => {
  await initParsers();
  const program = `require 'json'\nputs JSON.generate([${EXPRESSIONS.join(",\n")}])`;
  // No try: without ruby the oracle is missing and every case must fail, not skip (the test setup installs ruby).
  ruby = JSON.parse(execFileSync('ruby', ['-e', program], { encoding: 'utf8' })) as unknown[];
});

describe('literal reader agrees with ruby', () => {
  EXPRESSIONS.forEach((expr, i) => {
    it(expr, () => {
      const f = readLiteralFile(`v ${expr}\n`, { file: 'x.rb' }, { code: 'DEC0203' });
      expect(f.diagnostics).toEqual([]);
      expect(f.calls[0]!.args[0]).toEqual(ruby![i]);
    });
  });
});
