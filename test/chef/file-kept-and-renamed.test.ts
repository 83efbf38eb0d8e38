/**
 * Two Chef rules the cron cookbook's test leans on: a name property reads the resource's name when read (so
 * `name 'x'` in the block renames it), and `:create_if_missing` leaves a file an earlier resource wrote alone.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

const cronD = [
  'property :cron_name, String, name_property: true',
  "property :command, String, default: '/bin/true'",
  'action :create do',
  "  file \"/etc/cron.d/#{new_resource.cron_name}\" do\n    content new_resource.command\n    action :create\n  end",
  'end',
  'action :create_if_missing do',
  "  file \"/etc/cron.d/#{new_resource.cron_name}\" do\n    content new_resource.command\n    action :create_if_missing\n  end",
  'end',
].join('\n');

describe('name_property after `name` is set in the block', () => {
  it('reads the new name, as Chef\'s lazy name default does', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/d.rb': cronD,
      'recipes/default.rb': "cb_d 'report2' do\n  name 'report'\n  command '/never'\nend\n",
    });
    expect(c.resources.filter((r) => r.type === 'file').map((r) => r.name)).toEqual(['/etc/cron.d/report']);
  });
});

describe(':create_if_missing on a path already written', () => {
  it('is skipped when an earlier resource wrote the path, and runs on a path nothing made', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/d.rb': cronD,
      'recipes/default.rb': [
        "cb_d 'report' do\n  command '/srv/report'\nend",
        "cb_d 'report2' do\n  name 'report'\n  command '/never'\n  action :create_if_missing\nend",
        "cb_d 'fresh' do\n  action :create_if_missing\nend",
        "file '/srv/motd' do\n  content 'x'\n  action [:create_if_missing]\nend",
      ].join('\n'),
    });
    const files = c.resources.filter((r) => r.type === 'file');
    expect(files.map((r) => [r.name, r.guards.map((g) => `${g.kind} ${g.outcome}${g.reason ? `: ${g.reason}` : ''}`)])).toEqual([
      ['/etc/cron.d/report', []],
      ['/etc/cron.d/report', ['creates skip: action :create_if_missing, and /etc/cron.d/report exists already']],
      ['/etc/cron.d/fresh', []],
      ['/srv/motd', []],
    ]);
  });
});
