/**
 * The ports of a service whose command is not the catalog's, from every
 * source in order, reading only the files that belong to the service, and
 * through planApp as a reviewer sees them (ports with `from` and `where`,
 * the protocol each speaks, notes).
 */
import { describe, expect, it } from 'vitest';
import type { FileSpec } from '../../../src/model/plan.js';
import type { PackageFactsView, SystemdUnitFact } from '../../../src/model/package-facts.js';
import { loadCatalog } from '../../../src/plan/catalog/load-catalog.js';
import { loadProtocols } from '../../../src/plan/catalog/load-protocols.js';
import { loadDefaultPorts } from '../../../src/plan/catalog/load-default-ports.js';
import { loadDefaultConfigs } from '../../../src/plan/catalog/load-default-configs.js';
import { planApp } from '../../../src/plan/plan-app.js';
import { serviceConfigScope, unitPorts } from '../../../src/plan/ports/unit-ports.js';
import { withSpeaks } from '../../../src/plan/ports/port-protocols.js';
import { converge, res } from '../make-converge.js';

const { protocols, errors } = loadProtocols();
const { catalog } = loadCatalog();

const file = (path: string, text: string): FileSpec => ({
  resource: `template[${path}]`,
  source: { file: 'recipes/default.rb', line: 1, column: 1 },
  path,
  content: { kind: 'rendered', text, complete: true },
  config: true,
  tunable: false,
});

/** A package facts view holding only shipped files and units: what unitPorts asks. */
function shipped(files: Record<string, string>, units: SystemdUnitFact[] = [], links: string[] = []): PackageFactsView {
  const all = [...Object.keys(files), ...links];
  const under = (dir: string) => [...new Set(all.filter((p) => p.startsWith(`${dir}/`)).map((p) => p.slice(dir.length + 1).split('/')[0]!))].sort();
  return {
    listDirectory: (dir: string) => under(dir),
    isDirectory: (p: string) => all.some((f) => f.startsWith(`${p}/`)),
    fileContent: (p: string) => files[p],
    units: () => units,
  } as unknown as PackageFactsView;
}

const socketUnit = (name: string, raw: string): SystemdUnitFact => ({ path: `/lib/systemd/system/${name}`, name, raw, execStartPre: [], environmentFiles: [], runtimeDirectories: [] });

describe('the protocol table', () => {
  it('loads without errors and has one protocol per port', () => {
    expect(errors).toEqual([]);
    expect(protocols.find((p) => p.ports.includes(25))?.name).toBe('smtp');
    expect(protocols.find((p) => p.ports.includes(53))?.transports).toEqual(['tcp', 'udp']);
  });
});

