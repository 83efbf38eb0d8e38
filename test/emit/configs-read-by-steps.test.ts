import { describe, expect, it } from 'vitest';
import type { BuildStep, FileSpec } from '../../src/model/plan.js';
import { namesConfig, placeConfigs } from '../../src/emit/dockerfile/configs-read-by-steps.js';

const source = { file: 'recipes/default.rb', line: 1, column: 1 };
const config = (path: string): FileSpec => ({ resource: `template[${path}]`, source, path, content: { kind: 'inline', text: '' }, config: true, tunable: false });
const step = (command: string): BuildStep => ({ resource: `execute[${command}]`, source, command, env: {}, conditions: [] });

describe('configs a build step reads are copied before it', () => {
  it('names: the path, the file name, or the name without extension, as a word', () => {
    expect(namesConfig('/usr/sbin/a2ensite default-site', '/etc/apache2/sites-available/default-site.conf')).toBe(true);
    expect(namesConfig('nginx -t -c /etc/nginx/nginx.conf', '/etc/nginx/nginx.conf')).toBe(true);
    expect(namesConfig('postmap /etc/postfix/virtual', '/etc/postfix/virtual')).toBe(true);
    expect(namesConfig('/usr/sbin/a2enconf security2', '/etc/apache2/conf-available/security.conf')).toBe(false);
    expect(namesConfig('mkdir -p /srv/app/dir', '/etc/apache2/mods-available/dir.conf')).toBe(false);
    // Too short a stem to be told from any other word.
    expect(namesConfig('a2enmod ab', '/etc/x/ab.conf')).toBe(false);
  });

  it('apache2 a2ensite: the site is copied before the step, the other configs stay last', () => {
    const site = config('/etc/apache2/sites-available/default-site.conf');
    const main = config('/etc/apache2/apache2.conf');
    const ports = config('/etc/apache2/ports.conf');
    const placed = placeConfigs([main, site, ports], [step('/usr/sbin/a2enmod status'), step('/usr/sbin/a2ensite default-site')]);
    expect([...placed.before.entries()]).toEqual([[1, [site]]]);
    expect(placed.last).toEqual([main, ports]);
  });

  it('a config named by two steps is copied once, before the first', () => {
    const conf = config('/etc/app/app.conf');
    const placed = placeConfigs([conf], [step('app --check /etc/app/app.conf'), step('app --migrate /etc/app/app.conf')]);
    expect([...placed.before.keys()]).toEqual([0]);
    expect(placed.last).toEqual([]);
  });
});

describe('configs whose notification runs a step are copied before it', () => {
  const notified = (command: string, delayed: boolean, immediately: string[] = []): BuildStep => ({ ...step(command), notifiedBy: { delayed, immediately } });

  it('a delayed notification runs the step at the end of the run: every config not yet copied goes before it', () => {
    const main = config('/etc/rsyslog.conf');
    const snippet = config('/etc/rsyslog.d/50-default.conf');
    const placed = placeConfigs([main, snippet], [notified('rsyslogd -N 1', true)]);
    expect([...placed.before.entries()]).toEqual([[0, [main, snippet]]]);
    expect(placed.last).toEqual([]);
  });

  it('an immediate notification needs only its notifier; the other configs stay last', () => {
    const list = config('/etc/app/upstreams.list');
    const other = config('/etc/app/app.conf');
    const placed = placeConfigs([list, other], [notified('count-upstreams', false, ['template[/etc/app/upstreams.list]'])]);
    expect([...placed.before.entries()]).toEqual([[0, [list]]]);
    expect(placed.last).toEqual([other]);
  });

  it('a step nothing notifies and that names no config leaves the configs last', () => {
    const conf = config('/etc/app/app.conf');
    expect(placeConfigs([conf], [step('mkdir -p /srv/app')]).last).toEqual([conf]);
  });
});
