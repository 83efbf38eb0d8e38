import { describe, expect, it } from 'vitest';
import { expandRunList, mergeData, parseRunListItem } from '../../src/chef/run-list.js';
import type { Data } from '../../src/model/data.js';
import type { Cookbook, Environment, Role, Workspace } from '../../src/model/workspace.js';

function role(name: string, runList: string[], extra: Partial<Role> = {}): Role {
  return {
    name,
    runList,
    envRunLists: {},
    defaultAttributes: {},
    overrideAttributes: {},
    location: { file: `roles/${name}.rb`, line: 1, column: 1 },
    ...extra,
  };
}

function workspace(roles: Role[], environments: Environment[] = []): Workspace {
  return {
    kind: 'chef-repo',
    root: '/repo',
    cookbooks: new Map<string, Cookbook>(),
    primary: [],
    roles: new Map(roles.map((r) => [r.name, r])),
    environments: new Map(environments.map((e) => [e.name, e])),
    dataBags: new Map(),
    nodes: new Map(),
    diagnostics: [],
  };
}

describe('parseRunListItem', () => {
  const rows: [string, ReturnType<typeof parseRunListItem>][] = [
    ['recipe[nginx]', { kind: 'recipe', name: 'nginx::default' }],
    ['recipe[nginx::source]', { kind: 'recipe', name: 'nginx::source' }],
    ['recipe[nginx@1.2.3]', { kind: 'recipe', name: 'nginx::default' }],
    ['recipe[nginx::source@1.2.3]', { kind: 'recipe', name: 'nginx::source' }],
    ['nginx', { kind: 'recipe', name: 'nginx::default' }],
    ['nginx::source', { kind: 'recipe', name: 'nginx::source' }],
    [' role[web] ', { kind: 'role', name: 'web' }],
    ['role[]', { kind: 'invalid', text: 'role[]' }],
    ['recipe[a b]', { kind: 'invalid', text: 'recipe[a b]' }],
  ];
  for (const [text, expected] of rows) it(JSON.stringify(text), () => expect(parseRunListItem(text)).toEqual(expected));
});

describe('expandRunList', () => {
  it('expands roles recursively, in place, each recipe once, first occurrence wins (x and x::default are one)', () => {
    const ws = workspace([role('base', ['recipe[ntp]', 'recipe[users]']), role('web', ['role[base]', 'recipe[nginx]', 'recipe[ntp::default]'])]);
    const r = expandRunList(ws, ['recipe[users]', 'role[web]', 'nginx']);
    expect(r.recipes).toEqual(['users::default', 'ntp::default', 'nginx::default']);
    expect(r.roles.map((x) => x.name)).toEqual(['base', 'web']);
    expect(r.diagnostics).toEqual([]);
  });

  it('uses the env_run_lists entry of the environment when the role has one, the plain run_list otherwise', () => {
    const web = role('web', ['recipe[nginx]'], { envRunLists: { production: ['recipe[nginx]', 'recipe[monitoring]'] } });
    const ws = workspace([web], [{ name: 'production', defaultAttributes: {}, overrideAttributes: {}, cookbookVersions: {}, location: { file: 'environments/production.rb', line: 1, column: 1 } }]);
    expect(expandRunList(ws, ['role[web]'], 'production').recipes).toEqual(['nginx::default', 'monitoring::default']);
    expect(expandRunList(ws, ['role[web]'], 'production').environment?.name).toBe('production');
    expect(expandRunList(ws, ['role[web]'], 'staging').recipes).toEqual(['nginx::default']);
  });

  it('reports a missing role (DEC0207) with the role that named it, and goes on', () => {
    const ws = workspace([role('web', ['role[gone]', 'recipe[nginx]'])]);
    const r = expandRunList(ws, ['role[web]']);
    expect(r.recipes).toEqual(['nginx::default']);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'DEC0207', severity: 'error', location: { file: 'roles/web.rb' } });
    expect(r.diagnostics[0]!.message).toContain('gone');
  });

  it('reports a missing role once however often it is named', () => {
    const ws = workspace([role('a', ['role[gone]']), role('b', ['role[gone]'])]);
    expect(expandRunList(ws, ['role[a]', 'role[b]', 'role[gone]']).diagnostics).toHaveLength(1);
  });

  it('stops a role cycle with a warning naming the cycle', () => {
    const ws = workspace([role('a', ['role[b]', 'recipe[x]']), role('b', ['role[a]', 'recipe[y]'])]);
    const r = expandRunList(ws, ['role[a]']);
    expect(r.recipes).toEqual(['y::default', 'x::default']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['DEC0207']);
    expect(r.diagnostics[0]!.message).toContain('a -> b -> a');
  });

  it('applies a role reached twice once, without a diagnostic (a diamond is not a cycle)', () => {
    const ws = workspace([role('base', ['recipe[x]']), role('a', ['role[base]']), role('b', ['role[base]', 'recipe[y]'])]);
    const r = expandRunList(ws, ['role[a]', 'role[b]']);
    expect(r.roles.map((x) => x.name)).toEqual(['base', 'a', 'b']);
    expect(r.diagnostics).toEqual([]);
  });

  it('reports an unknown environment and an invalid item', () => {
    const r = expandRunList(workspace([]), ['recipe[]'], 'nope');
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(['DEC0204', 'DEC0207']);
    expect(expandRunList(workspace([]), [], '_default').diagnostics).toEqual([]);
  });

  it('deep-merges role attributes, later roles over earlier and nested roles below their parent (Chef RunListExpansion)', () => {
    // The "Attribute Arrays" example of docs.chef.io: a baseline role and a web role that changes one prefork value.
    const baseline = role('baseline', ['recipe[apache]'], {
      overrideAttributes: { apache: { listen_ports: [80], prefork: { startservers: 20, minspareservers: 20, maxspareservers: 40 } } },
      defaultAttributes: { tags: ['base'] },
    });
    const web = role('web', ['role[baseline]'], {
      overrideAttributes: { apache: { prefork: { startservers: 30 } } },
      defaultAttributes: { tags: ['web'] },
    });
    const r = expandRunList(workspace([baseline, web]), ['role[web]']);
    expect(r.roleOverride).toEqual({ apache: { listen_ports: [80], prefork: { startservers: 30, minspareservers: 20, maxspareservers: 40 } } });
    expect(r.roleDefault).toEqual({ tags: ['base', 'web'] });
  });
});

describe('mergeData (Chef::Mixin::DeepMerge)', () => {
  const rows: [string, Data, Data, Data][] = [
    ['hashes merge', { a: 1, b: { c: 1 } }, { b: { d: 2 } }, { a: 1, b: { c: 1, d: 2 } }],
    ['arrays union in order', [1, 2], [2, 3], [1, 2, 3]],
    ['a scalar replaces', { a: [1] }, { a: 'x' }, { a: 'x' }],
    ['null replaces', { a: 1 }, { a: null }, { a: null }],
  ];
  for (const [name, a, b, expected] of rows) it(name, () => expect(mergeData(a, b)).toEqual(expected));
  it('does not change its inputs', () => {
    const a = { x: { y: 1 } };
    mergeData(a, { x: { z: 2 } });
    expect(a).toEqual({ x: { y: 1 } });
  });
});
