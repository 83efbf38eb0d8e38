/** Small Chef APIs of the long tail (issue 15): each modelled on a real cookbook pattern and written here. */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';
import type { Converge } from '../../src/model/converge.js';

const names = (c: Converge): string[] => c.resources.map((r) => `${r.type}[${String(r.name)}]`);
const warnings = (c: Converge): string[] => c.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message);

describe('ChefUtils::Dist', () => {
  it("answers Chef Infra 18's product and program names", async () => {
    const c = await evaluateCookbook('sca', {
      'recipes/default.rb': [
        'directory "/etc/#{ChefUtils::Dist::Infra::DIR_SUFFIX}"',
        'file "/tmp/#{ChefUtils::Dist::Infra::CLIENT}" do',
        '  content "#{ChefUtils::Dist::Infra::PRODUCT} (#{ChefUtils::Dist::Infra::SHORT}, #{ChefUtils::Dist::Infra::EXEC}) #{ChefUtils::Dist::Solo::EXEC}"',
        'end',
      ].join('\n'),
    });
    expect(warnings(c)).toEqual([]);
    expect(names(c)).toEqual(['directory[/etc/chef]', 'file[/tmp/chef-client]']);
    expect(c.resources[1]!.properties['content']).toBe('Chef Infra Client (chef, chef) chef-solo');
  });
});

describe('provides filters on custom resources', () => {
  const act = (path: string): string => `property :x, String\naction :create do\n  file '${path}'\nend\n`;

  it('the resource whose platform_family, platform or os filter matches the target provides the name', async () => {
    const c = await evaluateCookbook('sca', {
      'resources/deb.rb': `provides :sca_thing, platform_family: 'debian'\n${act('/deb')}`,
      'resources/rh.rb': `provides :sca_thing, platform_family: %w(rhel fedora)\n${act('/rhel')}`,
      'resources/ubu.rb': `provides :sca_other, platform: 'ubuntu'\n${act('/ubuntu')}`,
      'resources/linux.rb': `provides :sca_other, os: 'linux'\n${act('/linux')}`,
      'resources/notdeb.rb': `provides :sca_neg, platform_family: '!debian'\n${act('/notdeb')}`,
      'resources/any.rb': `provides :sca_neg\n${act('/any')}`,
      'recipes/default.rb': "sca_thing 'a'\nsca_other 'b'\nsca_neg 'c'\n",
    });
    expect(warnings(c)).toEqual([]);
    expect(names(c)).toEqual(['sca_thing[a]', 'file[/deb]', 'sca_other[b]', 'file[/linux]', 'sca_neg[c]', 'file[/any]']);
  });

  it('the most specific match wins whatever the load order: platform over platform_family over none', async () => {
    const c = await evaluateCookbook('sca', {
      'resources/a_platform.rb': `provides :sca_svc, platform: 'debian'\n${act('/platform')}`,
      'resources/b_family.rb': `provides :sca_svc, platform_family: 'debian'\n${act('/family')}`,
      'resources/c_plain.rb': `provides :sca_svc\n${act('/plain')}`,
      'resources/v_new.rb': `provides :sca_ver, platform_version: '>= 12'\n${act('/v12')}`,
      'resources/w_old.rb': `provides :sca_ver, platform_version: '< 12'\n${act('/v11')}`,
      'recipes/default.rb': "sca_svc 'a'\nsca_ver 'b'\n",
    });
    expect(names(c)).toEqual(['sca_svc[a]', 'file[/platform]', 'sca_ver[b]', 'file[/v12]']);
  });
});

describe('git property aliases', () => {
  it('branch and reference set revision, repo sets repository, and the alias reads it back', async () => {
    const c = await evaluateCookbook('sca', {
      'recipes/default.rb': [
        "git '/opt/a' do\n  repository 'https://example.invalid/a.git'\n  branch 'dev'\nend",
        "g = git '/opt/b' do\n  repo 'https://example.invalid/b.git'\n  reference 'v1'\nend",
        'file "/tmp/#{g.branch}-#{g.repository.split(\'/\').last}"',
      ].join('\n'),
    });
    expect(warnings(c)).toEqual([]);
    expect(c.resources.map((r) => r.properties)).toEqual([
      { repository: 'https://example.invalid/a.git', revision: 'dev' },
      { repository: 'https://example.invalid/b.git', revision: 'v1' },
      {},
    ]);
    expect(names(c)[2]).toBe('file[/tmp/v1-b.git]');
  });
});

