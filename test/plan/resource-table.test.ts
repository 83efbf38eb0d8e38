import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allHandlers, handlerFor } from '../../src/plan/resources/registry.js';
import { parseResourceList, renderResourceTable } from '../../src/plan/resources/resource-table.js';

const root = join(__dirname, '..', '..');
const chef18 = parseResourceList(readFileSync(join(root, 'data/chef-18-resources.txt'), 'utf8'));

describe('resource decision table', () => {
  it('docs/resources.md is what the registry generates (run `npm run docs:resources` after changing a handler)', () => {
    expect(readFileSync(join(root, 'docs/resources.md'), 'utf8')).toBe(renderResourceTable(new Set(chef18)));
  });

  it('every resource Chef Infra 18 ships has a handler', () => {
    expect(chef18.length).toBeGreaterThan(180);
    // macOS profiles and the cheffish resources Chef Infra 18 bundles (docs.chef.io lists them among its resources).
    expect(chef18).toEqual(expect.arrayContaining(['osx_profile', 'chef_node', 'chef_data_bag_item', 'private_key', 'public_key']));
    expect(chef18.filter((t) => !handlerFor(t))).toEqual([]);
  });

  it('no type is claimed by two handlers, and each states a decision with a reason', () => {
    const types = allHandlers().flatMap((h) => h.types);
    expect(types.filter((t, i) => types.indexOf(t) !== i)).toEqual([]);
    for (const h of allHandlers()) {
      for (const t of h.types) {
        const d = h.describe(t);
        expect(d.classes.length, t).toBeGreaterThan(0);
        expect(d.reason.length, t).toBeGreaterThan(10);
      }
    }
  });

  it('every Chef 18 name is a row of the committed table', () => {
    const doc = readFileSync(join(root, 'docs/resources.md'), 'utf8');
    expect(chef18.filter((t) => !doc.includes(`| \`${t}\` | yes |`))).toEqual([]);
  });
});
