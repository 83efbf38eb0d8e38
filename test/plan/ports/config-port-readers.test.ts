/**
 * The generic port readers (issue 14): config directives of common formats,
 * the command's own flags, socket units and resource properties — each port
 * with where it came from, UDP where the source says so, loopback kept apart.
 */
import { describe, expect, it } from 'vitest';
import { portsInConfigText } from '../../../src/plan/ports/config-text-ports.js';
import { configFilesOfCommand, portsInCommand } from '../../../src/plan/ports/command-line-ports.js';
import { portsInSocketUnit } from '../../../src/plan/ports/socket-unit-ports.js';
import { portsOfServiceResource } from '../../../src/plan/ports/resource-ports.js';
import { parseListenValue } from '../../../src/plan/ports/found-port.js';
import { res } from '../make-converge.js';

const brief = (ps: { port: number; transport?: string; loopback: boolean }[]) => ps.map((p) => `${p.port}${p.transport ? `/${p.transport}` : ''}${p.loopback ? ' lo' : ''}`);

describe('listen values', () => {
  it('reads a port with or without an address, and says when the address is loopback', () => {
    expect(parseListenValue('80')).toEqual({ port: 80, loopback: false, bare: true });
    expect(parseListenValue('*:8080;')).toEqual({ port: 8080, loopback: false });
    expect(parseListenValue('[::]:443')).toEqual({ port: 443, loopback: false });
    expect(parseListenValue('127.0.0.1:9000')).toEqual({ port: 9000, loopback: true });
    expect(parseListenValue('[::1]:9000')).toEqual({ port: 9000, loopback: true });
    expect(parseListenValue('localhost:25')).toEqual({ port: 25, loopback: true });
    expect(parseListenValue('0.0.0.0')).toBeUndefined();
    expect(parseListenValue('::1')).toBeUndefined();
    expect(parseListenValue('/run/php/fpm.sock')).toBeUndefined();
    expect(parseListenValue('70000')).toBeUndefined();
  });
});

describe('ports in a config file', () => {
  it('nginx-like listen directives, with the file and line', () => {
    const found = portsInConfigText('server {\n  listen 8080 default_server;\n  listen [::]:8080;\n  # listen 443 ssl;\n  listen 127.0.0.1:8081;\n}\n', '/etc/app/site.conf');
    expect(brief(found)).toEqual(['8080', '8080', '8081 lo']);
    expect(found[0]).toMatchObject({ from: 'config', where: '/etc/app/site.conf:2 (listen)' });
  });

  it('a list of listener URLs opens every port in it; the advertised list is what clients are told, not a listener', () => {
    const text = 'advertised.listeners=PLAINTEXT://localhost:9092\nlisteners=PLAINTEXT://:9092,CONTROLLER://127.0.0.1:9093\ncontroller.quorum.voters=1@localhost:9093\n';
    const found = portsInConfigText(text, '/opt/kafka/config/server.properties');
    expect(brief(found)).toEqual(['9092', '9093 lo']);
    expect(found[0]).toMatchObject({ where: '/opt/kafka/config/server.properties:2 (listeners)' });
  });

  it('apache-like Listen, outside conditional sections only', () => {
    const found = portsInConfigText('Listen 8000\n<IfModule ssl_module>\n\tListen 8443\n</IfModule>\n', '/etc/x/ports.conf');
    expect(brief(found)).toEqual(['8000']);
  });

  it('key = value forms: space, equals, colon and JSON', () => {
    expect(brief(portsInConfigText('Port 2222\n', '/etc/a'))).toEqual(['2222']);
    expect(brief(portsInConfigText('[server]\nport = 5433\n', '/etc/a.ini'))).toEqual(['5433']);
    expect(brief(portsInConfigText('listen_port: 9100\n', '/etc/a.yml'))).toEqual(['9100']);
    expect(brief(portsInConfigText('{\n  "name": "x",\n  "port": 3000,\n  "bind_port": 3001\n}\n', '/etc/a.json'))).toEqual(['3000', '3001']);
    expect(brief(portsInConfigText('server_port=5666\n', '/etc/nagios/nrpe.cfg'))).toEqual(['5666']);
    expect(brief(portsInConfigText('{\n    "peer-port": 51413,\n    "rpc-port": 9091\n}\n', '/etc/t/settings.json'))).toEqual(['51413', '9091']);
    // Ports a service connects to are not ports it opens.
    expect(brief(portsInConfigText('max_port = 9\nreport 3\ndb_port = 5432\nsmtp_port 25\n', '/etc/a'))).toEqual([]);
  });

  it('bind and listen-address with a port; a bare bind address is not a port', () => {
    expect(brief(portsInConfigText('frontend web\n  bind *:8080\n  bind :8443 ssl crt /x.pem\n', '/etc/h.cfg'))).toEqual(['8080', '8443']);
    expect(brief(portsInConfigText('listen-address 127.0.0.1:8118\n', '/etc/p'))).toEqual(['8118 lo']);
    expect(brief(portsInConfigText('bind 0.0.0.0\n', '/etc/r'))).toEqual([]);
  });

  it('a file whose address directives name loopback only makes its bare ports loopback', () => {
    expect(brief(portsInConfigText('bind 127.0.0.1 ::1\nport 6380\n', '/etc/kv/kv.conf'))).toEqual(['6380 lo']);
    expect(brief(portsInConfigText("listen_addresses = 'localhost'\nport = 5433\n", '/etc/db/db.conf'))).toEqual(['5433 lo']);
    expect(brief(portsInConfigText('bind 0.0.0.0 ::1\nport 6380\n', '/etc/kv/kv.conf'))).toEqual(['6380']);
  });

  it('UDP where the directive says so; no transport where it does not', () => {
    expect(brief(portsInConfigText('udp_port 8125\ntcp-port 8126\n', '/etc/s'))).toEqual(['8125/UDP', '8126/TCP']);
    expect(brief(portsInConfigText('server {\n  listen 5353 udp;\n}\n', '/etc/n'))).toEqual(['5353/UDP']);
    expect(brief(portsInConfigText('port=53\n', '/etc/d.conf'))).toEqual(['53']);
  });
});

