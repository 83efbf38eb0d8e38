/** Where verify --tests finds an app's suite, from report.json and the folders the user converted. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appCookbooks, candidateRoots, findTestsHome } from '../../src/engine/cookbook-roots.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

describe('cookbook roots for verify --tests', () => {
  it('cookbooks of an app: the first recipe first, then those its resources came from; roles and root files name none', () => {
    const app = {
      runList: ['role[stack]', 'cache_tier::default'],
      resources: [
        { source: { file: 'memcached/resources/instance.rb' } },
        { source: { file: 'roles/stack.rb' } },
        { source: { file: 'cache_tier/recipes/default.rb' } },
      ],
    };
    expect(appCookbooks(app)).toEqual(['cache_tier', 'memcached']);
  });

  it('a cookbook is found as the folder itself (metadata name) or inside it; the folders follow', () => {
    const input = join(FIXTURES, 'e2e-memcached-custom-resource', 'input');
    expect(candidateRoots(['cache_tier', 'memcached'], [input])).toEqual([join(input, 'cache_tier'), join(input, 'memcached'), input]);
    const single = join(FIXTURES, 'e2e-nginx-site', 'input');
    expect(candidateRoots(['static_site'], [single])).toEqual([single]);
  });

  it('the suite kitchen.yml ties to the recipe, a named one, a chef-repo root, or why none', () => {
    const nginx = join(FIXTURES, 'e2e-nginx-site', 'input');
    expect(findTestsHome([nginx], 'static_site::default')).toMatchObject({ root: nginx, suite: { name: 'default' } });
    expect(findTestsHome([nginx], 'static_site::default', 'failing')).toMatchObject({ suite: { name: 'failing' } });
    expect(findTestsHome([nginx], undefined, 'nope')).toEqual({ reason: 'no integration suite named nope (found: default, failing)' });
    const repo = join(FIXTURES, 'e2e-chef-repo-two-services', 'input');
    expect(findTestsHome(candidateRoots(['web', 'store'], [repo]), 'role[stack]')).toMatchObject({ root: repo, suite: { name: 'default' } });
    expect(findTestsHome([join(FIXTURES, 'e2e-redis', 'input', 'recipes')], undefined)).toMatchObject({ reason: expect.stringMatching(/^no integration suites/) });
  });
});
