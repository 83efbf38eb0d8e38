/** renderTemplateText: Erubis's Ruby run by the evaluator, unknowns shown as markers, nothing thrown. */
import { beforeAll, describe, expect, it } from 'vitest';
import { initParsers } from '../../src/ruby/parser.js';
import { renderTemplateText } from '../../src/chef/render-template.js';
import { rubyToData, dataToRuby } from '../../src/chef/to-data.js';
import { ModuleDef } from '../../src/chef/interpreter/runtime.js';
import { RArray, RFloat, RHash, RProc, RRange, Unknown, sym } from '../../src/chef/values.js';

const ref = { file: 'templates/default/x.erb', cookbook: 'x' };
const vars = (o: Record<string, unknown>) => dataToRuby(o as never) as RHash;

beforeAll(async () => {
  await initParsers();
});

describe('renderTemplateText', () => {
  it('renders variables, loops and trim tags', () => {
    const r = renderTemplateText('<% @hosts.each do |h| -%>\nserver <%= h %>:<%= @port %>\n<% end -%>\n', ref, vars({ hosts: ['a', 'b'], port: 80 }));
    expect(r).toMatchObject({ text: 'server a:80\nserver b:80\n', complete: true, unknowns: [], diagnostics: [] });
  });

  it('prints Ruby to_s forms (nil empty, arrays and hashes in inspect form, floats)', () => {
    const r = renderTemplateText('<%= @n %>|<%= @a %>|<%= @h %>|<%= @f %>|<%= @s %>', ref, RHash.from([
      [sym('n'), null], [sym('a'), new RArray(['x', 1])], [sym('h'), RHash.from([['k', 1]])], [sym('f'), new RFloat(1e20)], [sym('s'), sym('on')],
    ]));
    expect(r.text).toBe('|["x", 1]|{"k"=>1}|1.0e+20|on');
  });

  it('marks an unknown value where it is printed and reports the render incomplete', () => {
    const r = renderTemplateText('port <%= @port %>\nname <%= @name %>\n', ref, RHash.from([[sym('port'), new Unknown('shell_out output')], [sym('name'), 'web']]));
    expect(r.complete).toBe(false);
    expect(r.text).toBe('port «decant: unknown shell_out output»\nname web\n');
    expect(r.unknowns.map((u) => u.reason)).toEqual(['shell_out output']);
  });

  it('reports an error in template code with the template line, and does not throw', () => {
    const r = renderTemplateText('a\n<%= no_such_helper(1) %>\nb\n', ref, new RHash());
    expect(r.diagnostics[0]).toMatchObject({ code: 'DEC0307', location: { file: 'templates/default/x.erb', line: 2 } });
    expect(r.text).toContain('b\n');
  });

  it('calls methods of helper modules', () => {
    const mod = new ModuleDef('Helpers', false, undefined);
    mod.methods.set('shout', (c) => String(c.args[0]).toUpperCase());
    const r = renderTemplateText('<%= shout(@who) %>', ref, vars({ who: 'web' }), { helpers: { modules: [mod] } });
    expect(r).toMatchObject({ text: 'WEB', complete: true });
  });
});

describe('rubyToData / dataToRuby', () => {
  it('converts symbols, floats, hashes with symbol keys, small ranges', () => {
    const h = RHash.from([[sym('a'), sym('b')], ['f', new RFloat(1.5)], [sym('r'), new RRange(1, 3, false)]]);
    expect(rubyToData(h)).toEqual({ a: 'b', f: 1.5, r: [1, 2, 3] });
  });

  it('makes huge ranges Unknown with a reason', () => {
    const d = rubyToData(new RArray([new RRange(1, 1e9, false)])) as unknown[];
    expect(d[0]).toBeInstanceOf(Unknown);
  });

  it("shows a block (ruby_block's `block`) as known code, Proc#inspect style with where it was written", () => {
    const body = { loc: { file: 'recipes/default.rb', line: 21, column: 3 } };
    expect(rubyToData(new RArray([new RProc(undefined, body, undefined, false), new RProc(undefined, undefined, undefined, true)]))).toEqual(['#<Proc recipes/default.rb:21>', '#<Proc (lambda)>']);
  });

  it('round-trips role attributes', () => {
    const data = { a: { b: [1, 'x', null, true] }, c: 2.5 };
    expect(rubyToData(dataToRuby(data))).toEqual(data);
  });
});
