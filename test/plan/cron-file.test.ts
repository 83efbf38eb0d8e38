/** A file written into /etc/cron.d is scheduled work: its entries become CronJobs, never a config file no cron reads. */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import type { Resource } from '../../src/model/converge.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const opts = { name: 'app', version: '1.0.0', labels: {}, catalog };
const at = { file: 'templates/cron.d.erb', line: 1, column: 1, cookbook: 'web' };

function rendered(path: string, text: string, complete = true): Resource {
  return res('template', path, { actions: ['create'], content: { kind: 'rendered', text, complete, template: at, unknowns: [] } });
}

describe('files in /etc/cron.d', () => {
  it('each entry of a rendered cron.d file is a CronJob with its schedule, user and command', () => {
    const app = planApp(converge([rendered('/etc/cron.d/report', '# Chef\n0 6 * * 1 www-data /srv/report\n@hourly root /srv/sweep\n')]), opts);
    expect(app.units.map((u) => [u.name, u.workload, u.schedule, u.user ?? 'root', u.command])).toEqual([
      ['cron-report-2', 'CronJob', '0 6 * * 1', 'www-data', ['/bin/sh', '-c', '/srv/report']],
      ['cron-report-3', 'CronJob', '0 * * * *', 'root', ['/bin/sh', '-c', '/srv/sweep']],
    ]);
    expect(app.decisions[0]).toMatchObject({ class: 'workload', unit: 'cron-report-2' });
    expect(app.decisions[0]!.reason).toMatch(/2 entries read from it, each a CronJob .*\(also cron-report-3\)/);
  });

  it('a file with a cookbook-given content is read too; one entry keeps the file name', () => {
    const app = planApp(converge([res('file', '/etc/cron.d/purge', { actions: ['create'], properties: { content: '30 2 * * * root find /tmp -delete\n' } })]), opts);
    expect(app.units.map((u) => [u.name, u.schedule])).toEqual([['cron-purge', '30 2 * * *']]);
  });

  it('a cron.d file whose text is not known is unsupported, not a silent config file', () => {
    const app = planApp(converge([rendered('/etc/cron.d/report', '<unknown> root /srv/report\n', false)]), opts);
    expect(app.units).toEqual([]);
    expect(app.decisions[0]).toMatchObject({ class: 'unsupported' });
    expect(app.decisions[0]!.reason).toMatch(/entries decant cannot read \(template\[\/etc\/cron.d\/report\] renders values decant could not know\)/);
  });

  it('a name Debian\'s cron skips schedules nothing; a line with no CronJob form is a warning', () => {
    const app = planApp(converge([rendered('/etc/cron.d/job.with.dots', '* * * * * root /bin/true\n'), rendered('/etc/cron.d/boot', '@reboot root /warm\n* * * * * root /bin/true\n')]), opts);
    expect(app.decisions.map((d) => d.class)).toEqual(['skipped', 'workload']);
    expect(app.units.map((u) => u.name)).toEqual(['cron-boot']);
    expect(app.diagnostics.filter((d) => d.code === 'DEC0332').map((d) => d.message)).toEqual([
      '/etc/cron.d/boot: line 1: @reboot has no CronJob schedule (a container has no boot: run it as an init container or at start); that entry is not scheduled',
    ]);
  });

  it('a cron.d command holding a secret value is unsupported: a CronJob command would show it', () => {
    const app = planApp(
      converge([rendered('/etc/cron.d/dump', '0 1 * * * root mysqldump -pS3cretPassw0rd db\n')], { db: { password: 'S3cretPassw0rd' } }),
      opts,
    );
    expect(app.units).toEqual([]);
    expect(app.decisions[0]).toMatchObject({ class: 'unsupported' });
  });
});

describe('scripts in /etc/cron.{hourly,daily,weekly,monthly}', () => {
  const script = (path: string, properties: Record<string, unknown> = { mode: '0755' }) =>
    res('template', path, { actions: ['create'], properties: properties as Resource['properties'], content: { kind: 'rendered', text: '#!/bin/sh\nexec /srv/backup\n', complete: true, template: at, unknowns: [] } });

  it('an executable script is a CronJob at the time Debian\'s /etc/crontab runs its folder, and ships in that unit\'s image', () => {
    const app = planApp(converge([script('/etc/cron.daily/backup')]), opts);
    expect(app.units.map((u) => [u.name, u.schedule, u.command, u.files.map((f) => f.path)])).toEqual([
      ['cron-backup', '25 6 * * *', ['/bin/sh', '-c', '/etc/cron.daily/backup'], ['/etc/cron.daily/backup']],
    ]);
    expect(app.decisions[0]!.reason).toMatch(/^daily cron script: a CronJob running it at 25 6 \* \* \*/);
  });

  it('run-parts skips a script that is not executable (Chef\'s default 0644) or, on Debian, has a dot in its name', () => {
    const app = planApp(converge([script('/etc/cron.hourly/sweep', {}), script('/etc/cron.weekly/x.sh')]), opts);
    expect(app.units).toEqual([]);
    expect(app.decisions[0]!.reason).toMatch(/not executable \(mode 0644, Chef's default\), so run-parts skips it in \/etc\/cron.hourly/);
    expect(app.decisions[1]!.reason).toMatch(/run-parts does not run x.sh in \/etc\/cron.weekly/);
  });
});

describe('the cron resource, as the line Chef writes into the crontab', () => {
  it('time :daily is @daily, and the environment lines Chef writes above it reach the command', () => {
    const app = planApp(
      converge([res('cron', 'backup', { properties: { time: 'daily', command: 'backup.sh \\%F', path: '/opt/app/bin:/usr/bin', shell: '/bin/bash', mailto: 'ops@example.com', environment: { APP_ENV: 'prod' } } })]),
      opts,
    );
    expect(app.units.map((u) => [u.schedule, u.command])).toEqual([['0 0 * * *', ['/bin/sh', '-c', "export PATH=/opt/app/bin:/usr/bin APP_ENV=prod; exec /bin/bash -c 'backup.sh %F'"]]]);
  });

  it('time :reboot and a command fed standard input by % have no CronJob form: unsupported, not every minute', () => {
    const app = planApp(converge([res('cron', 'warm', { properties: { time: 'reboot', command: '/warm' } }), res('cron', 'mail', { properties: { command: 'mail -s x ops%body' } })]), opts);
    expect(app.units).toEqual([]);
    expect(app.decisions.map((d) => [d.class, d.reason])).toEqual([
      ['unsupported', '@reboot has no CronJob schedule (a container has no boot: run it as an init container or at start)'],
      ['unsupported', "the command's unescaped % sends the rest to its standard input, which a CronJob's command does not do: schedule it by hand"],
    ]);
  });
});
