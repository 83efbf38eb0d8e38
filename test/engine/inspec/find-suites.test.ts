import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseSuite, findSuites, recipeOf } from '../../../src/engine/inspec/find-suites.js';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');
const made: string[] = [];

function cookbook(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'decant-suites-'));
  made.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('findSuites', () => {
  it('finds the nginx fixture suites with their kitchen.yml run lists, and picks default for the default recipe', () => {
    const root = join(FIXTURES, 'e2e-nginx-site/input');
    const suites = findSuites(root);
    expect(suites).toEqual([
      { name: 'default', files: ['test/integration/default/default_test.rb'], runList: ['static_site::default'] },
      { name: 'failing', files: ['test/integration/failing/failing_test.rb'], runList: ['static_site::default'] },
    ]);
    expect(chooseSuite(root, suites)?.name).toBe('default');
    expect(chooseSuite(root, suites, 'recipe[static_site]')?.name).toBe('default');
  });

  it('reads controls/ profiles, serverspec/ folders, kitchen inspec_tests paths, and leaves ChefSpec and helpers out', () => {
    const root = cookbook({
      'metadata.rb': "name 'web'\n",
      'kitchen.yml': `suites:
  - name: server
    run_list: ["recipe[web::server]"]
    verifier:
      inspec_tests:
        - test/integration/shared
  - name: client
    run_list: ["recipe[web::client]"]
    verifier:
      inspec_tests:
        - path: test/integration/shared
        - ../../outside
<% if ENV['CI'] %>
  - name: ci
<% end %>
`,
      'test/integration/shared/controls/web.rb': "control 'a' do\nend\n",
      'test/integration/shared/inspec.yml': 'name: shared\n',
      'test/integration/shared/libraries/helper.rb': 'class X; end\n',
      'test/integration/legacy/serverspec/web_spec.rb': "describe port(80) do\n  it { should be_listening }\nend\n",
      'test/integration/legacy/serverspec/spec_helper.rb': "require 'serverspec'\n",
      'test/integration/helpers/serverspec/spec_helper.rb': "require 'serverspec'\n",
      'spec/unit/recipes/default_spec.rb': "describe 'web::default' do\n  let(:chef_run) { ChefSpec::SoloRunner.new.converge(described_recipe) }\nend\n",
      'spec/localhost/web_spec.rb': "require 'spec_helper'\ndescribe package('nginx') do\n  it { should be_installed }\nend\n",
    });
    const suites = findSuites(root);
    expect(suites.map((s) => [s.name, s.files, s.runList])).toEqual([
      ['client', ['test/integration/shared/controls/web.rb'], ['web::client']],
      ['legacy', ['test/integration/legacy/serverspec/web_spec.rb'], []],
      ['server', ['test/integration/shared/controls/web.rb'], ['web::server']],
      ['serverspec', ['spec/localhost/web_spec.rb'], []],
      ['shared', ['test/integration/shared/controls/web.rb'], []],
    ]);
    expect(chooseSuite(root, suites, 'web::client')?.name).toBe('client');
    // Nothing converges web::default and no suite is called default: a choice would be a guess.
    expect(chooseSuite(root, suites)).toBeUndefined();
  });

  it('is empty for a cookbook without tests and survives a broken kitchen.yml', () => {
    expect(findSuites(cookbook({ 'metadata.rb': "name 'x'\n" }))).toEqual([]);
    const root = cookbook({ 'kitchen.yml': 'suites: [\n', 'test/integration/default/a_test.rb': '' });
    expect(findSuites(root).map((s) => s.name)).toEqual(['default']);
  });

  it('normalises run list entries', () => {
    expect(recipeOf('recipe[nginx]')).toBe('nginx::default');
    expect(recipeOf('recipe[nginx::repo]')).toBe('nginx::repo');
    expect(recipeOf('role[web]')).toBe('role[web]');
  });
});