describe('unitPorts', () => {
  const base = { service: 'app', collection: [], protocols };

  it("reads the service's config dir and its -c file, not another service's file", () => {
    expect(serviceConfigScope('app', ['/usr/sbin/appd', '-c', '/srv/app/conf/app.conf'])).toEqual({ files: ['/srv/app/conf/app.conf'], dirs: ['/etc/app'] });
    // Without a config file on its command line, the binary's directory is the service's too.
    expect(serviceConfigScope('app', ['/usr/sbin/appd'])).toEqual({ files: [], dirs: ['/etc/app', '/etc/appd'] });
    const r = unitPorts({
      ...base,
      command: ['/usr/sbin/appd', '-c', '/srv/app/conf/app.conf'],
      files: [file('/srv/app/conf/app.conf', 'listen 8080;\n'), file('/etc/other/other.conf', 'port 9999\n'), file('/etc/app/extra.conf', 'listen 127.0.0.1:8081;\n')],
    });
    expect(r.ports).toEqual([{ port: 8080, protocol: 'TCP', name: 'http-8080', from: 'config', where: '/srv/app/conf/app.conf:1 (listen)', speaks: 'http' }]);
    expect(r.notes.join('\n')).toMatch(/port 8081\/TCP listens on loopback only \(\/etc\/app\/extra.conf:1 \(listen\)\)/);
  });

  it("the package's shipped config when the cookbook leaves it in place; an available-but-not-enabled file is not read", () => {
    const facts = {
      view: shipped(
        { '/etc/app/app.conf': 'Port 2525\n', '/etc/app/sites-available/default': 'listen 81;\n', '/etc/app/sites-available/other': 'listen 82;\n' },
        [],
        ['/etc/app/sites-enabled/default'],
      ),
      installed: ['app'],
    };
    const r = unitPorts({ ...base, command: ['/usr/sbin/app'], files: [], facts });
    expect(r.ports.map((p) => `${p.port} ${p.from} ${p.where}`)).toEqual(['2525 package /etc/app/app.conf:1 (Port)', '81 package /etc/app/sites-available/default:1 (listen)']);
    const replaced = unitPorts({ ...base, command: ['/usr/sbin/app'], files: [], facts, collection: [res('template', '/etc/app/app.conf')] });
    expect(replaced.ports.map((p) => p.port)).toEqual([81]);
  });

  it("the package's socket unit, TCP and UDP as it says, and the protocol each speaks", () => {
    const facts = { view: shipped({}, [socketUnit('app.socket', '[Socket]\nListenStream=22\nListenDatagram=5353\n'), socketUnit('other.socket', '[Socket]\nListenStream=23\n')]), installed: ['app'] };
    const r = unitPorts({ ...base, command: ['/usr/sbin/app'], files: [], facts });
    expect(r.ports).toEqual([
      { port: 22, protocol: 'TCP', name: 'ssh-22', from: 'socket', where: '/lib/systemd/system/app.socket (ListenStream=22)', speaks: 'ssh' },
      { port: 5353, protocol: 'UDP', name: 'port-5353', from: 'socket', where: '/lib/systemd/system/app.socket (ListenDatagram=5353)' },
    ]);
  });

  it('a port without a transport takes both where its protocol is served over both (DNS), named apart', () => {
    const r = unitPorts({ ...base, service: 'resolver', command: ['/usr/sbin/resolver'], files: [file('/etc/resolver/resolver.conf', 'port=53\n')] });
    expect(r.ports.map((p) => [p.port, p.protocol, p.name, p.speaks])).toEqual([
      [53, 'TCP', 'dns-53', 'dns'],
      [53, 'UDP', 'dns-53-udp', 'dns'],
    ]);
  });

  it("a bare port number gives way to the config that binds it to loopback (a custom resource's port, its template's bind)", () => {
    const r = unitPorts({
      ...base,
      service: 'gunicorn-shop',
      command: ['/usr/bin/gunicorn', '--config', '/etc/gunicorn/shop.conf.py'],
      serviceResource: res('service', 'gunicorn-shop', { properties: { port: 8001 } }),
      files: [file('/etc/gunicorn/shop.conf.py', 'bind = "127.0.0.1:8001"\n'), file('/etc/gunicorn/other.conf.py', 'bind = "0.0.0.0:8000"\n')],
    });
    expect(r.ports).toEqual([]);
    expect(r.notes).toEqual(['port 8001/TCP listens on loopback only (/etc/gunicorn/shop.conf.py:1 (bind)): not declared, other pods cannot reach it']);
  });

  it('the first source wins a port; nothing found keeps the review note', () => {
    const r = unitPorts({ ...base, command: ['/usr/sbin/app', '--port', '8080'], files: [file('/etc/app/app.conf', 'port 8080\n')] });
    expect(r.ports.map((p) => p.from)).toEqual(['command']);
    expect(unitPorts({ ...base, command: ['/usr/sbin/app'], files: [] }).notes).toEqual(['ports are not known: add them in plan.yaml']);
  });
});

