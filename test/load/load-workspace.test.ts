import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Workspace } from '../../src/model/workspace.js';

const inputs = resolve(__dirname, 'inputs');

function snapshot(ws: Workspace): unknown {
  return JSON.parse(
    JSON.stringify({
      ...ws,
      cookbooks: [...ws.cookbooks],
      roles: [...ws.roles],
      environments: [...ws.environments],
      dataBags: [...ws.dataBags].map(([k, v]) => [k, [...v]]),
      nodes: [...ws.nodes],
    }),
  );
}

describe('loadWorkspace: a chef-repo', async () => {
  const ws = await loadWorkspace([join(inputs, 'repo')], {});

  it('is a chef-repo whose cookbooks are all primary, sorted by folder', () => {
    expect(ws.kind).toBe('chef-repo');
    expect(ws.primary).toEqual(['base', 'web']);
    expect([...ws.cookbooks.keys()]).toEqual(['base', 'web']);
  });

  it('reads metadata.rb: name, version, depends with constraint and location, supports from a %w loop', () => {
    const web = ws.cookbooks.get('web')!;
    expect(web.metadata).toMatchObject({ name: 'web', version: '1.2.0', license: 'Apache-2.0', supports: ['debian', 'ubuntu'] });
    expect(web.metadata.depends.map((d) => [d.name, d.constraint])).toEqual([
      ['base', '>= 0.1'],
      ['missing_dep', undefined],
    ]);
    expect(web.metadata.depends[0]!.location).toMatchObject({ file: 'metadata.rb', line: 7, column: 1, cookbook: 'web' });
  });

  it('reads metadata.json: name, version, platforms', () => {
    expect(ws.cookbooks.get('base')!.metadata).toMatchObject({ name: 'base', version: '0.1.0', depends: [], supports: ['debian'] });
  });

  it('lists files by segment, relative and sorted, templates with their specificity folder', () => {
    expect(ws.cookbooks.get('web')!.files).toMatchObject({
      recipes: ['recipes/default.rb', 'recipes/extra.rb'],
      attributes: ['attributes/default.rb'],
      templates: ['templates/default/site.conf.erb'],
    });
  });

  it('reads roles in Ruby and JSON, keyed by file name', () => {
    expect([...ws.roles.keys()]).toEqual(['base', 'web']);
    expect(ws.roles.get('web')).toMatchObject({
      description: 'Web tier',
      runList: ['role[base]', 'recipe[web]', 'recipe[web::extra]'],
      envRunLists: { production: ['role[base]', 'recipe[web]'] },
      defaultAttributes: { web: { port: 8080, names: ['a', 'b'] } },
      overrideAttributes: { web: { workers: 4 } },
      location: { file: 'roles/web.rb', line: 1, column: 1 },
    });
    expect(ws.roles.get('base')).toMatchObject({ runList: ['recipe[base]'], defaultAttributes: { web: { port: 81, names: ['c'] } } });
  });

  it('reads environments with cookbook version pins', () => {
    expect(ws.environments.get('production')).toMatchObject({
      defaultAttributes: { web: { env: 'prod' } },
      overrideAttributes: { web: { port: 443 } },
      cookbookVersions: { web: '= 1.2.0' },
    });
  });

  it('reads data bags and marks encrypted items, their values Unknown', () => {
    expect(ws.dataBags.get('users')!.get('alice')).toMatchObject({ encrypted: false, data: { shell: '/bin/bash' } });
    const db = ws.dataBags.get('secrets')!.get('db')!;
    expect(db.encrypted).toBe(true);
    expect((db.data as Record<string, unknown>)['id']).toBe('db');
    expect((db.data as Record<string, unknown>)['password']).toMatchObject({ reason: expect.stringContaining('secret') });
  });

  it('reads nodes by their name', () => {
    expect([...ws.nodes.keys()]).toEqual(['web1.example.com']);
  });

  it('reports nothing for clean input, and loads the same twice (deterministic)', async () => {
    expect(ws.diagnostics).toEqual([]);
    expect(snapshot(await loadWorkspace([join(inputs, 'repo')], {}))).toEqual(snapshot(ws));
  });
});

