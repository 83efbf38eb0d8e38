import { describe, expect, it } from 'vitest';
import { localEndpoints } from '../../../src/plan/connections/local-endpoints.js';
import { listenSockets } from '../../../src/plan/connections/listen-sockets.js';
import type { UnitLine } from '../../../src/plan/connections/text-lines.js';

const lines = (file: string, text: string): UnitLine[] => text.split('\n').map((t, i) => ({ file, line: i + 1, text: t }));
const found = (ls: UnitLine[]) => localEndpoints(ls).map((e) => [e.kind, e.endpoint, e.line.line]);

describe('local endpoints a unit connects to', () => {
  it("apache's SetHandler to php-fpm's socket: the socket, not fcgi://localhost (no port)", () => {
    expect(found(lines('/etc/apache2/conf-available/php8.2-fpm.conf', '<FilesMatch ".+\\.php$">\n    SetHandler "proxy:unix:/run/php/php8.2-fpm.sock|fcgi://localhost"\n</FilesMatch>'))).toEqual([
      ['unix', '/run/php/php8.2-fpm.sock', 2],
    ]);
  });

  it("nginx's fastcgi_pass and proxy_pass to unix sockets", () => {
    expect(found(lines('/etc/nginx/sites-available/app', 'fastcgi_pass unix:/run/php/www.sock;\nproxy_pass http://unix:/run/gunicorn/app.sock:/;'))).toEqual([
      ['unix', '/run/php/www.sock', 1],
      ['unix', '/run/gunicorn/app.sock', 2],
    ]);
  });

  it('loopback host and port in configs and URLs: 127.0.0.1, localhost, [::1]', () => {
    expect(found(lines('/etc/app/app.conf', 'database = mysql://app@127.0.0.1:3306/app\ncache = localhost:11211\nsessions = redis://[::1]:6379/0\nupstream = db.example.com:5432'))).toEqual([
      ['tcp', '127.0.0.1:3306', 1],
      ['tcp', 'localhost:11211', 2],
      ['tcp', '[::1]:6379', 3],
    ]);
  });

  it('a client naming a socket path by itself (a .sock file)', () => {
    expect(found(lines('/etc/app/database.yml', '  host: /run/postgresql/.s.PGSQL.5432\n  cache_socket: /run/memcached/memcached.sock'))).toEqual([['unix', '/run/memcached/memcached.sock', 2]]);
  });

  it("haproxy's stats socket is its own listener, not a connection", () => {
    expect(found(lines('/etc/haproxy/haproxy.cfg', 'global\n  stats socket /var/run/haproxy.sock user haproxy group haproxy\n  stats socket /run/haproxy/admin.sock mode 660 level admin'))).toEqual([]);
  });

  it('leaves out comments and the lines that make the unit itself listen', () => {
    expect(found(lines('/etc/nginx/nginx.conf', '# proxy_pass http://127.0.0.1:8080;\nlisten 127.0.0.1:8080;\nlisten = /run/php/x.sock\n; fastcgi_pass unix:/run/y.sock'))).toEqual([]);
  });

  it("a command's flags: a listen address is the unit's own, a scrape target is a connection", () => {
    const command: UnitLine = { file: 'command', line: 0, text: 'redis_exporter --web.listen-address 127.0.0.1:9121 --redis.addr=redis://localhost:6379' };
    expect(found([command])).toEqual([['tcp', 'localhost:6379', 0]]);
  });

  it('environment values', () => {
    expect(found([{ file: 'env DATABASE_URL', line: 0, text: 'postgres://app@localhost:5432/app' }])).toEqual([['tcp', 'localhost:5432', 0]]);
  });
});

describe('unix sockets a unit listens on', () => {
  it('reads the common listen directives', () => {
    const text = [
      'listen = /run/php/php8.2-fpm.sock',
      'unixsocket /run/redis/redis-server.sock',
      'socket = /run/mysqld/mysqld.sock',
      'listen unix:/run/nginx/internal.sock;',
      'ListenStream=/run/app.socket',
      '  stats socket /var/run/haproxy.sock user haproxy group haproxy',
      ';listen = /run/php/commented.sock',
      'listen = 127.0.0.1:9000',
    ].join('\n');
    expect(listenSockets(lines('/etc/x.conf', text))).toEqual(['/run/app.socket', '/run/mysqld/mysqld.sock', '/run/nginx/internal.sock', '/run/php/php8.2-fpm.sock', '/run/redis/redis-server.sock', '/var/run/haproxy.sock']);
  });

  it("a command's --socket flag", () => {
    expect(listenSockets([{ file: 'command', line: 0, text: 'gunicorn --bind unix:/run/gunicorn/app.sock app:wsgi' }])).toEqual(['/run/gunicorn/app.sock']);
  });
});