describe('ports and config files on a command line', () => {
  it('-p N, --port N, --port=N and --listen addr:N; a -p path is not a port', () => {
    expect(brief(portsInCommand(['/usr/bin/app', '-p', '8000']))).toEqual(['8000']);
    expect(brief(portsInCommand(['/usr/bin/app', '--port', '8001', '--port=8002']))).toEqual(['8001', '8002']);
    expect(brief(portsInCommand(['/usr/bin/app', '--listen=127.0.0.1:8003']))).toEqual(['8003 lo']);
    expect(brief(portsInCommand(['/usr/sbin/d', '-p', '/run/d.pid']))).toEqual([]);
    expect(portsInCommand(['/usr/bin/app', '-p', '8000'])[0]).toMatchObject({ from: 'command', where: 'command -p 8000' });
  });

  it('names the config files: -c, --config=, and a bare path under /etc', () => {
    expect(configFilesOfCommand(['/usr/sbin/x', '-c', '/etc/x/main.conf'])).toEqual(['/etc/x/main.conf']);
    expect(configFilesOfCommand(['/usr/sbin/x', '--config=/srv/x.toml'])).toEqual(['/srv/x.toml']);
    expect(configFilesOfCommand(['/usr/bin/kv', '/etc/kv/kv.conf', '--daemonize', 'no'])).toEqual(['/etc/kv/kv.conf']);
  });

  it('names a bare path outside /etc only by a config file\'s extension', () => {
    expect(configFilesOfCommand(['/opt/kafka/bin/kafka-server-start.sh', '/opt/kafka/config/server.properties'])).toEqual(['/opt/kafka/config/server.properties']);
    expect(configFilesOfCommand(['/usr/bin/app', '/srv/app/settings.yml'])).toEqual(['/srv/app/settings.yml']);
    expect(configFilesOfCommand(['/usr/bin/db', '/var/lib/db/data.db', '/var/log/db.log'])).toEqual([]);
  });
});

describe('ports of a socket unit', () => {
  it('ListenStream is TCP, ListenDatagram UDP, a path is no port, an empty assignment resets', () => {
    const raw = '[Socket]\nListenStream=/run/x.sock\nListenStream=9999\nListenStream=\nListenStream=[::]:22\nListenDatagram=0.0.0.0:5353\n';
    const found = portsInSocketUnit(raw, '/lib/systemd/system/x.socket');
    expect(brief(found)).toEqual(['22/TCP', '5353/UDP']);
    expect(found[0]).toMatchObject({ from: 'socket', where: '/lib/systemd/system/x.socket (ListenStream=[::]:22)' });
  });
});

describe('ports of resource properties', () => {
  it("the service's own, then the custom resource it was expanded from", () => {
    const outer = res('myapp_instance', 'blue', { properties: { listen_port: 8080, listen: ['127.0.0.1:9090'] } });
    const service = res('service', 'myapp-blue', { via: 'myapp_instance[blue]', properties: { port: '8081' } });
    const found = portsOfServiceResource(service, [outer, service]);
    expect(brief(found)).toEqual(['8081', '8080', '9090 lo']);
    expect(found[1]).toMatchObject({ from: 'resource', where: 'myapp_instance[blue] property listen_port' });
  });
});

describe('syslog input statements (RainerScript and the legacy directives)', () => {
  it('input(type=… port=…) on one line or several; imudp is UDP, a loopback address is loopback', () => {
    const text = [
      'module(load="imtcp" MaxSessions="200")',
      'input(type="imtcp" Port="514")',
      'input(type="imudp"',
      '      port=["5514", "5515"])',
      'input(type="imptcp" port="10514" address="127.0.0.1")',
      '# input(type="imtcp" port="601")',
      'input(type="imfile" File="/var/log/app.log" Tag="app")',
    ].join('\n');
    const found = portsInConfigText(text, '/etc/rsyslog.conf');
    expect(brief(found)).toEqual(['514', '5514/UDP', '5515/UDP', '10514 lo']);
    expect(found.map((f) => f.where)).toEqual(['/etc/rsyslog.conf:2 (input imtcp)', '/etc/rsyslog.conf:3 (input imudp)', '/etc/rsyslog.conf:3 (input imudp)', '/etc/rsyslog.conf:5 (input imptcp)']);
  });

  it('$InputTCPServerRun and $UDPServerRun open listeners', () => {
    expect(brief(portsInConfigText('$ModLoad imtcp\n$InputTCPServerRun 10514\n$UDPServerRun 514\n', '/etc/rsyslog.d/10-in.conf'))).toEqual(['10514', '514/UDP']);
  });
});
