import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedRuby, templateSyntaxDiagnostics } from '../../../src/chef/template/template-syntax.js';
import { erubisSource } from '../../../src/chef/template/erubis-source.js';
import { initParsers } from '../../../src/ruby/parser.js';
import { oracleSourceCompiles } from './ruby-oracle.js';

const ref = { file: 'templates/default/t.erb', cookbook: 'web' };
const at = (text: string) =>
  templateSyntaxDiagnostics(text, ref).map((d) => `${d.severity} ${d.location?.line}:${d.location?.column} ${d.message}`);

beforeAll(async () => {
  await initParsers();
});

describe('templateSyntaxDiagnostics', () => {
  it('a template whose generated Ruby is past the syntax-node or time limit says so at the template (it renders nothing)', () => {
    const text = '<%= @a %> <%= @b %>\n'.repeat(40_000);
    const unhurried = templateSyntaxDiagnostics(text, ref, generatedRuby(text, ref, { timeLimitMs: 120_000 }));
    expect(unhurried.map((x) => [x.code, x.location?.file, x.location?.line])).toEqual([['DEC0206', 'templates/default/t.erb', 1]]);
    expect(unhurried[0]!.message).toMatch(/^templates\/default\/t\.erb has \d+ syntax nodes; decant reads files of up to 500000/);
    const hurried = templateSyntaxDiagnostics(text, ref, generatedRuby(text, ref, { timeLimitMs: 0 }));
    expect(hurried.map((x) => x.code)).toEqual(['DEC0102']);
  });

  it('reports an unterminated tag at its opening, as a warning, and still converts it as text', () => {
    const text = 'a <%= @port %>\nb\n  <% if @enabled\nc\n';
    const d = templateSyntaxDiagnostics(text, ref);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({
      code: 'DEC0101',
      severity: 'warning',
      location: { file: 'templates/default/t.erb', line: 3, column: 3, cookbook: 'web' },
    });
    expect(d[0]!.message).toContain('"<%"');
    expect(erubisSource(text)).toContain("b\n  <% if @enabled\nc\n';");
  });

  it('names the kind of tag left open', () => {
    expect(at('x <%= y\n')).toEqual([expect.stringMatching(/^warning 1:3 unterminated ERB tag "<%="/)]);
    expect(at('x\n<%# note\n')).toEqual([expect.stringMatching(/^warning 2:1 unterminated ERB tag "<%#"/)]);
  });

  it('reports Ruby errors inside a tag at the template line, not the generated source line', () => {
    // Two `-%>` after expressions drop two newlines from the generated Ruby:
    // the error is on template line 4 but source line 2.
    const text = '<%= a -%>\n<%= b -%>\nok\n  <%= @x.join(", " %>\n';
    expect(at(text)).toEqual([expect.stringMatching(/^error 4:3 Ruby syntax error in template code near "<%= @x.join/)]);
  });

  it('reports an unclosed block', () => {
    expect(at('<% @a.each do |x| %>\n<%= x %>\n')).toEqual([expect.stringMatching(/^error 1:/)]);
  });

  it('counts columns after non-ASCII text the way tree-sitter does (UTF-16 units)', () => {
    expect(at('é日 <%= (1 %>\n')).toEqual([expect.stringMatching(/^error 1:4 /)]);
  });

  it('is silent on a good template', () => {
    expect(at('<% if @a -%>\n  <%= @b %>\n<% end -%>\n<%# c %>\n<%% d %>\n')).toEqual([]);
  });
});

describe('templateSyntaxDiagnostics agrees with Ruby on the corpus', () => {
  const dir = join(import.meta.dirname, 'corpus');
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.erb'))
    .sort();
  const compiles = oracleSourceCompiles(names.map((n) => join(dir, n)));

  it.each(names.map((n, i) => [n, i] as const))('%s: a Ruby error is reported exactly when Ruby rejects the source', (name, i) => {
    const diagnostics = templateSyntaxDiagnostics(readFileSync(join(dir, name), 'utf8'), { file: name });
    const rubyErrors = diagnostics.filter((d) => d.severity === 'error');
    expect(rubyErrors.length > 0).toBe(!compiles[i]);
  });
});
