import { describe, expect, it } from 'vitest';
import { findCookbookFile, preferencesForPath, versionPrefixes } from '../../../src/chef/template/file-specificity.js';
import type { PlatformFacts } from '../../../src/model/converge.js';
import type { Cookbook } from '../../../src/model/workspace.js';

const ubuntu: PlatformFacts = {
  id: 'ubuntu-22.04',
  platform: 'ubuntu',
  platformFamily: 'debian',
  platformVersion: '22.04',
  baseImage: 'ubuntu:22.04',
};
const FQDN = 'web1.example.com';

function cookbook(templates: string[], files: string[] = []): Cookbook {
  return {
    name: 'web',
    root: '/cookbooks/web',
    metadata: { name: 'web', depends: [], supports: [] },
    files: {
      recipes: [],
      attributes: [],
      libraries: [],
      resources: [],
      providers: [],
      definitions: [],
      templates: [...templates].sort(),
      files: [...files].sort(),
      tests: [],
    },
  };
}

// Every place Chef may look for nginx.conf.erb on ubuntu 22.04 at web1.example.com.
const ALL = [
  'templates/host-web1.example.com/nginx.conf.erb',
  'templates/ubuntu-22.04/nginx.conf.erb',
  'templates/ubuntu-22/nginx.conf.erb',
  'templates/ubuntu/nginx.conf.erb',
  'templates/default/nginx.conf.erb',
  'templates/nginx.conf.erb',
];

describe('findCookbookFile: Chef file specificity (cookbook_version.rb preferences_for_path)', () => {
  it('tries host, platform-version, platform-major, platform, default, root in that order', () => {
    expect(preferencesForPath('templates', 'nginx.conf.erb', ubuntu, FQDN)).toEqual(ALL);
  });

  // Each step: with that location and every less specific one present, that one wins.
  it.each(ALL.map((path, i) => [path, i] as const))('%s wins over every less specific copy', (path, i) => {
    const cb = cookbook(ALL.slice(i));
    expect(findCookbookFile(cb, 'templates', 'nginx.conf.erb', ubuntu, FQDN)).toEqual({ relativePath: path });
  });

  it('skips a missing level and takes the next', () => {
    const cb = cookbook(['templates/ubuntu/nginx.conf.erb', 'templates/default/nginx.conf.erb']);
    expect(findCookbookFile(cb, 'templates', 'nginx.conf.erb', ubuntu, FQDN)).toEqual({
      relativePath: 'templates/ubuntu/nginx.conf.erb',
    });
  });

  it('ignores other hosts, other platforms and other versions', () => {
    const cb = cookbook([
      'templates/host-db1.example.com/nginx.conf.erb',
      'templates/debian/nginx.conf.erb',
      'templates/ubuntu-20.04/nginx.conf.erb',
      'templates/ubuntu-2/nginx.conf.erb',
      'templates/default/nginx.conf.erb',
    ]);
    expect(findCookbookFile(cb, 'templates', 'nginx.conf.erb', ubuntu, FQDN)).toEqual({
      relativePath: 'templates/default/nginx.conf.erb',
    });
  });

  it('does not use the platform family as a folder', () => {
    const cb = cookbook(['templates/debian/nginx.conf.erb']);
    expect(findCookbookFile(cb, 'templates', 'nginx.conf.erb', ubuntu, FQDN)).toEqual({ tried: ALL });
  });

  it('reports every path it tried when nothing matches, for DEC0401', () => {
    const cb = cookbook(['templates/default/other.erb']);
    expect(findCookbookFile(cb, 'templates', 'nginx.conf.erb', ubuntu, FQDN)).toEqual({ tried: ALL });
  });

  it('looks in files/ for cookbook_file, not in templates/', () => {
    const cb = cookbook(['templates/default/motd'], ['files/default/motd', 'files/ubuntu/motd']);
    expect(findCookbookFile(cb, 'files', 'motd', ubuntu, FQDN)).toEqual({ relativePath: 'files/ubuntu/motd' });
    expect(findCookbookFile(cookbook(['templates/default/motd']), 'files', 'motd', ubuntu, FQDN)).toHaveProperty('tried');
  });

  it('keeps a source with subfolders under each specificity folder', () => {
    const cb = cookbook(['templates/default/conf.d/site.conf.erb']);
    expect(findCookbookFile(cb, 'templates', 'conf.d/site.conf.erb', ubuntu, FQDN)).toEqual({
      relativePath: 'templates/default/conf.d/site.conf.erb',
    });
  });

  it('splits three-part versions into every prefix (5.7.1 → 5.7.1, 5.7, 5)', () => {
    const rocky: PlatformFacts = { ...ubuntu, id: 'rocky-9.3.1', platform: 'rocky', platformVersion: '9.3.1' };
    const cb = cookbook(['templates/rocky-9.3/app.erb', 'templates/rocky-9/app.erb']);
    expect(findCookbookFile(cb, 'templates', 'app.erb', rocky, FQDN)).toEqual({ relativePath: 'templates/rocky-9.3/app.erb' });
    expect(versionPrefixes('5.7.1')).toEqual(['5.7.1', '5.7', '5']);
    expect(versionPrefixes('12')).toEqual(['12']);
    expect(versionPrefixes('')).toEqual([]);
    expect(versionPrefixes('1.2.')).toEqual(['1.2', '1']);
  });

  it('tries an array source as listed, relative to the segment root, without specificity', () => {
    const cb = cookbook([], ['files/default/b.txt', 'files/c.txt']);
    expect(findCookbookFile(cb, 'files', ['a.txt', 'default/b.txt', 'c.txt'], ubuntu, FQDN)).toEqual({
      relativePath: 'files/default/b.txt',
    });
    expect(findCookbookFile(cb, 'files', ['b.txt'], ubuntu, FQDN)).toEqual({ tried: ['files/b.txt'] });
  });
});
