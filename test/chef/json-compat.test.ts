/**
 * Differential test: Chef::JSONCompat against Chef's own definition run by
 * Debian's ruby with ruby-ffi-yajl (the encoder Chef uses). A JSON config a
 * cookbook writes with to_json_pretty must be byte for byte what Chef writes.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

const VALUES = [
  "{ 'service' => { 'name' => 'kafka', 'port' => 9092, 'tags' => [] }, 'checks' => [] }",
  "{ 'a' => {}, 'b' => [1, 2.5, 1.0, nil, true], :sym => :val, 3 => 'x' }",
  "[{ 'q' => \"tab\\there \\\"quoted\\\" back\\\\slash \\u0001 é 😀 </script>\" }]",
  "{ 'deep' => { 'deeper' => { 'deepest' => [[], [{}]] } } }",
  '[]',
  "{ 'big' => 12345678901234, 'exp' => 1e20, 'small' => 0.1 }",
];

const ORACLE = `
require 'ffi_yajl'
def to_json(obj, opts = nil) = FFI_Yajl::Encoder.encode(obj, opts)
def to_json_pretty(obj) = to_json(obj, { pretty: true }).chomp
STDIN.read.split("\\n").each { |src| v = eval(src); puts [to_json_pretty(v), to_json(v)].inspect }
`;

describe('Chef::JSONCompat against ffi-yajl', () => {
  it('to_json_pretty and to_json write what Chef writes', async () => {
    const expected = execFileSync('ruby', ['-e', ORACLE], { input: VALUES.join('\n'), encoding: 'utf8' }).trim().split('\n');
    const recipe = VALUES.map((v, i) => `file '/p${i}' do\n  content Chef::JSONCompat.to_json_pretty(${v})\nend\nfile '/c${i}' do\n  content Chef::JSONCompat.to_json(${v})\nend\n`).join('');
    const c = await evaluateCookbook('cb', { 'recipes/default.rb': recipe });
    const content = (name: string) => c.resources.find((r) => r.type === 'file' && r.name === name)?.properties['content'];
    VALUES.forEach((_, i) => {
      const [pretty, compact] = JSON.parse(expected[i]!.replace(/\\u\{([0-9a-f]+)\}/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))) as [string, string];
      expect(content(`/p${i}`)).toBe(pretty);
      expect(content(`/c${i}`)).toBe(compact);
    });
  });

  it('parse reads JSON back, and invalid JSON is an Unknown that says Chef raises', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "file '/a' do\n  content Chef::JSONCompat.parse('{\"a\":[1,2]}')['a'].join(',')\nend\nfile '/b' do\n  content Chef::JSONCompat.from_json('{oops').to_s\nend\n",
    });
    expect(c.resources.find((r) => r.name === '/a')?.properties['content']).toBe('1,2');
    expect(c.resources.find((r) => r.name === '/b')?.properties['content']).toMatchObject({ reason: expect.stringContaining('invalid JSON') });
  });
});
