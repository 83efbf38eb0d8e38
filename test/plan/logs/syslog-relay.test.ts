import { describe, expect, it } from 'vitest';
import type { PackageFact, PackageFactsView } from '../../../src/model/package-facts.js';
import type { Unit } from '../../../src/model/plan.js';
import { loadCatalog } from '../../../src/plan/catalog/load-catalog.js';
import { loadLogDirectives } from '../../../src/plan/catalog/load-log-directives.js';
import { loadStderrForms } from '../../../src/plan/catalog/load-stderr-forms.js';
import { unitWithLogs } from '../../../src/plan/logs/unit-logs.js';
import { daemonProgram, logsToOutputAlready, relayedCommand, syslogTalkers, unitWithSyslogTarget, withStderrForm } from '../../../src/plan/logs/syslog-relay.js';
import { SYSLOG_RELAY_PATH } from '../../../src/text/syslog-reader.js';
import { pidWatch } from '../../../src/plan/unit-command.js';

const { forms, errors } = loadStderrForms();

const source = { file: 'recipes/default.rb', line: 3, column: 1 };
function unit(command: string[], user?: string): Unit {
  return {
    name: 'svc', workload: 'Deployment', baseImage: 'debian:bookworm-slim', packageManager: 'apt', image: 'a-svc:1.0.0', repositories: [],
    packages: [{ name: 'svcd', resource: 'package[svcd]', source }], groups: [], users: [], directories: [], files: [], links: [], buildSteps: [], secrets: [],
    command, ...(user ? { user } : {}), runAsNonRoot: user !== undefined, capabilities: [], ports: [], dataDirs: [], logs: [], env: {},
    resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '256Mi' } }, notes: [],
  } as unknown as Unit;
}

const none = { talkers: [], configSyslog: [], configFiles: false };

