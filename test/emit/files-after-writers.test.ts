import { describe, expect, it } from 'vitest';
import type { BuildStep, FileSpec, LinkSpec } from '../../src/model/plan.js';
import { placeImageFiles, throughLinks } from '../../src/emit/dockerfile/files-after-writers.js';

const source = { file: 'recipes/default.rb', line: 1, column: 1 };
const file = (path: string): FileSpec => ({ resource: `template[${path}]`, source, path, content: { kind: 'inline', text: '' }, config: false, tunable: false });
const step = (command: string): BuildStep => ({ resource: `execute[${command}]`, source, command, env: {}, conditions: [] });
const link = (path: string, to: string): LinkSpec => ({ resource: `link[${path}]`, source, path, to, hard: false });
const orderOf = (...resources: { resource: string }[]) => new Map(resources.map((r, i) => [r.resource, i]));

describe('image files a later link or step reaches are copied after it', () => {
  // The tarball install pattern: folder, link to it, extraction into it, then the cookbook's own config.
  const home = link('/opt/app', '/opt/app-1.2/');
  const extract = step("tar -xzf /var/cache/app.tar.gz -C /opt/app-1.2/ --strip-components=1");
  const chown = step('chown -R app:app /opt/app-1.2/');
  const conf = file('/opt/app/conf/server.xml');

  it('a file Chef writes after the extraction into its folder (through the link) is copied after the last such step', () => {
    const placed = placeImageFiles([conf], [home], [extract, chown], orderOf(home, extract, chown, conf));
    expect([...placed.afterStep.entries()]).toEqual([[1, [conf]]]);
    expect([placed.first, placed.afterLinks]).toEqual([[], []]);
  });

  it('a file under a link, with no step reaching it, follows the links', () => {
    const placed = placeImageFiles([conf], [home], [step('mkdir -p /srv/other')], orderOf(home, conf));
    expect(placed.afterLinks).toEqual([conf]);
  });

  it('a file Chef wrote before the step stays first: the step runs over it, as in Chef', () => {
    const placed = placeImageFiles([conf], [home], [extract], orderOf(conf, home, extract));
    expect(placed.first).toEqual([conf]);
  });

  it('a file no link or step reaches stays first, for the layer cache', () => {
    const other = file('/etc/app/app.conf');
    const placed = placeImageFiles([other], [home], [extract], orderOf(home, extract, other));
    expect(placed.first).toEqual([other]);
  });

  it('resolves a path through an absolute symbolic link once', () => {
    expect(throughLinks('/opt/app/conf/x', [home])).toBe('/opt/app-1.2/conf/x');
    expect(throughLinks('/opt/application/x', [home])).toBe('/opt/application/x');
  });
});
