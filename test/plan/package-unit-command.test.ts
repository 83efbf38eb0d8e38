/**
 * Commands from the systemd units packages ship (issue 14, source 2), over
 * facts recorded from Debian 12's archive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageFactsView } from '../../src/model/package-facts.js';
import { loadRecordedFacts } from '../../src/facts/recorded-facts.js';
import { packageUnitCommand, type FileText, type ForegroundForm } from '../../src/plan/package-unit-command.js';
import { expandCommand, readEnvironmentFile } from '../../src/plan/unit-environment.js';

const FORMS = parse(readFileSync(join(import.meta.dirname, '../../catalog/foreground/forms.yaml'), 'utf8')) as ForegroundForm[];
let facts: PackageFactsView;
beforeAll(async () => {
  facts = await loadRecordedFacts(join(import.meta.dirname, '../facts/recorded/debian-12/services.json'));
});
const fromPackage = (installed: string[]): FileText => (p) => {
  const text = facts.fileContent(p, installed);
  return text === undefined ? undefined : { text, from: 'package' };
};
const commandOf = (service: string, installed: string[], fileText: FileText = fromPackage(installed)) =>
  packageUnitCommand(service, facts.units(installed), fileText, FORMS);

describe('a service command from its package unit', () => {
  it('bind9 is an alias of named.service; $OPTIONS comes from the package /etc/default/named', () => {
    const r = commandOf('bind9', ['bind9']);
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.unit.name).toBe('named.service');
    expect(r.command).toEqual(['/usr/sbin/named', '-f', '-u', 'bind']);
    expect(r.notes.join('\n')).toMatch(/alias/);
    expect(r.notes.join('\n')).toMatch(/\/etc\/default\/named \(the package's file\)/);
  });

  it("the cookbook's rendered environment file wins over the package's", () => {
    const r = commandOf('named', ['bind9'], (p) => (p === '/etc/default/named' ? { text: 'OPTIONS="-u bind -4"\n', from: 'cookbook' } : undefined));
    expect(r?.ok && r.command).toEqual(['/usr/sbin/named', '-f', '-u', 'bind', '-4']);
  });

  it('a forking nginx is made foreground by the foreground data, and says why', () => {
    const r = commandOf('nginx', ['nginx']);
    expect(r?.ok && r.command).toEqual(['/usr/sbin/nginx', '-g', 'daemon off; master_process on;']);
    expect(r?.ok && r.notes.join('\n')).toMatch(/Type=forking.*daemon off/);
  });

  it('apache2 forks through apachectl start, which becomes apachectl -D FOREGROUND', () => {
    const r = commandOf('apache2', ['apache2']);
    expect(r?.ok && r.command).toEqual(['/usr/sbin/apachectl', '-D', 'FOREGROUND']);
  });

  it('a forking daemon with no known form but a PIDFile runs under a pid watch', () => {
    const r = packageUnitCommand('x', [{ path: '/lib/systemd/system/x.service', name: 'x.service', raw: '[Service]\nType=forking\nPIDFile=/run/x.pid\nExecStart=/usr/sbin/xd --daemon\n', execStartPre: [], environmentFiles: [], runtimeDirectories: [] }], () => undefined, FORMS);
    expect(r?.ok && r.command.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    expect(r?.ok && r.command[2]).toContain("'/usr/sbin/xd' '--daemon'");
    expect(r?.ok && r.command[2]).toContain("cat '/run/x.pid'");
  });

  it('a forking daemon with neither is refused with the reason', () => {
    const r = packageUnitCommand('x', [{ path: '/lib/systemd/system/x.service', name: 'x.service', raw: '[Service]\nType=forking\nExecStart=/usr/sbin/xd\n', execStartPre: [], environmentFiles: [], runtimeDirectories: [] }], () => undefined, FORMS);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/forks.*no PIDFile/) });
  });

  it('a required EnvironmentFile nobody ships is refused; an optional one is skipped', () => {
    const unit = (env: string) => [{ path: '/lib/systemd/system/x.service', name: 'x.service', raw: `[Service]\nEnvironmentFile=${env}\nExecStart=/usr/bin/x $ARGS\n`, execStartPre: [], environmentFiles: [env], runtimeDirectories: [] }];
    expect(packageUnitCommand('x', unit('/etc/default/x'), () => undefined, FORMS)).toMatchObject({ ok: false, reason: expect.stringMatching(/required/) });
    expect(packageUnitCommand('x', unit('-/etc/default/x'), () => undefined, FORMS)).toMatchObject({ ok: true, command: ['/usr/bin/x'] });
  });

  it('redis keeps its notify command and its user', () => {
    const r = commandOf('redis-server', ['redis-server']);
    expect(r?.ok && r.command).toEqual(['/usr/bin/redis-server', '/etc/redis/redis.conf', '--supervised', 'systemd', '--daemonize', 'no']);
    expect(r?.ok && r.user).toBe('redis');
  });

  it('a service no installed package ships a unit for is not answered here', () => {
    expect(commandOf('unbound', ['bind9'])).toBeUndefined();
  });
});

describe('systemd variable expansion', () => {
  it("$VAR alone splits into words, ${VAR} stays in its word, $VAR inside a word is left to the shell, $$ is a dollar, unset is empty", () => {
    const vars = new Map([['A', '-x  -y'], ['B', 'b c']]);
    expect(expandCommand('/bin/p $A --k=${B} $$HOME $UNSET --in=$A', vars)).toEqual(['/bin/p', '-x', '-y', '--k=b c', '$HOME', '--in=$A']);
  });

  it('reads environment files as systemd does: comments, quotes, export', () => {
    expect([...readEnvironmentFile('# c\nA=1\nexport B="two words"\nC=\'x y\'\nD=plain # note\n')]).toEqual([['A', '1'], ['B', 'two words'], ['C', 'x y'], ['D', 'plain']]);
  });
});

describe('an environment file the cookbook renders with unknowns', () => {
  it('gives no command instead of one holding markers', () => {
    const r = packageUnitCommand('named', [], () => undefined, []);
    expect(r).toBeUndefined();
    const units = [{ path: '/lib/systemd/system/x.service', name: 'x.service', raw: '[Service]\nEnvironmentFile=-/etc/default/x\nExecStart=/usr/bin/x $OPTIONS\n', execStartPre: [], environmentFiles: [], runtimeDirectories: [] }];
    const incomplete = packageUnitCommand('x', units, () => ({ text: 'OPTIONS="-u «decant: unknown»"', from: 'cookbook', incomplete: true }), []);
    expect(incomplete).toMatchObject({ ok: false, reason: expect.stringMatching(/renders, holds values decant could not know/) });
  });
});

describe('template units and specifiers', () => {
  const unit = (name: string, raw: string) => ({ path: `/lib/systemd/system/${name}`, name, raw, execStartPre: [], environmentFiles: [], runtimeDirectories: [] });
  it('openvpn@server is an instance of openvpn@.service: %i and %I are filled in', () => {
    const units = [unit('openvpn@.service', '[Service]\nType=notify\nPIDFile=/run/openvpn/%i.pid\nWorkingDirectory=/etc/openvpn\nExecStart=/usr/sbin/openvpn --daemon ovpn-%i --status /run/openvpn/%i.status 10 --cd /etc/openvpn --config /etc/openvpn/%i.conf --writepid /run/openvpn/%i.pid\n')];
    const r = packageUnitCommand('openvpn@server', units, () => undefined, []);
    expect(r?.ok && r.command).toEqual(['/usr/sbin/openvpn', '--daemon', 'ovpn-server', '--status', '/run/openvpn/server.status', '10', '--cd', '/etc/openvpn', '--config', '/etc/openvpn/server.conf', '--writepid', '/run/openvpn/server.pid']);
    expect(r?.ok && r.notes[0]).toMatch(/openvpn@server\.service is an instance of the template openvpn@\.service/);
  });

  it('a specifier only the host knows (%H, the host name) refuses the unit', () => {
    const r = packageUnitCommand('x', [unit('x.service', '[Service]\nExecStart=/usr/bin/x --name %H\n')], () => undefined, []);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/specifier %H/) });
  });

  it('a bare $VAR inside a sh -c word is the shell\'s: kept, and the environment file goes into the container environment', () => {
    const units = [unit('db.service', '[Service]\nEnvironmentFile=-/etc/default/db\nExecStart=/bin/sh -c "exec /usr/sbin/dbd $DB_OPTS ${LEVEL}"\n')];
    const r = packageUnitCommand('db', units, (p) => (p === '/etc/default/db' ? { text: 'DB_OPTS="--port 3307"\nLEVEL=2\n', from: 'package' } : undefined), []);
    expect(r?.ok && r.command).toEqual(['/bin/sh', '-c', 'exec /usr/sbin/dbd $DB_OPTS 2']);
    expect(r?.ok && r.environment).toEqual({ DB_OPTS: '--port 3307', LEVEL: '2' });
  });
});