describe('loadWorkspace: a single cookbook', () => {
  it('makes the cookbook primary and finds its dependencies in the folder that holds it', async () => {
    const ws = await loadWorkspace([join(inputs, 'repo', 'cookbooks', 'web')], {});
    expect(ws.kind).toBe('cookbook');
    expect(ws.primary).toEqual(['web']);
    expect([...ws.cookbooks.keys()]).toEqual(['web', 'base']);
  });

  it('falls back to the folder name, reads what it can of odd metadata and reports the rest', async () => {
    const ws = await loadWorkspace([join(inputs, 'folder')], { cookbookPaths: [join(inputs, 'other')] });
    expect(ws.kind).toBe('cookbooks');
    expect(ws.primary).toEqual(['app', 'noname']);
    expect([...ws.cookbooks.keys()]).toEqual(['app', 'noname', 'shared']);
    const app = ws.cookbooks.get('app')!;
    expect(app.metadata.version).toBeUndefined();
    expect(app.metadata.sourceUrl).toBe('https://example.invalid/app');
    expect(app.metadata.supports).toEqual(['debian']);
    expect(ws.diagnostics.map((d) => [d.code, d.location?.cookbook, d.location?.line])).toEqual([
      ['DEC0203', 'app', 2],
      ['DEC0203', 'app', 6],
    ]);
  });

  it('lists libraries and resources at depth, dotfiles under files/, tests without test cookbooks', async () => {
    const ws = await loadWorkspace([join(inputs, 'folder', 'app')], {});
    expect(ws.cookbooks.get('app')!.files).toMatchObject({
      libraries: ['libraries/sub/helper.rb'],
      resources: ['resources/thing.rb'],
      files: ['files/default/.bashrc'],
      templates: ['templates/ubuntu-22.04/app.conf.erb'],
      tests: ['test/integration/default/app_test.rb'],
    });
  });

  it('adds --cookbook-path folders after the implied ones; the first cookbook of a name wins', async () => {
    const ws = await loadWorkspace([join(inputs, 'repo', 'cookbooks', 'web')], { cookbookPaths: [join(inputs, 'policy', 'cookbooks')] });
    expect(ws.cookbooks.get('base')!.root).toBe(join(inputs, 'repo', 'cookbooks', 'base'));
  });
});

describe('loadWorkspace: a Policyfile', () => {
  it('reads run lists, attributes and path sources', async () => {
    const ws = await loadWorkspace([join(inputs, 'policy', 'Policyfile.rb')], {});
    expect(ws.kind).toBe('chef-repo');
    expect(ws.policyfile).toMatchObject({
      name: 'web-policy',
      runList: ['web::default', 'recipe[base]'],
      namedRunLists: { update: ['web::update'] },
      defaultAttributes: { web: { port: 8080, names: ['a', 'b'] } },
      overrideAttributes: { web: { workers: 2 } },
    });
    expect(ws.cookbooks.get('web')!.root).toBe(join(inputs, 'repo', 'cookbooks', 'web'));
    expect(ws.cookbooks.get('base')!.root).toBe(join(inputs, 'policy', 'cookbooks', 'base'));
    expect(ws.diagnostics).toEqual([]);
  });
});

describe('loadWorkspace: bad input never throws', () => {
  it('DEC0201 and an empty workspace for a path that is not a cookbook or repo', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decant-load-'));
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    for (const p of [dir, join(dir, 'notes.txt'), join(dir, 'missing')]) {
      const ws = await loadWorkspace([p], {});
      expect(ws.cookbooks.size).toBe(0);
      expect(ws.diagnostics.map((d) => d.code)).toEqual(['DEC0201']);
    }
  });

  it('garbage roles, environments, data bags and metadata become diagnostics; the rest loads', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'decant-load-'));
    for (const d of ['roles', 'environments', 'data_bags/bag', 'cookbooks/broken/recipes', 'cookbooks/ok/recipes']) mkdirSync(join(repo, d), { recursive: true });
    writeFileSync(join(repo, 'roles', 'bad.json'), '{ "name": "bad", ');
    writeFileSync(join(repo, 'roles', 'odd.rb'), "name 'other'\nrun_list 'recipe[ok]'\ndefault_attributes node['x']\nif x\n  y\nend\n");
    writeFileSync(join(repo, 'environments', 'list.json'), '[1, 2]');
    writeFileSync(join(repo, 'data_bags', 'bag', 'item.json'), 'not json');
    writeFileSync(join(repo, 'cookbooks', 'broken', 'metadata.rb'), "name 'broken'\ndepends 'x',\nversion '1.0'\n)))\n");
    writeFileSync(join(repo, 'cookbooks', 'ok', 'metadata.rb'), "name 'ok'\n");
    const ws = await loadWorkspace([repo], {});
    expect([...ws.cookbooks.keys()]).toEqual(['broken', 'ok']);
    expect(ws.roles.get('odd')).toMatchObject({ runList: ['recipe[ok]'] });
    expect(ws.roles.has('bad')).toBe(false);
    // A role file's errors wait for the run list (Workspace.roleErrors): test/load/legacy-roles.test.ts.
    const codes = [...ws.diagnostics, ...(ws.roleErrors?.get('bad') ?? [])].map((d) => `${d.code} ${d.location?.file ?? ''}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'DEC0204 roles/bad.json',
        'DEC0204 roles/odd.rb',
        'DEC0204 environments/list.json',
        'DEC0204 data_bags/bag/item.json',
        'DEC0101 metadata.rb',
      ]),
    );
    const bad = ws.roleErrors!.get('bad')!.find((d) => d.location?.file === 'roles/bad.json')!;
    expect(bad.location!.line).toBe(1);
    expect(ws.diagnostics.find((d) => d.location?.file === 'roles/odd.rb' && /names itself/.test(d.message))).toBeDefined();
  });

  it('does not follow a symlinked folder when listing, so a link loop cannot hang the load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decant-load-'));
    mkdirSync(join(dir, 'cb', 'files', 'default'), { recursive: true });
    writeFileSync(join(dir, 'cb', 'metadata.rb'), "name 'cb'\n");
    symlinkSync(join(dir, 'cb'), join(dir, 'cb', 'files', 'default', 'loop'));
    const ws = await loadWorkspace([join(dir, 'cb')], {});
    expect(ws.cookbooks.get('cb')!.files.files).toEqual([]);
  });
});
