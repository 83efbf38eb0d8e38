/**
 * Test Kitchen data bags: a test recipe's data bags come from the data_bags_path of the kitchen suite converging its
 * run list (the suite's own, else the provisioner's, else Kitchen's default places), when the repository has none;
 * the choice is said with DEC0321.
 */
import { describe, expect, it } from 'vitest';
import { Unknown } from '../../src/model/data.js';
import { evaluateCookbook } from './evaluate-recipe.js';

const recipe = "item = data_bag_item('users', 'deploy')\nfile '/etc/deploy' do\n  content item['shell']\nend\n";
const item = (shell: string) => JSON.stringify({ id: 'deploy', shell });
const content = (c: Awaited<ReturnType<typeof evaluateCookbook>>) => c.resources.find((r) => r.type === 'file')!.properties.content;
const notes = (c: Awaited<ReturnType<typeof evaluateCookbook>>) => c.diagnostics.filter((d) => d.code === 'DEC0321');

describe('kitchen data bags', () => {
  it('take Kitchen\'s default place (test/integration/data_bags) for the suite converging the run list', async () => {
    const c = await evaluateCookbook('acct', {
      'recipes/default.rb': recipe,
      'kitchen.yml': 'suites:\n  - name: default\n    run_list:\n      - recipe[acct::default]\n',
      'test/integration/data_bags/users/deploy.json': item('/bin/bash'),
    });
    expect(content(c)).toBe('/bin/bash');
    expect(notes(c).map((d) => [d.severity, d.location?.file, d.location?.line])).toEqual([['info', 'kitchen.yml', 2]]);
    expect(notes(c)[0]!.message).toContain('data bags taken from test/integration/data_bags/ (users), where Kitchen looks by default for the data bags of kitchen suite default in acct/kitchen.yml');
  });

  it('prefer test/integration/SUITE/data_bags, as Kitchen\'s calculate_path does', async () => {
    const c = await evaluateCookbook('acct', {
      'recipes/default.rb': recipe,
      'kitchen.yml': 'suites:\n  - name: web\n    run_list:\n      - recipe[acct]\n',
      'test/integration/data_bags/users/deploy.json': item('/bin/sh'),
      'test/integration/web/data_bags/users/deploy.json': item('/bin/zsh'),
    });
    expect(content(c)).toBe('/bin/zsh');
  });

  it('read a suite\'s own data_bags_path over the provisioner\'s, each relative to the kitchen file', async () => {
    const files = {
      'recipes/default.rb': recipe,
      '.kitchen.yml': [
        'provisioner:',
        '  name: chef_zero',
        '  data_bags_path: test/shared_bags',
        'suites:',
        '  - name: plain',
        '    run_list: ["recipe[acct::default]"]',
        '  - name: special',
        '    run_list: ["recipe[acct::special]"]',
        '    provisioner:',
        '      data_bags_path: test/special_bags',
        '',
      ].join('\n'),
      'recipes/special.rb': recipe,
      'test/shared_bags/users/deploy.json': item('/bin/dash'),
      'test/special_bags/users/deploy.json': item('/usr/bin/fish'),
    };
    const plain = await evaluateCookbook('acct', files);
    expect(content(plain)).toBe('/bin/dash');
    expect(notes(plain)[0]!.message).toContain('the data_bags_path of kitchen suite plain in acct/.kitchen.yml');
    const special = await evaluateCookbook('acct', files, ['recipe[acct::special]']);
    expect(content(special)).toBe('/usr/bin/fish');
  });

  it('say which was taken when suites of one run list keep different folders; --suite picks', async () => {
    const files = {
      'recipes/default.rb': recipe,
      'kitchen.yml': [
        'suites:',
        '  - name: a',
        '    run_list: ["recipe[acct]"]',
        '    provisioner: { data_bags_path: bags_a }',
        '  - name: b',
        '    run_list: ["recipe[acct]"]',
        '    provisioner: { data_bags_path: bags_b }',
        '',
      ].join('\n'),
      'bags_a/users/deploy.json': item('/bin/a'),
      'bags_b/users/deploy.json': item('/bin/b'),
    };
    const c = await evaluateCookbook('acct', files);
    expect(content(c)).toBe('/bin/a');
    expect(notes(c).map((d) => d.severity)).toEqual(['info', 'warning']);
    expect(notes(c)[1]!.message).toBe('kitchen suites a (bags_a/), b (bags_b/) converge this run list with different data bag folders: a\'s was taken');
    const picked = await evaluateCookbook('acct', files, undefined, undefined, { suite: 'b' });
    expect(content(picked)).toBe('/bin/b');
    expect(notes(picked).map((d) => d.severity)).toEqual(['info']);
  });

  it('read a data_bags_path set beside the suite\'s provisioner, for a suite converging a Policyfile\'s named run list', async () => {
    const c = await evaluateCookbook('acct', {
      'recipes/default.rb': recipe,
      'Policyfile.rb': "name 'acct'\nrun_list 'recipe[acct::other]'\nnamed_run_list :default, 'recipe[acct::default]'\ncookbook 'acct', path: '.'\n",
      'kitchen.yml': [
        'provisioner:',
        '  name: chef_infra',
        'suites:',
        '  - name: default',
        '    data_bags_path: "./test/fixtures/data_bags"',
        '    provisioner:',
        '      named_run_list: default',
        '',
      ].join('\n'),
      'test/fixtures/data_bags/users/deploy.json': item('/bin/ksh'),
    });
    expect(content(c)).toBe('/bin/ksh');
    expect(notes(c)[0]!.message).toContain('data bags taken from test/fixtures/data_bags/ (users), the data_bags_path of kitchen suite default');
  });

  it('are not taken through a named run list the Policyfile does not spell out (built in a loop): not its run list', async () => {
    const c = await evaluateCookbook('acct', {
      'recipes/default.rb': recipe,
      'Policyfile.rb': "name 'acct'\nrun_list 'acct::default'\nDir.children('recipes').each do |r|\n  named_run_list File.basename(r, '.rb').to_sym, \"acct::#{File.basename(r, '.rb')}\"\nend\n",
      'kitchen.yml': 'suites:\n  - name: other\n    provisioner:\n      named_run_list: other\n',
      'test/integration/data_bags/users/deploy.json': item('/bin/bash'),
    });
    expect(content(c)).toBeInstanceOf(Unknown);
    expect(notes(c)).toEqual([]);
  });

  it('are not taken for a run list no suite converges: the item stays unknown', async () => {
    const c = await evaluateCookbook('acct', {
      'recipes/default.rb': recipe,
      'kitchen.yml': 'suites:\n  - name: other\n    run_list: ["recipe[acct::other]"]\n',
      'test/integration/data_bags/users/deploy.json': item('/bin/bash'),
    });
    expect(content(c)).toBeInstanceOf(Unknown);
    expect(notes(c)).toEqual([]);
  });
});
