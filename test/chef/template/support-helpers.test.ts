import { describe, expect, it } from 'vitest';
import { cookbookFileNotFound } from '../../../src/chef/template/cookbook-file-not-found.js';
import { erubisEscapeXml } from '../../../src/chef/template/escape-xml.js';
import { findCookbookFile } from '../../../src/chef/template/file-specificity.js';
import type { Cookbook } from '../../../src/model/workspace.js';

describe('erubisEscapeXml', () => {
  it('escapes & < > " and leaves the single quote, as Erubis::XmlHelper.escape_xml', () => {
    // Expected text taken from ruby -rerubis: Erubis::XmlHelper.escape_xml(%q{a&b<c>d"e'f})
    expect(erubisEscapeXml(`a&b<c>d"e'f &amp;`)).toBe('a&amp;b&lt;c&gt;d&quot;e\'f &amp;amp;');
  });
});

describe('cookbookFileNotFound', () => {
  const cb: Cookbook = {
    name: 'web',
    root: '/c/web',
    metadata: { name: 'web', version: '1.2.0', depends: [], supports: [] },
    files: {
      recipes: [], attributes: [], libraries: [], resources: [], providers: [], definitions: [],
      templates: ['templates/default/nginx.conf.erb'],
      files: [],
      tests: [],
    },
  };
  const facts = { id: 'debian-12', platform: 'debian', platformFamily: 'debian', platformVersion: '12', baseImage: 'debian:bookworm-slim' };

  it('lists what was tried and what exists, with the template code', () => {
    const lookup = findCookbookFile(cb, 'templates', 'ngnix.conf.erb', facts, 'h.example');
    expect('tried' in lookup).toBe(true);
    if (!('tried' in lookup)) return;
    const d = cookbookFileNotFound(cb, 'templates', lookup.tried, { file: 'recipes/default.rb', line: 3, column: 1, cookbook: 'web' });
    expect(d).toMatchObject({ code: 'DEC0401', severity: 'error', location: { line: 3 } });
    expect(d.message).toBe(
      "cookbook 'web' (1.2.0) does not contain a file at any of these locations: templates/host-h.example/ngnix.conf.erb, " +
        'templates/debian-12/ngnix.conf.erb, templates/debian/ngnix.conf.erb, templates/default/ngnix.conf.erb, templates/ngnix.conf.erb',
    );
    expect(d.hint).toBe('the cookbook does contain: templates/default/nginx.conf.erb');
  });

  it('uses the cookbook_file code for files/', () => {
    expect(cookbookFileNotFound(cb, 'files', ['files/default/x'])).toMatchObject({ code: 'DEC0403', hint: 'the cookbook has no files/ files' });
  });
});
