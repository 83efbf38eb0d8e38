/**
 * Rendering fuzz: seeded templates mixing awkward text (quotes, backslashes,
 * `#{`, non-ASCII, blank-ish lines) with well-formed tags, rendered by decant
 * and by ruby-erubis, compared byte for byte. CR LF and lone CR are in the
 * mix: Ruby reads CR LF in a literal as LF, a lone CR as itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RArray, RHash, sym } from '../../../src/chef/values.js';
import { initParsers } from '../../../src/ruby/parser.js';
import { renderTemplateText } from '../../../src/chef/render-template.js';
import { oracleRenders } from './ruby-oracle.js';
import { rubyLiteral } from './ruby-literal.js';


const TEXT = ['\r\n', '\r', "'", '\\', '\\\\', "\\'", '#{x}', '#', '"', 'é', '日本', ' ', '  ', '\t', '\n', '\n\n', 'a', 'b c', '%', '%>', '-%>'];
const TAGS = [
  '<%= @port %>',
  '<%= @hosts %>',
  '<%= @level -%>',
  '<%= @nothing %>',
  '<%- x = 1 -%>',
  '<% y = 2 %>',
  '<%# comment %>',
  '<%# two\nlines %>',
  '<%% literal %>',
  '<% if @on %>on<% end %>',
  '<% if @on -%>\nON\n<% end -%>\n',
  '  <% @hosts.each do |h| %>\n- <%= h %>\n  <% end %>\n',
  '<%= "q\'#{@port}" %>',
];
const CASES = 400;

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = seeded(77);
const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const templates = Array.from({ length: CASES }, () => {
  let t = '';
  const n = Math.floor(next() * 16);
  for (let i = 0; i < n; i++) t += next() < 0.6 ? pick(TEXT) : pick(TAGS);
  return t;
});

const variables = RHash.from([
  [sym('port'), 8080],
  [sym('hosts'), new RArray(['a', "b'c"])],
  [sym('level'), sym('warn')],
  [sym('nothing'), null],
  [sym('on'), true],
]);

const dir = mkdtempSync(join(tmpdir(), 'decant-render-fuzz-'));
const paths = templates.map((t, i) => {
  const p = join(dir, `${i}.erb`);
  writeFileSync(p, t, 'utf8');
  return p;
});
const expected = oracleRenders(paths, rubyLiteral(variables)).map((b) => b.toString('utf8'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderTemplateText fuzzed against ruby-erubis', () => {
  const render = renderTemplateText;
  beforeAll(async () => {
    await initParsers();
  });

  it(`renders ${CASES} seeded templates byte-identically`, () => {
    expect(expected.filter((e) => e.startsWith('ERROR '))).toEqual([]);
    const mismatches = templates
      .map((template, i) => ({ template, ours: render(template, { file: `fuzz/${i}.erb` }, variables).text, theirs: expected[i]! }))
      .filter((c) => c.ours !== c.theirs);
    expect(mismatches.slice(0, 3)).toEqual([]);
  });
});