describe('through planApp', () => {
  it("a cookbook unit's command flag gives the port, the report line says where", () => {
    const app = planApp(
      converge([
        res('systemd_unit', 'shopapp.service', { properties: { content: '[Service]\nUser=shop\nExecStart=/usr/bin/node /srv/app/server.js --port 3000\n' } }),
        res('service', 'shopapp', { actions: ['enable', 'start'] }),
      ]),
      { name: 'shop', version: '1.0.0', labels: {}, catalog },
    );
    const u = app.units[0]!;
    expect(u.ports).toEqual([{ port: 3000, protocol: 'TCP', name: 'port-3000', from: 'command', where: 'command --port 3000' }]);
    expect(u.notes[0]).toMatch(/command from ExecStart \(line 3\) of systemd_unit\[shopapp.service\] \(recipes\/default.rb:\d+\); ports 3000\/TCP found in command --port 3000/);
  });

  it('catalog ports are marked with the protocol their number speaks', () => {
    const app = planApp(converge([res('package', 'redis-server', { actions: ['install'] }), res('service', 'redis-server', { actions: ['start'] })]), {
      name: 'kv',
      version: '1.0.0',
      labels: {},
      catalog,
    });
    expect(app.units[0]!.ports[0]).toMatchObject({ port: 6379, from: 'catalog', speaks: 'redis' });
  });
});