describe('stderr-forms.yaml', () => {
  it('reads without errors, each form saying where it comes from', () => {
    expect(errors).toEqual([]);
    expect(forms.map((f) => f.binary)).toEqual(expect.arrayContaining(['named', 'rsync', 'dnsmasq', 'dhcpd']));
    for (const f of forms) expect(f.why).toMatch(/\(\w+\(\d\)/);
  });
});

describe('withStderrForm', () => {
  it("turns named's -f into -g (foreground, all logging to stderr)", () => {
    expect(withStderrForm(['/usr/sbin/named', '-f', '-u', 'bind'], forms)?.command).toEqual(['/usr/sbin/named', '-g', '-u', 'bind']);
  });
  it("gives rsync's daemon --log-file=/dev/stdout, unless the command already names a log file", () => {
    expect(withStderrForm(['/usr/bin/rsync', '--daemon', '--no-detach'], forms)?.command).toEqual(['/usr/bin/rsync', '--daemon', '--no-detach', '--log-file=/dev/stdout']);
    expect(withStderrForm(['/usr/bin/rsync', '--daemon', '--log-file=/var/log/x'], forms)).toBeUndefined();
  });
  it('leaves a binary with no form, and a form that changes nothing, alone', () => {
    expect(withStderrForm(['/usr/sbin/nrpe', '-f'], forms)).toBeUndefined();
    expect(withStderrForm(['/usr/sbin/named', '-g'], forms)).toBeUndefined();
  });
});

describe('unitWithSyslogTarget', () => {
  it('starts a root unit whose binary talks to syslog behind the relay, the daemon exec-ed with its words unchanged', () => {
    const { unit: u, relayed } = unitWithSyslogTarget(unit(['/usr/sbin/svcd', '-f']), { ...none, talkers: ['/usr/sbin/svcd'] }, forms);
    expect(relayed).toBe(true);
    expect(u.command).toEqual(['perl', SYSLOG_RELAY_PATH, '--', '/usr/sbin/svcd', '-f']);
    expect(u.notes.join('\n')).toMatch(/\/usr\/sbin\/svcd talk\(s\) to syslog .*relay/);
  });
  it('relays what the config sends to the local syslog even without facts', () => {
    const { unit: u, relayed } = unitWithSyslogTarget(unit(['/usr/sbin/svcd']), { ...none, configSyslog: ['/etc/svcd.conf:2 (log_file)'] }, forms);
    expect(relayed).toBe(true);
    expect(u.command[0]).toBe('perl');
    expect(u.notes.join('\n')).toMatch(/the config sends its log to syslog \(\/etc\/svcd\.conf:2/);
  });
  it('prefers the documented stderr form to the relay, online or offline', () => {
    const { unit: u, relayed } = unitWithSyslogTarget(unit(['/usr/sbin/named', '-f', '-u', 'bind']), none, forms);
    expect(relayed).toBe(true);
    expect(u.command).toEqual(['/usr/sbin/named', '-g', '-u', 'bind']);
    expect(u.notes.join('\n')).toMatch(/named\(8\)/);
  });
  it('leaves a daemon whose config names a log file alone: it writes that file, which is linked to the output', () => {
    const u = unit(['/usr/sbin/svcd']);
    expect(unitWithSyslogTarget(u, { ...none, talkers: ['/usr/sbin/svcd'], configFiles: true }, forms)).toEqual({ unit: u, relayed: false });
    expect(unitWithSyslogTarget(u, none, forms)).toEqual({ unit: u, relayed: false });
  });
  it('starts a unit that runs as a user as root behind the relay, which becomes the user before the exec (binding /dev/log needs root)', () => {
    const { unit: u, relayed } = unitWithSyslogTarget({ ...unit(['/usr/sbin/svcd'], 'svc'), uid: 120, gid: 130 }, { ...none, talkers: ['/usr/sbin/svcd'] }, forms);
    expect(relayed).toBe(true);
    expect(u.user).toBeUndefined();
    expect(u.uid).toBeUndefined();
    expect(u.gid).toBe(130);
    expect(u.runAsNonRoot).toBe(false);
    expect(u.capabilities).toEqual(['SETGID', 'SETUID']);
    expect(u.dropsTo?.user).toBe('svc');
    expect(u.command).toEqual(['perl', SYSLOG_RELAY_PATH, '--user', 'svc', '--', '/usr/sbin/svcd']);
  });
  it("leaves a catalog service's user alone (its account is made from the catalog's ids): its syslog lines are lost, said for review", () => {
    const { unit: u, relayed } = unitWithSyslogTarget({ ...unit(['/usr/sbin/svcd'], 'svc'), catalog: 'svc' }, { ...none, talkers: ['/usr/sbin/svcd'] }, forms);
    expect(relayed).toBe(false);
    expect(u.command).toEqual(['/usr/sbin/svcd']);
    expect(u.user).toBe('svc');
    expect(u.notes.join('\n')).toMatch(/needs root, and the unit runs as svc: its syslog lines are lost \(needs review/);
  });
  it('gives no relay to a command that sends its log to the output by its request-logging option (mini_httpd -l /dev/stdout), and says why', () => {
    const requestLog = { ask: 'http', trace: 'line', option: ['-l', '/dev/stdout'], why: 'mini_httpd -l names the file it logs each request to (mini_httpd(8))' } as const;
    const u0 = { ...unit(['/usr/sbin/mini_httpd', '-D', '-l', '/dev/stdout']), requestLog };
    const { unit: u, relayed } = unitWithSyslogTarget(u0, { ...none, talkers: ['/usr/sbin/mini_httpd'] }, forms);
    expect(relayed).toBe(false);
    expect(u.command).toEqual(u0.command);
    expect(u.notes.join('\n')).toMatch(/talk\(s\) to syslog \(package facts\), but the command sends its log to the container's output already \(-l \/dev\/stdout: mini_httpd -l.*no \/dev\/log relay/);
  });
  it("still relays a daemon whose request log is a config directive (nrpe.cfg debug=1 logs to syslog): the command holds no option", () => {
    const requestLog = { ask: 'connect', trace: 'line', option: ['debug=1'], why: 'nrpe.cfg debug=1 logs debugging messages to syslog', rewrites: [] } as const;
    const { unit: u, relayed } = unitWithSyslogTarget({ ...unit(['/usr/sbin/nrpe', '-c', '/etc/nagios/nrpe.cfg', '-f']), requestLog }, { ...none, talkers: ['/usr/sbin/nrpe'] }, forms);
    expect(relayed).toBe(true);
    expect(u.command.slice(0, 2)).toEqual(['perl', SYSLOG_RELAY_PATH]);
  });
  it("gives no relay to a command already holding its stderr form (dhcpd -d, named -g)", () => {
    for (const command of [['/usr/sbin/dhcpd', '-f', '-d', 'eth0'], ['/usr/sbin/named', '-g', '-u', 'bind']]) {
      const { unit: u, relayed } = unitWithSyslogTarget(unit(command), { ...none, talkers: [command[0]!] }, forms);
      expect(relayed).toBe(false);
      expect(u.command).toEqual(command);
    }
  });
  it('still relays what the config sends to the local syslog, whatever the command holds', () => {
    expect(unitWithSyslogTarget(unit(['/usr/sbin/named', '-g']), { ...none, talkers: ['/usr/sbin/named'], configSyslog: ['/etc/x.conf:1 (x)'] }, forms).relayed).toBe(true);
  });
  it('keeps an unknown command unknown', () => {
    const u = unit([]);
    expect(unitWithSyslogTarget(u, { ...none, talkers: ['/usr/sbin/svcd'] }, forms).unit).toBe(u);
  });
});

describe('logsToOutputAlready', () => {
  it("reads the catalog's forms by construct: named's -f is not its -g, slapd's -d 0 is no stderr form", () => {
    expect(logsToOutputAlready(unit(['/usr/sbin/named', '-f']), forms)).toBeUndefined();
    expect(logsToOutputAlready(unit(['/usr/sbin/named', '-g']), forms)).toMatch(/named\(8\)/);
    expect(logsToOutputAlready(unit(['/usr/bin/rsync', '--daemon', '--log-file=/var/log/rsync.log']), forms)).toBeUndefined();
    expect(logsToOutputAlready(unit(['/usr/bin/rsync', '--daemon', '--log-file=/dev/stdout']), forms)).toMatch(/rsync\(1\)/);
    expect(logsToOutputAlready(unit(['/usr/sbin/slapd', '-d', '0']), forms)).toBeUndefined();
  });
});

describe('syslogTalkers', () => {
  const fact = (name: string, binaries: string[], syslogBinaries: string[] | undefined, sourcePackage?: string, units: string[] = [], files: string[] = binaries): PackageFact =>
    ({ name, binaries, files, provides: [], units: units.map((u) => ({ name: u })), ...(syslogBinaries ? { syslogBinaries } : {}), ...(sourcePackage ? { sourcePackage } : {}) }) as unknown as PackageFact;
  const viewOf = (facts: PackageFact[]): PackageFactsView =>
    ({ closure: () => facts.map((f) => f.name).sort(), packageFact: (n: string) => facts.find((f) => f.name === n), packageOf: (p: string) => facts.find((f) => f.files.includes(p))?.name }) as unknown as PackageFactsView;

  it("reads the unit's packages and their siblings of the same source (a wrapper package and its -base daemon), not every dependency", () => {
    const view = viewOf([
      fact('svcd', ['/usr/share/svcd/helper'], [], 'svc', ['svcd.service']),
      fact('svcd-base', ['/usr/sbin/svcd'], ['/usr/sbin/svcd'], 'svc'),
      fact('util', ['/usr/bin/logger'], ['/usr/bin/logger']),
    ]);
    expect(syslogTalkers(view, unit(['/usr/share/svcd/helper']))).toEqual(['/usr/sbin/svcd']);
  });
  it("takes a toolbox's syslog use for none: its family ships no service unit (busybox's httpd applet logs to stderr)", () => {
    expect(syslogTalkers(viewOf([fact('busybox', ['/bin/busybox'], ['/bin/busybox'])]), unit(['/bin/busybox', 'httpd', '-f', '-v']))).toEqual([]);
  });
  it("counts a daemon package that ships an init script and no systemd unit (Debian's slapd)", () => {
    const slapd = fact('slapd', ['/usr/sbin/slapd', '/usr/sbin/slaptest'], ['/usr/sbin/slapd', '/usr/sbin/slaptest'], undefined, [], ['/etc/init.d/slapd', '/usr/sbin/slapd', '/usr/sbin/slaptest']);
    const u = { ...unit(['/usr/sbin/slapd', '-d', '0']), packages: [{ name: 'slapd', resource: 'package[slapd]', source }] } as Unit;
    expect(syslogTalkers(viewOf([slapd]), u)).toEqual(['/usr/sbin/slapd', '/usr/sbin/slaptest']);
  });
  it('takes a syslog daemon (Provides: system-log-daemon) for none: it reads /dev/log itself', () => {
    const rsyslog = { ...fact('rsyslog', ['/usr/sbin/rsyslogd'], ['/usr/sbin/rsyslogd'], undefined, ['rsyslog.service']), provides: ['linux-kernel-log-daemon', 'system-log-daemon'] } as PackageFact;
    expect(syslogTalkers(viewOf([rsyslog]), unit(['/usr/sbin/rsyslogd', '-n']))).toEqual([]);
  });
  it("reads the family of the package shipping the command's program, found on PATH for a bare name, not that of a helper package the unit also installs", () => {
    const dnsmasq = [fact('dnsmasq', [], [], 'dnsmasq', ['dnsmasq.service']), fact('dnsmasq-base', ['/usr/sbin/dnsmasq'], ['/usr/sbin/dnsmasq'], 'dnsmasq')];
    const u = { ...unit(['dnsmasq', '-k']), packages: [{ name: 'dnsmasq', resource: 'package[dnsmasq]', source }] } as Unit;
    expect(syslogTalkers(viewOf(dnsmasq), u)).toEqual(['/usr/sbin/dnsmasq']);
    const rsync = fact('rsync', ['/usr/bin/rsync'], ['/usr/bin/rsync'], undefined, ['rsync.service']);
    const tarball = { ...unit(['/opt/prometheus/prometheus', '--config.file=/opt/prometheus/prometheus.yml']), packages: [{ name: 'rsync', resource: 'package[rsync]', source }] } as Unit;
    expect(syslogTalkers(viewOf([rsync]), tarball)).toEqual([]);
  });
  it("looks past the plan's own wrappers for the daemon: a pre-start chain that execs \"$@\", and tini", () => {
    expect(daemonProgram(['/bin/sh', '-c', '/usr/sbin/slaptest -u || exit $?; exec "$@"', 'sh', '/usr/sbin/slapd', '-d', '0'])).toBe('/usr/sbin/slapd');
    expect(daemonProgram(['/usr/bin/tini', '--', '/usr/sbin/munged', '--foreground'])).toBe('/usr/sbin/munged');
    expect(daemonProgram(pidWatch(['/usr/share/dnsmasq/systemd-helper', 'exec'], '/run/dnsmasq/dnsmasq.pid'))).toBe('/usr/share/dnsmasq/systemd-helper');
    expect(daemonProgram(pidWatch(["/usr/sbin/it's", '-x'], '/run/x.pid'))).toBe("/usr/sbin/it's");
    expect(daemonProgram(['/bin/sh', '-c', 'echo hi'])).toBe('/bin/sh');
    expect(daemonProgram([])).toBeUndefined();
  });
  it('is undefined when a fact predates the look (recorded before decant read syslog use)', () => {
    expect(syslogTalkers(viewOf([fact('svcd', ['/usr/sbin/svcd'], undefined)]), unit(['/usr/sbin/svcd']))).toBeUndefined();
  });
});

describe('relayedCommand', () => {
  it('hands the daemon its words after --, so the relay takes none of them', () => {
    expect(relayedCommand(['/usr/sbin/svcd', '-e', 'x'])).toEqual(['perl', SYSLOG_RELAY_PATH, '--', '/usr/sbin/svcd', '-e', 'x']);
    expect(relayedCommand(['/usr/sbin/svcd', '--user', 'x'], 'svc')).toEqual(['perl', SYSLOG_RELAY_PATH, '--user', 'svc', '--', '/usr/sbin/svcd', '--user', 'x']);
  });
});

describe('unitWithLogs: which daemons of init-script-only families start behind the relay', () => {
  const { catalog } = loadCatalog();
  const directives = loadLogDirectives().directives;
  const initScriptFamily = (name: string, binary: string): PackageFact =>
    ({ name, binaries: [binary], files: [`/etc/init.d/${name}`, binary], provides: [], units: [], syslogBinaries: [binary] }) as unknown as PackageFact;
  const viewOf = (f: PackageFact): PackageFactsView =>
    ({ closure: () => [f.name], packageFact: (n: string) => (n === f.name ? f : undefined), listDirectory: () => [], isDirectory: () => false, fileExists: () => false, packageOf: (p: string) => (f.files.includes(p) ? f.name : undefined) }) as unknown as PackageFactsView;
  const serviceOf = (pkg: string, command: string[]): Unit => ({ ...unit(command), packages: [{ name: pkg, resource: `package[${pkg}]`, source }] }) as Unit;

  it("relays slapd (an init script, imports syslog; its -d 0 keeps the log in syslog)", () => {
    const u = unitWithLogs(serviceOf('slapd', ['/usr/sbin/slapd', '-h', 'ldap:///', '-d', '0']), directives, catalog, viewOf(initScriptFamily('slapd', '/usr/sbin/slapd')));
    expect(u.command).toEqual(['perl', SYSLOG_RELAY_PATH, '--', '/usr/sbin/slapd', '-h', 'ldap:///', '-d', '0']);
  });
  it('does not relay mini_httpd or webfsd, whose request-logging options send their log to stdout (given or already held)', () => {
    const mini = unitWithLogs(serviceOf('mini-httpd', ['/usr/sbin/mini_httpd', '-D', '-p', '8091']), directives, catalog, viewOf(initScriptFamily('mini-httpd', '/usr/sbin/mini_httpd')));
    expect(mini.command).toEqual(['/usr/sbin/mini_httpd', '-D', '-p', '8091', '-l', '/dev/stdout']);
    const webfs = unitWithLogs(serviceOf('webfs', ['/usr/bin/webfsd', '-F', '-L', '-']), directives, catalog, viewOf(initScriptFamily('webfs', '/usr/bin/webfsd')));
    expect(webfs.command).toEqual(['/usr/bin/webfsd', '-F', '-L', '-']);
    expect(webfs.notes.join('\n')).toMatch(/no \/dev\/log relay/);
  });
  it("does not relay dhcpd in its -d form (stderr instead of syslog)", () => {
    const u = unitWithLogs(serviceOf('isc-dhcp-server', ['/usr/sbin/dhcpd', '-f', '-d', 'eth0']), directives, catalog, viewOf(initScriptFamily('isc-dhcp-server', '/usr/sbin/dhcpd')));
    expect(u.command).toEqual(['/usr/sbin/dhcpd', '-f', '-d', 'eth0']);
  });
});
