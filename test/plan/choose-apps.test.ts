import { describe, expect, it } from 'vitest';
import type { Cookbook, Workspace } from '../../src/model/workspace.js';
import { chooseApps } from '../../src/plan/choose-apps.js';

const cookbook = (name: string, recipes: string[]): Cookbook => ({
  name,
  root: `/x/${name}`,
  metadata: { name, depends: [], supports: [] },
  files: { recipes, attributes: [], libraries: [], resources: ['resources/thing.rb'], providers: [], definitions: [], templates: [], files: [], tests: [] },
});

const ws = (over: Partial<Workspace>): Workspace => ({
  kind: 'cookbook', root: '/x', cookbooks: new Map(), primary: [], roles: new Map(), environments: new Map(),
  dataBags: new Map(), nodes: new Map(), diagnostics: [], ...over,
});

describe('chooseApps', () => {
  it('a cookbook converts its default recipe', () => {
    const w = ws({ cookbooks: new Map([['web', cookbook('web', ['recipes/default.rb'])]]), primary: ['web'] });
    expect(chooseApps(w, undefined)).toEqual({ apps: [{ name: 'web', runList: ['recipe[web::default]'] }], skipped: [] });
  });

  it('a library cookbook says so and produces nothing', () => {
    const w = ws({ cookbooks: new Map([['lib', cookbook('lib', [])]]), primary: ['lib'] });
    expect(chooseApps(w, undefined)).toEqual({ none: 'lib is a library cookbook (no recipes): nothing to convert on its own' });
  });

  it('a chef-repo makes one app per role, in name order', () => {
    const role = (name: string) => ({ name, runList: [], envRunLists: {}, defaultAttributes: {}, overrideAttributes: {}, location: { file: `roles/${name}.rb`, line: 1, column: 1 } });
    const w = ws({ kind: 'chef-repo', cookbooks: new Map([['web', cookbook('web', ['recipes/default.rb'])]]), roles: new Map([['web', role('web')], ['store', role('store')]]) });
    expect(chooseApps(w, undefined)).toEqual({
      apps: [{ name: 'store', runList: ['role[store]'] }, { name: 'web', runList: ['role[web]'] }],
      skipped: [],
    });
  });

  it('an explicit run list is one app named after its first entry', () => {
    expect(chooseApps(ws({}), ['role[front]', 'recipe[x::y]'])).toEqual({ apps: [{ name: 'front', runList: ['role[front]', 'recipe[x::y]'] }], skipped: [] });
  });
});
