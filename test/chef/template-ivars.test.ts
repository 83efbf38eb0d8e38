/**
 * What Chef's template provider puts in a template besides `variables`:
 * @node, the helper ivars (@cookbook_name, @recipe_name, @recipe_line,
 * @template_name; host paths stay Unknown), partials that inherit the
 * caller's ivars without `variables:`, and template syntax errors reported
 * at template lines.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/chef/evaluate.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Converge, Resource } from '../../src/model/converge.js';

const FILES: Record<string, string> = {
  'metadata.rb': "name 'tplcb'\nversion '1.0.0'\n",
  'recipes/default.rb': [
    "template '/etc/ivars' do",
    "  source 'ivars.erb'",
    "  variables(port: 80, recipe_name: 'mine')",
    'end',
    "template '/etc/path' do",
    "  source 'path.erb'",
    'end',
    "template '/etc/broken' do",
    "  source 'broken.erb'",
    'end',
    '',
  ].join('\n'),
  'templates/default/ivars.erb': "<%= @cookbook_name %>|<%= @recipe_name %>|<%= @recipe_line %>|<%= @template_name %>|<%= @node['platform'] %>|<%= @port %>\n<%= render 'part.erb' %><%= render 'part.erb', variables: { port: 1 } %>",
  'templates/default/part.erb': '[<%= @port %>:<%= @cookbook_name.inspect %>]',
  'templates/default/path.erb': 'from <%= @template_path %>\n',
  'templates/default/broken.erb': 'line one\nline two\nline three <%= @x + %>\n',
};

let converge: Converge;
const byName = (n: string): Resource => converge.resources.find((r) => r.name === n)!;

beforeAll(async () => {
  const cb = join(mkdtempSync(join(tmpdir(), 'decant-tpl-')), 'tplcb');
  for (const [p, text] of Object.entries(FILES)) {
    mkdirSync(join(cb, p, '..'), { recursive: true });
    writeFileSync(join(cb, p), text);
  }
  const ws = await loadWorkspace([cb], { cookbookPaths: [] });
  converge = await evaluate(ws, { runList: ['recipe[tplcb]'], platform: 'debian-12' });
});

describe("Chef's template instance variables", () => {
  it('sets @node and the helper ivars a variable of the same name does not already set; partials inherit or get variables + @node', () => {
    const c = byName('/etc/ivars').content;
    expect(c).toMatchObject({ kind: 'rendered', complete: true });
    expect(c?.kind === 'rendered' && c.text).toBe('tplcb|mine|1|ivars.erb|debian|80\n[80:"tplcb"][1:nil]');
  });

  it("@template_path is the template's place in chef-client's cache on the host: an Unknown marker, not a guess", () => {
    const c = byName('/etc/path').content;
    expect(c).toMatchObject({ kind: 'rendered', complete: false });
    expect(c?.kind === 'rendered' && c.text).toMatch(/^from «decant: unknown @template_path \(templates\/default\/path\.erb\) is a path in chef-client's cookbook cache/);
  });

  it('reports a Ruby syntax error in template code at the template line and column', () => {
    const d = converge.diagnostics.find((x) => x.code === 'DEC0101' && x.location?.file === 'templates/default/broken.erb');
    expect(d).toBeDefined();
    expect(d!.location).toMatchObject({ line: 3 });
  });
});
