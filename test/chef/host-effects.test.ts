/**
 * What a recipe does to the machine running chef-client outside the resource collection: downloads made while Chef
 * runs (Chef::HTTP, Chef::HTTP::Simple, Net::HTTP, open-uri) are Unknown with one specific cause naming the URL;
 * FileUtils calls are a DEC0322 warning naming the call and its paths, and no resource.
 */
import { describe, expect, it } from 'vitest';
import { Unknown } from '../../src/model/data.js';
import { evaluateCookbook } from './evaluate-recipe.js';

describe('downloads at converge time', () => {
  it('Chef::HTTP, Chef::HTTP::Simple and Net::HTTP answer Unknown "fetched from URL at converge time", naming the URL', async () => {
    const c = await evaluateCookbook('fetch', {
      'libraries/versions.rb': [
        'module Fetch',
        '  def latest_version',
        "    Chef::HTTP::Simple.new('https://releases.example.org').get('/latest.txt').strip",
        '  end',
        'end',
        'Chef::DSL::Recipe.send(:include, Fetch)',
        '',
      ].join('\n'),
      'recipes/default.rb': [
        "sums = Chef::HTTP.new('https://releases.example.org/').get('SHA256SUMS')",
        "body = Net::HTTP.get(URI('https://api.example.org/v1/config'))",
        "json = Chef::HTTP::SimpleJSON.new('https://api.example.org').request(:GET, '/v2/keys')",
        "file '/etc/app/version' do\n  content latest_version\nend",
        "file '/etc/app/sums' do\n  content sums\nend",
        "file '/etc/app/config' do\n  content body\nend",
        "file '/etc/app/keys' do\n  content json.to_s\nend",
        '',
      ].join('\n'),
    });
    const reasons = c.resources.map((r) => (r.properties.content instanceof Unknown ? r.properties.content.reason : r.properties.content));
    expect(reasons).toEqual([
      expect.stringMatching(/^fetched from URL at converge time \(Chef::HTTP::Simple#get https:\/\/releases\.example\.org\/latest\.txt\)/),
      expect.stringMatching(/^fetched from URL at converge time \(Chef::HTTP#get https:\/\/releases\.example\.org\/SHA256SUMS\)/),
      expect.stringMatching(/^fetched from URL at converge time \(Net::HTTP\.get https:\/\/api\.example\.org\/v1\/config\)/),
      expect.stringMatching(/^fetched from URL at converge time \(Chef::HTTP::SimpleJSON#request https:\/\/api\.example\.org\/v2\/keys\)/),
    ]);
    // Not an undefined method, and not an error.
    expect(c.diagnostics.filter((d) => d.code === 'DEC0307' || d.severity === 'error')).toEqual([]);
  });
});

describe('FileUtils', () => {
  it('is a DEC0322 warning naming the call and its paths, with no resource and no undefined constant', async () => {
    const c = await evaluateCookbook('futil', {
      'recipes/default.rb': [
        "FileUtils.mkdir_p('/opt/app/releases')",
        "::FileUtils.rm_rf(%w(/opt/app/old /opt/app/tmp))",
        "FileUtils.chown('app', 'app', \"/opt/app/#{node['nothing_here'].inspect}\")",
        "same = FileUtils.identical?('/etc/a', '/etc/b')",
        "file '/etc/app/same' do\n  content same.to_s\nend",
        '',
      ].join('\n'),
    });
    expect(c.resources.map((r) => `${r.type}[${String(r.name)}]`)).toEqual(['file[/etc/app/same]']);
    expect((c.resources[0]!.properties.content as Unknown).reason).toContain('FileUtils.identical? reads the files of the machine running chef-client');
    const warned = c.diagnostics.filter((d) => d.code === 'DEC0322');
    expect(warned.map((d) => [d.severity, d.location?.line, d.message.split(' changes ')[0]])).toEqual([
      ['warning', 1, 'FileUtils.mkdir_p("/opt/app/releases")'],
      ['warning', 2, 'FileUtils.rm_rf(["/opt/app/old", "/opt/app/tmp"])'],
      ['warning', 3, 'FileUtils.chown("app", "app", "/opt/app/nil")'],
    ]);
    expect(c.diagnostics.filter((d) => d.code === 'DEC0307')).toEqual([]);
  });

  it('answers the bare calls of a library that includes FileUtils', async () => {
    const c = await evaluateCookbook('futil2', {
      'libraries/setup.rb': "module Setup\n  include FileUtils\n  def prepare(dir)\n    mkdir_p(dir)\n    dir\n  end\nend\nChef::DSL::Recipe.send(:include, Setup)\n",
      'recipes/default.rb': "d = prepare('/srv/cache')\ndirectory d\n",
    });
    expect(c.resources.map((r) => `${r.type}[${String(r.name)}]`)).toEqual(['directory[/srv/cache]']);
    expect(c.diagnostics.filter((d) => d.code === 'DEC0322').map((d) => [d.location?.file, d.location?.line])).toEqual([['libraries/setup.rb', 4]]);
  });
});