describe('encrypted data bag items', () => {
  const recipe = [
    "s = Chef::EncryptedDataBagItem.load('creds', 'db')",
    "file '/etc/db.pw' do\n  content s['password']\nend",
    "t = data_bag_item('creds', 'api', 'the-secret')",
    "file '/etc/api.token' do\n  content t['token']\nend",
  ].join('\n');

  it('are secrets unknown to the image, asked in plan.yaml under the item, whether loaded as encrypted or with a secret', async () => {
    const c = await evaluateCookbook('sca', { 'recipes/default.rb': recipe }, undefined, undefined, { answers: {} });
    const content = c.resources.map((r) => r.properties['content'] as { reason?: string } | undefined);
    expect(content.map((v) => v?.reason)).toEqual([
      'encrypted data bag item creds/db is not in the workspace: its values are secrets, decrypted on the host with its secret [answer in plan.yaml values: data_bag_item("creds", "db")]',
      'encrypted data bag item creds/api is not in the workspace: its values are secrets, decrypted on the host with its secret [answer in plan.yaml values: data_bag_item("creds", "api")]',
    ]);
    expect(c.values?.open.map((q) => q.key)).toEqual(['data_bag_item("creds", "db")', 'data_bag_item("creds", "api")']);
  });

  it("take plan.yaml's answer as the item", async () => {
    const c = await evaluateCookbook('sca', { 'recipes/default.rb': recipe }, undefined, undefined, {
      answers: { 'data_bag_item("creds", "db")': { password: 'pw1' }, 'data_bag_item("creds", "api")': { token: 'tk1' } },
    });
    expect(c.resources.map((r) => r.properties['content'])).toEqual(['pw1', 'tk1']);
  });
});

describe('search with nothing to answer it', () => {
  it('is an unknown list of Chef::Node rows: map, each, empty?, first stay unknown with its cause, is_a? and nil? are answered', async () => {
    const c = await evaluateCookbook('sca', {
      'recipes/default.rb': [
        "nodes = search(:node, 'role:db')",
        "ips = nodes.map { |n| n['ipaddress'] }",
        "file '/etc/ips' do\n  content ips.sort.join(',')\nend",
        "file '/etc/first' do\n  content nodes.empty? ? 'none' : nodes.first['fqdn']\nend",
        'file "/etc/kind-#{nodes.is_a?(Array)}-#{nodes.nil?}-#{nodes.class}"',
        "nodes.each do |n|\n  file \"/etc/row-#{n.is_a?(Chef::Node)}\"\nend",
        "search(:node, 'role:web') do |n|\n  directory '/etc/web-rows'\nend",
      ].join('\n'),
    });
    expect(warnings(c)).toEqual([]);
    const cause = 'search(:node, "role:db") has no nodes/ folder to answer from: answer it in plan.yaml';
    const reason = (v: unknown): string | undefined => (v as { reason?: string } | undefined)?.reason;
    expect(reason(c.resources[0]!.properties['content'])).toBe(`${cause} [answer in plan.yaml values: search(:node, "role:db")]`);
    expect(reason(c.resources[1]!.properties['content'])).toContain(cause);
    expect(names(c).slice(2)).toEqual(['file[/etc/kind-true-false-Array]', 'file[/etc/row-true]', 'directory[/etc/web-rows]']);
    expect(c.resources[2]!.guards).toEqual([]);
    // Declared once for rows nobody knows: each carries the search as the condition it depends on.
    expect(c.resources.slice(3).map((r) => r.guards.some((g) => g.outcome === 'unknown' && g.reason.includes('search(:node')))).toEqual([true, true]);
  });
});

describe('what a typed unknown answers', () => {
  it("keeps its class to itself: a row's value, or the rows' first, is of a class nobody knows", async () => {
    const c = await evaluateCookbook('sca', {
      'recipes/default.rb': [
        "rows = search(:node, 'role:db')",
        "file '/etc/a' if rows.first.is_a?(Array)",
        "rows.each do |n|\n  file '/etc/b' if n['gid'].is_a?(Numeric)\nend",
      ].join('\n'),
    });
    // Neither test is decided: each resource is declared under its unknown condition, not dropped.
    expect(names(c)).toEqual(['file[/etc/a]', 'file[/etc/b]']);
    expect(c.resources.map((r) => r.guards.some((g) => g.outcome === 'unknown'))).toEqual([true, true]);
  });
});