describe("a daemon's documented default port (catalog/ports/defaults.yaml)", () => {
  const { defaults, errors: defaultErrors } = loadDefaultPorts();
  const base = { service: 'named', collection: [], protocols, defaults };

  it('loads without errors, every entry citing where its default is documented', () => {
    expect(defaultErrors).toEqual([]);
    expect(defaults.every((d) => d.why.length > 10)).toBe(true);
  });

  it('named with no listen-on port listens on 53, TCP and UDP as DNS; its loopback-only control port stays undeclared', () => {
    const r = unitPorts({ ...base, command: ['/usr/sbin/named', '-f', '-u', 'bind'], files: [file('/etc/bind/named.conf', 'controls {\n  inet 127.0.0.1 port 953 allow { localhost; };\n};\n')] });
    expect(r.ports.map((p) => `${p.port}/${p.protocol} ${p.from}`)).toEqual(['53/TCP catalog', '53/UDP catalog']);
    expect(r.ports[0]!.where).toMatch(/named's default \(named.conf\(5\)/);
  });

  it('a port the config names wins over the default; a pid-file watch still names its daemon', () => {
    const r = unitPorts({ ...base, service: 'vsftpd', command: ['/usr/sbin/vsftpd', '/etc/vsftpd.conf'], files: [file('/etc/vsftpd.conf', 'listen_port=2121\n')] });
    expect(r.ports.map((p) => p.port)).toEqual([2121]);
    const watched = unitPorts({ ...base, service: 'x', command: ['/bin/sh', '-c', "'/usr/sbin/dnsmasq' '-x' '/run/dnsmasq.pid' || exit $?; i=0"], files: [] });
    expect(watched.ports.map((p) => `${p.port}/${p.protocol}`)).toEqual(['53/TCP', '53/UDP']);
  });

  it("dhcpd serves 67/udp, and 547/udp when the command's -6 picks its DHCPv6 server (the entry's own transport: DHCP has no protocol check)", () => {
    const v4 = unitPorts({ ...base, service: 'isc-dhcp-server', command: ['/usr/sbin/dhcpd', '-f', '-4', '-cf', '/etc/dhcp/dhcpd.conf'], files: [] });
    expect(v4.ports.map((p) => `${p.port}/${p.protocol} ${p.from}`)).toEqual(['67/UDP catalog']);
    const v6 = unitPorts({ ...base, service: 'isc-dhcp-server6', command: ['/usr/sbin/dhcpd', '-f', '-6', '-cf', '/etc/dhcp/dhcpd6.conf'], files: [] });
    expect(v6.ports.map((p) => `${p.port}/${p.protocol}`)).toEqual(['547/UDP']);
    expect(v6.ports[0]!.where).toMatch(/-6: run as a DHCPv6 server/);
  });

  it("samba's smbd serves 445 and 139 over TCP, nmbd 137 and 138 over UDP (the entries' own transports: SMB has no protocol check)", () => {
    const smbd = unitPorts({ ...base, service: 'smbd', command: ['/usr/sbin/smbd', '--foreground', '--no-process-group'], files: [file('/etc/samba/smb.conf', '[global]\n  workgroup = SAMBA\n')] });
    expect(smbd.ports.map((p) => `${p.port}/${p.protocol} ${p.from}`)).toEqual(['445/TCP catalog', '139/TCP catalog']);
    const nmbd = unitPorts({ ...base, service: 'nmbd', command: ['/usr/sbin/nmbd', '--foreground', '--no-process-group'], files: [] });
    expect(nmbd.ports.map((p) => `${p.port}/${p.protocol}`)).toEqual(['137/UDP', '138/UDP']);
  });

  it('a daemon the data does not list keeps "ports are not known"', () => {
    const r = unitPorts({ ...base, service: 'x', command: ['/usr/bin/unlisted'], files: [] });
    expect(r.ports).toEqual([]);
    expect(r.notes.join('\n')).toMatch(/ports are not known/);
  });
});

describe('listeners named the way tftpd-hpa and stunnel name them', () => {
  const base = { collection: [], protocols, files: [] };
  it("in.tftpd --address 0.0.0.0:69 is tftp's port, UDP by the protocol table", () => {
    const r = unitPorts({ ...base, service: 'tftpd-hpa', command: ['/usr/sbin/in.tftpd', '--foreground', '--user', 'tftp', '--address', '0.0.0.0:69', '--secure', '/srv/tftp'] });
    expect(r.ports.map((p) => `${p.port}/${p.protocol} ${p.from}`)).toEqual(['69/UDP command']);
  });
  it("stunnel's accept = port in a service section of its conf.d", () => {
    const r = unitPorts({ ...base, service: 'stunnel', command: ['/usr/bin/stunnel', '/etc/stunnel/stunnel.conf'], files: [file('/etc/stunnel/stunnel.conf', 'foreground = yes\ninclude = /etc/stunnel/conf.d\n'), file('/etc/stunnel/conf.d/server.conf', '[web]\naccept = 8080\nconnect = 127.0.0.1:80\n[tls]\naccept = 0.0.0.0:9090\nconnect = 9091\n')] });
    expect(r.ports.map((p) => p.port)).toEqual([8080, 9090]);
    // 8080 is HTTP's number, but stunnel relays there what its connect end speaks (TLS, or the plain protocol behind it).
    expect(r.ports.map((p) => p.speaks)).toEqual([undefined, undefined]);
    expect(r.ports[0]!.name).toBe('port-8080');
    expect(r.ports.map((p) => p.relays)).toEqual([true, true]);
    expect(withSpeaks(r.ports, protocols).map((p) => p.speaks)).toEqual([undefined, undefined]);
    expect(r.notes.join('\n')).toMatch(/ports 8080\/TCP, 9090\/TCP relay what the other end of their tunnel speaks/);
  });
  it('a listen directive on the same number still speaks its protocol', () => {
    const r = unitPorts({ ...base, service: 'web', command: ['/usr/sbin/web', '-c', '/etc/web/web.conf'], files: [file('/etc/web/web.conf', 'listen 8080\n')] });
    expect(r.ports.map((p) => p.speaks)).toEqual(['http']);
  });
});

describe('defaults an option of the config picks (dovecot protocols)', () => {
  const { defaults } = loadDefaultPorts();
  const base = { service: 'dovecot', command: ['/usr/sbin/dovecot', '-F'], collection: [], protocols, defaults };
  it('`protocols = none` serves no port, and says why rather than "ports are not known"', () => {
    const r = unitPorts({ ...base, files: [file('/etc/dovecot/dovecot.conf', '# protocols = imap\nprotocols = none\n')] });
    expect(r.ports).toEqual([]);
    expect(r.notes.join('\n')).toMatch(/serves no port: \/etc\/dovecot\/dovecot.conf:2 sets protocols = none/);
    expect(r.notes.join('\n')).not.toMatch(/not known/);
  });
  it('`protocols = imap` serves 143 and 993 only; the package\'s $protocols word is left out', () => {
    const r = unitPorts({ ...base, files: [file('/etc/dovecot/dovecot.conf', 'protocols = $protocols imap\n')] });
    expect(r.ports.map((p) => `${p.port} ${p.speaks}`)).toEqual(['143 imap', '993 imaps']);
  });
  it("the package's socket unit does not listen for it: with no systemd in the container the daemon opens only what protocols turns on", () => {
    const socket = { name: 'dovecot.socket', path: '/lib/systemd/system/dovecot.socket', raw: '[Socket]\nListenStream=0.0.0.0:143\nListenStream=0.0.0.0:993\n' } as unknown as SystemdUnitFact;
    const facts = { view: shipped({}, [socket]), installed: ['dovecot-core'] };
    expect(unitPorts({ ...base, facts, files: [file('/etc/dovecot/dovecot.conf', 'protocols = none\n')] }).ports).toEqual([]);
    expect(unitPorts({ ...base, facts, files: [file('/etc/dovecot/dovecot.conf', 'protocols = imap\n')] }).ports.map((p) => `${p.port} ${p.from}`)).toEqual(['143 socket', '993 socket']);
  });
  it('no protocols option: every default, as before', () => {
    const r = unitPorts({ ...base, files: [file('/etc/dovecot/dovecot.conf', 'listen = *\n')] });
    expect(r.ports.map((p) => p.port)).toEqual([143, 993, 110, 995]);
  });
});

describe("a package's wrapper script starts the daemon (dnsmasq's systemd-helper)", () => {
  const { defaults } = loadDefaultPorts();
  const helper = '/usr/share/dnsmasq/systemd-helper';
  const view = {
    packageOf: (p: string) => (p === helper ? 'dnsmasq' : undefined),
    // dnsmasq depends on dnsmasq-base, which ships /usr/sbin/dnsmasq.
    fileExists: (p: string, installed: readonly string[]) => installed.includes('dnsmasq') && p === '/usr/sbin/dnsmasq',
    listDirectory: () => [],
    isDirectory: () => false,
    fileContent: () => undefined,
    units: () => [],
  } as unknown as PackageFactsView;
  const base = { service: 'dnsmasq', collection: [], protocols, defaults, files: [] };
  it("takes the defaults of the one documented binary the wrapper's package ships", () => {
    const r = unitPorts({ ...base, command: ['/bin/sh', '-c', `'${helper}' 'exec' || exit $?; i=0`], facts: { view, installed: ['dnsmasq'] } });
    expect(r.ports.map((p) => `${p.port}/${p.protocol}`)).toEqual(['53/TCP', '53/UDP']);
    expect(r.ports[0]!.where).toMatch(/^dnsmasq's default/);
  });
  it('without package facts the wrapper names no daemon', () => {
    const r = unitPorts({ ...base, command: [helper, 'exec'] });
    expect(r.ports).toEqual([]);
  });
  it('ports an option turns on add to the default instead of replacing it', () => {
    const optionPorts = [{ port: 67, transport: 'UDP' as const, loopback: false, from: 'config' as const, where: '/etc/dnsmasq.d/dhcp.conf:1 (dhcp-range; catalog/directives/needs.yaml)' }];
    const r = unitPorts({ ...base, command: [helper, 'exec'], facts: { view, installed: ['dnsmasq'] }, optionPorts });
    expect(r.ports.map((p) => `${p.port}/${p.protocol}`)).toEqual(['53/TCP', '53/UDP', '67/UDP']);
  });
});

describe("a daemon's documented default config (catalog/config/defaults.yaml)", () => {
  const { defaults: defaultConfigs, errors: configErrors } = loadDefaultConfigs();
  const input = { service: 'rsyslog', collection: [], protocols, defaultConfigs };

  it('loads with a citation per entry', () => {
    expect(configErrors).toEqual([]);
    expect(defaultConfigs.find((d) => d.binary === 'rsyslogd')).toMatchObject({ file: '/etc/rsyslog.conf', why: expect.stringMatching(/rsyslogd\(8\)/) });
  });

  it('is read for ports when the command names no config; a named file replaces it', () => {
    expect(serviceConfigScope('rsyslog', ['/usr/sbin/rsyslogd', '-n', '-iNONE'], defaultConfigs).files).toEqual(['/etc/rsyslog.conf']);
    expect(serviceConfigScope('rsyslog', ['/usr/sbin/rsyslogd', '-n', '-f', '/srv/r.conf'], defaultConfigs).files).toEqual(['/srv/r.conf']);
    const r = unitPorts({ ...input, command: ['/usr/sbin/rsyslogd', '-n', '-iNONE'], files: [file('/etc/rsyslog.conf', 'module(load="imtcp")\ninput(type="imtcp" Port="514")\n')] });
    expect(r.ports).toEqual([expect.objectContaining({ port: 514, protocol: 'TCP', from: 'config', where: '/etc/rsyslog.conf:2 (input imtcp)' })]);
  });

  it('a binary the list does not name reads no /etc/<name>.conf', () => {
    expect(serviceConfigScope('mini-httpd', ['/usr/sbin/mini_httpd', '-D'], defaultConfigs).files).toEqual([]);
  });
});

describe('a default bound to loopback only (mosquitto 2.0 without a listener)', () => {
  const { defaults, errors } = loadDefaultPorts();
  const base = { service: 'mosquitto', command: ['/usr/sbin/mosquitto', '-c', '/etc/mosquitto/mosquitto.conf'], collection: [], protocols, defaults };
  it('is said in the notes, not declared: no pod can reach it', () => {
    expect(errors).toEqual([]);
    const r = unitPorts({ ...base, files: [file('/etc/mosquitto/mosquitto.conf', 'user mosquitto\npid_file /var/run/mosquitto.pid\n')] });
    expect(r.ports).toEqual([]);
    expect(r.notes.join('\n')).toMatch(/port 1883\/TCP listens on loopback only \(mosquitto's default \(.*local only mode.*catalog\/ports\/defaults.yaml\)\): not declared/);
  });
  it('a listener the config names is declared as usual', () => {
    const r = unitPorts({ ...base, files: [file('/etc/mosquitto/mosquitto.conf', 'listener 1883\n')] });
    expect(r.ports.map((p) => `${p.port} ${p.from}`)).toEqual(['1883 config']);
  });
});

describe("a loopback default opened by the daemon's address option (unbound's interface:)", () => {
  const { defaults } = loadDefaultPorts();
  const base = { service: 'unbound', command: ['/usr/sbin/unbound', '-d', '-p'], collection: [], protocols, defaults };
  const conf = (text: string) => unitPorts({ ...base, files: [file('/etc/unbound/unbound.conf', text)] });
  it('with no interface, or only loopback ones, 53 is said in the notes and not declared', () => {
    expect(conf('server:\n  verbosity: 1\n').ports).toEqual([]);
    expect(conf('server:\n  interface: 127.0.0.1\n  interface: ::1@53\n').notes.join('\n')).toMatch(/port 53\/(TCP|UDP) listens on loopback only/);
    expect(conf('server:\n  interface: 127.0.0.1\n').ports).toEqual([]);
  });
  it('an interface naming another address declares 53 (TCP and UDP, DNS), saying which line opened it', () => {
    const r = conf('server:\n  interface: 127.0.0.1\n  interface: 0.0.0.0\n  interface-automatic: yes\n');
    expect(r.ports.map((p) => `${p.port}/${p.protocol}`).sort()).toEqual(['53/TCP', '53/UDP']);
    expect(r.ports[0]!.where).toMatch(/unbound's default .* on the address \/etc\/unbound\/unbound.conf:3 \(interface 0\.0\.0\.0\) names/);
  });
});

describe('listener N [address] (mosquitto)', () => {
  it('a listener with no address or another address is declared; on loopback it is not; port 0 (a unix socket) is no port', () => {
    const base = { service: 'mosquitto', command: ['/usr/sbin/mosquitto', '-c', '/etc/mosquitto/mosquitto.conf'], collection: [], protocols };
    const conf = (text: string) => unitPorts({ ...base, files: [file('/etc/mosquitto/mosquitto.conf', text)] });
    expect(conf('listener 8883 0.0.0.0\n').ports.map((p) => `${p.port} ${p.where}`)).toEqual(['8883 /etc/mosquitto/mosquitto.conf:1 (listener)']);
    expect(conf('listener 1884 127.0.0.1\n').ports).toEqual([]);
    expect(conf('listener 1884 127.0.0.1\n').notes.join('\n')).toMatch(/port 1884\/TCP listens on loopback only/);
    expect(conf('listener 0 /run/mosquitto/mqtt.sock\n').ports).toEqual([]);
  });
});
