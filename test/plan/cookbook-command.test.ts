/**
 * A started service's command from what the cookbook declares (issue 14,
 * source 1): its systemd unit run through the same steps as a package's, a
 * runit run script, a supervisord program, a start_command, an upstart job;
 * and why an init.d script gives none. Offline: no package facts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import type { ForegroundForm } from '../../src/plan/unit-command.js';
import type { Resource } from '../../src/model/converge.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const foregroundForms = parse(readFileSync(join(import.meta.dirname, '../../catalog/foreground/forms.yaml'), 'utf8')) as ForegroundForm[];
const rendered = (text: string, file = 'templates/t.erb') => ({ kind: 'rendered' as const, text, complete: true, template: { file, line: 1, column: 1 }, unknowns: [] });
const plan = (resources: Resource[]) => planApp(converge(resources), { name: 'app', version: '1.0.0', labels: {}, catalog, foregroundForms });
const started = (name: string, extra: Partial<Resource> = {}) => res('service', name, { actions: ['enable', 'start'], ...extra });
const dec0503 = (app: ReturnType<typeof plan>) => app.diagnostics.find((d) => d.code === 'DEC0503')?.message;

describe("the cookbook's systemd unit, treated as a package's", () => {
  it('expands $VARIABLEs from the EnvironmentFile the cookbook renders', () => {
    const app = plan([
      res('template', '/etc/default/webd', { content: rendered('PORT=8080\nROOT="/srv/www"\n') }),
      res('template', '/etc/systemd/system/webd.service', {
        content: rendered('[Service]\nEnvironmentFile=/etc/default/webd\nUser=www-data\nExecStart=/usr/bin/webd -F -p ${PORT} -r $ROOT\n', 'templates/webd.service.erb'),
      }),
      started('webd'),
    ]);
    const u = app.units[0]!;
    expect(u.command).toEqual(['/usr/bin/webd', '-F', '-p', '8080', '-r', '/srv/www']);
    expect([u.commandSource, u.user]).toEqual(['cookbook', 'www-data']);
    expect(u.notes[0]).toMatch(/^command from ExecStart \(line 4\) of template\[\/etc\/systemd\/system\/webd\.service\] \(recipes\/default\.rb:\d+, template templates\/webd\.service\.erb\); variables of ExecStart read from \/etc\/default\/webd \(the cookbook's file\)/);
    expect(dec0503(app)).toBeUndefined();
  });

  it('makes a forking unit foreground by the foreground data, or watches its PIDFile', () => {
    const nginx = plan([res('systemd_unit', 'edge.service', { properties: { content: '[Service]\nType=forking\nExecStart=/usr/sbin/nginx -g "daemon on; master_process on;"\n' } }), started('edge')]);
    expect(nginx.units[0]!.command).toEqual(['/usr/sbin/nginx', '-g', 'daemon off; master_process on;']);
    expect(nginx.units[0]!.notes.join('\n')).toMatch(/made foreground: nginx's `daemon off;`/);
    // A tarball install's unit (the usual Tomcat pattern): `catalina.sh start` backgrounds, `run` stays in front.
    const catalina = plan([res('systemd_unit', 'tomcat_app.service', { properties: { content: '[Service]\nType=forking\nEnvironment=CATALINA_BASE=/opt/tomcat_app\nExecStart=/opt/tomcat_app/bin/catalina.sh start\nUser=tomcat_app\n' } }), started('tomcat_app')]);
    expect(catalina.units[0]!.command).toEqual(['/opt/tomcat_app/bin/catalina.sh', 'run']);
    expect(catalina.units[0]!.notes.join('\n')).toMatch(/made foreground: catalina\.sh run starts Catalina in the current window/);
    const watched = plan([res('systemd_unit', 'tund.service', { properties: { content: '[Service]\nType=forking\nPIDFile=/run/tund.pid\nExecStart=/usr/bin/tund /etc/tund.conf\n' } }), started('tund')]);
    expect(watched.units[0]!.command.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    expect(watched.units[0]!.command[2]).toMatch(/^'\/usr\/bin\/tund' '\/etc\/tund\.conf' \|\| exit \$\?;.*\/run\/tund\.pid/);
  });

  it('gives no command for an EnvironmentFile neither the cookbook nor a package ships, and says so', () => {
    const app = plan([res('systemd_unit', 'x.service', { properties: { content: '[Service]\nEnvironmentFile=/etc/default/x\nExecStart=/usr/bin/x $OPTS\n' } }), started('x')]);
    expect(app.units[0]!.command).toEqual([]);
    expect(dec0503(app)).toMatch(/the cookbook's unit for x gives no command: EnvironmentFile \/etc\/default\/x is required/);
  });

  it('a systemd_unit started by its own actions, with no service resource, is the service (custom resources write it so)', () => {
    const app = plan([res('systemd_unit', 'tund.service', { actions: ['create', 'enable', 'start'], properties: { content: '[Service]\nExecStart=/usr/bin/tund -f\n' } })]);
    expect(app.units.map((u) => [u.name, u.command, u.commandSource])).toEqual([['tund', ['/usr/bin/tund', '-f'], 'cookbook']]);
    // Without content it starts a unit the package ships: not the cookbook's unit.
    const packaged = plan([res('systemd_unit', 'start tund', { actions: ['start'], properties: { unit_name: 'tund.service' } })]);
    expect(packaged.units.map((u) => u.name)).toEqual(['tund']);
    expect(dec0503(packaged)).not.toMatch(/cookbook's unit/);
    const created = plan([res('systemd_unit', 'tund.service', { actions: ['create'], properties: { content: '[Service]\nExecStart=/usr/bin/tund -f\n' } })]);
    expect(created.units).toEqual([]);
  });
});

describe('runit', () => {
  const script = '#!/bin/sh\nexec 2>&1\nexec chpst -u httpd /usr/sbin/mini_httpd -D -p 8091 -d /srv/www\n';
  it('reads the run script a template writes to /etc/sv/<svc>/run', () => {
    const app = plan([res('template', '/etc/sv/httpd/run', { content: rendered(script, 'templates/sv-httpd-run.erb') }), res('runit_service', 'httpd', { actions: ['enable'] })]);
    const u = app.units[0]!;
    expect([u.command, u.user, u.commandSource]).toEqual([['/usr/sbin/mini_httpd', '-D', '-p', '8091', '-d', '/srv/www', '-l', '/dev/stdout'], 'httpd', 'cookbook']);
    // -l /dev/stdout: mini_httpd's request log made to reach the output (catalog/logs/request-options.yaml).
    expect(u.notes[0]).toMatch(/^command from the exec at line 3 of the runit run script of template\[\/etc\/sv\/httpd\/run\] \(recipes\/default\.rb:\d+, template templates\/sv-httpd-run\.erb\)/);
  });
  it("reads runit_service's own rendered run template (sv-<svc>-run.erb)", () => {
    const app = plan([res('runit_service', 'httpd', { actions: ['enable'], content: rendered(script, 'templates/sv-httpd-run.erb') })]);
    expect(app.units[0]!.command[0]).toBe('/usr/sbin/mini_httpd');
    expect(app.units[0]!.notes[0]).toMatch(/runit run script of runit_service\[httpd\] .*templates\/sv-httpd-run\.erb/);
  });
  it('refuses a run script that does more than assign and exec, at its line', () => {
    const app = plan([res('file', '/etc/service/httpd/run', { content: { kind: 'inline', text: '#!/bin/sh\ncd /srv\nexec /usr/sbin/httpd\n' } }), started('httpd')]);
    expect(dec0503(app)).toMatch(/runit run script of file\[\/etc\/service\/httpd\/run\].*line 2 \(cd \/srv\) is more than a variable assignment or exec/);
  });
});

describe('supervisord', () => {
  it('reads [program:<svc>] of a rendered conf.d file, with user and environment', () => {
    const app = plan([
      res('template', '/etc/supervisor/conf.d/worker.conf', { content: rendered('[program:worker]\ncommand=/usr/bin/worker --queue jobs\nuser=app\nenvironment=QUEUE="jobs"\n') }),
      res('supervisor_service', 'worker', { actions: ['enable', 'start'] }),
    ]);
    const u = app.units[0]!;
    expect([u.command, u.user, u.env]).toEqual([['/usr/bin/worker', '--queue', 'jobs'], 'app', { QUEUE: 'jobs' }]);
    expect(u.notes[0]).toMatch(/command from \[program:worker\] \(command at line 2\) of \/etc\/supervisor\/conf\.d\/worker\.conf/);
  });
  it("takes supervisor_service's command property", () => {
    const app = plan([res('supervisor_service', 'worker', { actions: ['enable'], properties: { command: '/usr/bin/worker -v', user: 'app' } })]);
    expect([app.units[0]!.command, app.units[0]!.user]).toEqual([['/usr/bin/worker', '-v'], 'app']);
  });
});

describe("a service's start_command", () => {
  it('is the command when it runs the daemon directly, made foreground by its binary when a form is known', () => {
    const app = plan([started('edge', { properties: { start_command: '/usr/sbin/nginx -g "daemon on; master_process on;"' } })]);
    expect(app.units[0]!.command).toEqual(['/usr/sbin/nginx', '-g', 'daemon off; master_process on;']);
    const plain = plan([started('tund', { properties: { start_command: '/usr/bin/tund --foreground' } })]);
    expect(plain.units[0]!.command).toEqual(['/usr/bin/tund', '--foreground']);
    expect(plain.units[0]!.notes.join('\n')).toMatch(/Chef waits for the start_command to return.*check that it stays in the foreground/);
  });
  it('says nothing about the foreground command when it asks the init system, and the next source answers', () => {
    const refused = plan([started('tund', { properties: { start_command: 'service tund start' } })]);
    expect(dec0503(refused)).toMatch(/start_command of service\[tund\] .*\(service tund start\) asks the init system/);
    const init = plan([started('tund', { properties: { init_command: '/etc/init.d/tund' } })]);
    expect(dec0503(init)).toMatch(/init_command \/etc\/init\.d\/tund/);
    const next = plan([res('systemd_unit', 'tund.service', { properties: { content: '[Service]\nExecStart=/usr/bin/tund -f\n' } }), started('tund', { properties: { start_command: '/etc/init.d/tund start' } })]);
    expect(next.units[0]!.command).toEqual(['/usr/bin/tund', '-f']);
  });
});

describe('upstart and sysvinit', () => {
  it('takes the exec stanza of /etc/init/<svc>.conf', () => {
    const app = plan([res('cookbook_file', '/etc/init/tund.conf', { content: { kind: 'inline', text: 'start on runlevel [2345]\nsetuid tun\nexec /usr/bin/tund -f\n' } }), started('tund')]);
    expect([app.units[0]!.command, app.units[0]!.user]).toEqual([['/usr/bin/tund', '-f'], 'tun']);
    expect(app.units[0]!.notes[0]).toMatch(/exec stanza at line 3 of the upstart job/);
  });
  it("reads an /etc/init.d script the cookbook writes as a package's is, and says why when it cannot", () => {
    const app = plan([res('template', '/etc/init.d/tund', { content: rendered('#!/bin/sh\nstart-stop-daemon --start --exec /usr/bin/tund\n') }), started('tund')]);
    expect(app.units[0]!.command).toEqual([]);
    expect(dec0503(app)).toMatch(/the cookbook's init script \/etc\/init\.d\/tund \(template\[\/etc\/init\.d\/tund\] .*\) gives no foreground command: .*detaches itself, with no pid file/);
    const skeleton = plan([
      res('template', '/etc/init.d/tund', {
        content: rendered('#!/bin/sh\nDAEMON=/usr/bin/tund\nPIDFILE=/run/tund.pid\ncase "$1" in\n  start)\n    start-stop-daemon --start --quiet --pidfile $PIDFILE --exec $DAEMON -- -c /etc/tund.conf\n    ;;\nesac\n'),
      }),
      started('tund'),
    ]);
    expect(skeleton.units[0]!.commandSource).toBe('cookbook');
    expect(skeleton.units[0]!.command.join(' ')).toContain('/usr/bin/tund');
    expect(skeleton.units[0]!.notes[0]).toMatch(/^command from the start-stop-daemon line of the init script written by template\[\/etc\/init\.d\/tund\]/);
  });
});
