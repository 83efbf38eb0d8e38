import { describe, expect, it } from 'vitest';
import { cookbookOrder } from '../../src/chef/cookbook-order.js';
import type { Cookbook, Workspace } from '../../src/model/workspace.js';

const noFiles = { recipes: [], attributes: [], libraries: [], resources: [], providers: [], definitions: [], templates: [], files: [], tests: [] };

function cookbook(name: string, depends: string[]): Cookbook {
  return {
    name,
    root: `/cb/${name}`,
    metadata: {
      name,
      depends: depends.map((d, i) => ({ name: d, location: { file: 'metadata.rb', line: i + 2, column: 1, cookbook: name } })),
      supports: [],
    },
    files: noFiles,
  };
}

function ws(cookbooks: Cookbook[]): Workspace {
  return {
    kind: 'cookbooks',
    root: '/cb',
    cookbooks: new Map(cookbooks.map((c) => [c.name, c])),
    primary: [],
    roles: new Map(),
    environments: new Map(),
    dataBags: new Map(),
    nodes: new Map(),
    diagnostics: [],
  };
}

describe('cookbookOrder (Chef CookbookCompiler#cookbook_order)', () => {
  it('puts dependencies first, depth first, each once, in run-list order', () => {
    const w = ws([cookbook('app', ['db', 'web']), cookbook('web', ['base']), cookbook('db', ['base']), cookbook('base', []), cookbook('mon', [])]);
    const r = cookbookOrder(w, ['mon::default', 'app::default', 'web::default', 'app::extra']);
    expect(r.order).toEqual(['mon', 'base', 'db', 'web', 'app']);
    expect(r.diagnostics).toEqual([]);
  });

  it('visits dependencies in lexical order of their names, not metadata order', () => {
    const w = ws([cookbook('app', ['zeta', 'alpha']), cookbook('zeta', []), cookbook('alpha', [])]);
    expect(cookbookOrder(w, ['app::default']).order).toEqual(['alpha', 'zeta', 'app']);
  });

  it('survives a dependency cycle (each cookbook once)', () => {
    const w = ws([cookbook('a', ['b']), cookbook('b', ['a'])]);
    expect(cookbookOrder(w, ['a::default']).order).toEqual(['b', 'a']);
  });

  it('reports a missing dependency as DEC0202 at its depends line, and goes on', () => {
    const w = ws([cookbook('app', ['base', 'gone']), cookbook('base', [])]);
    const r = cookbookOrder(w, ['app::default']);
    expect(r.order).toEqual(['base', 'app']);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'DEC0202', location: { file: 'metadata.rb', line: 3, cookbook: 'app' } });
  });

  it('reports a run-list cookbook that is not on the path as DEC0207', () => {
    const r = cookbookOrder(ws([]), ['nope::default']);
    expect(r.order).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['DEC0207']);
  });
});
