import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/model/plan.js';
import { matchEdges } from '../../../src/plan/connections/match-edges.js';
import { podGroups, socketDir } from '../../../src/plan/connections/pod-groups.js';
import { withConnections } from '../../../src/plan/connections/app-connections.js';
import { config, tcp, unit } from './unit-fixture.js';

const phpFpm = unit('php-fpm', { files: [config('/etc/php/8.2/fpm/pool.d/www.conf', '[www]\nlisten = /run/php/php8.2-fpm.sock\n')] });
const apache = unit('apache2', {
  ports: [tcp(80)],
  files: [config('/etc/apache2/conf-available/php8.2-fpm.conf', '<FilesMatch ".+\\.php$">\n    SetHandler "proxy:unix:/run/php/php8.2-fpm.sock|fcgi://localhost"\n</FilesMatch>\n')],
});
const memcached = unit('memcached', { ports: [tcp(11211)] });
const worker = unit('worker', { files: [config('/etc/worker/worker.conf', 'cache_server = 127.0.0.1:11211\n')] });

describe('the connection graph', () => {
  it('matches a socket path to the unit whose config listens there, with the line that made the edge', () => {
    expect(matchEdges([phpFpm, apache])).toEqual({
      edges: [
        {
          from: 'apache2',
          to: 'php-fpm',
          kind: 'unix',
          endpoint: '/run/php/php8.2-fpm.sock',
          source: { file: '/etc/apache2/conf-available/php8.2-fpm.conf', line: 2, text: 'SetHandler "proxy:unix:/run/php/php8.2-fpm.sock|fcgi://localhost"' },
        },
      ],
      unmatched: [],
    });
  });

  it('matches a loopback port to the unit that declares it', () => {
    const { edges } = matchEdges([memcached, worker]);
    expect(edges.map((e) => [e.from, e.to, e.kind, e.endpoint, e.port])).toEqual([['worker', 'memcached', 'tcp', '127.0.0.1:11211', 11211]]);
  });

  it("a port the plan left undeclared because it binds loopback only still listens inside the pod", () => {
    const db = unit('mariadb', { notes: ['port 3306/TCP listens on loopback only (/etc/mysql/my.cnf:3 (bind-address)): not declared, other pods cannot reach it'] });
    const app = unit('app', { env: { DB: 'mysql://app@127.0.0.1:3306/app' } });
    expect(matchEdges([db, app]).edges.map((e) => [e.from, e.to, e.source.file])).toEqual([['app', 'mariadb', 'env DB']]);
  });

  it('a unit reaching its own port is no edge; a port nobody in the app serves is unmatched', () => {
    const self = unit('web', { ports: [tcp(8080)], files: [config('/etc/web/web.conf', 'health = http://127.0.0.1:8080/health\nupstream = 127.0.0.1:5432\n')] });
    const { edges, unmatched } = matchEdges([self]);
    expect(edges).toEqual([]);
    expect(unmatched.map((u) => [u.unit, u.endpoint.endpoint, u.endpoint.line.line])).toEqual([['web', '127.0.0.1:5432', 2]]);
  });
});

describe('pods from the graph', () => {
  it('joins connected long-running units in plan order, sharing the socket directory', () => {
    const { edges } = matchEdges([phpFpm, apache, memcached, worker]);
    expect(podGroups([phpFpm, apache, memcached, worker], edges)).toEqual([
      { name: 'php-fpm', units: ['php-fpm', 'apache2'], sharedDirs: ['/run/php'] },
      { name: 'memcached', units: ['memcached', 'worker'], sharedDirs: [] },
    ]);
  });

  it('a chain is one pod', () => {
    const web = unit('nginx', { ports: [tcp(80)], files: [config('/etc/nginx/sites-available/app', 'proxy_pass http://unix:/run/app/app.sock;\n')] });
    const app = unit('app', { command: ['gunicorn', '--bind', 'unix:/run/app/app.sock', 'app:wsgi'], env: { CACHE: 'localhost:11211' } });
    const { edges } = matchEdges([web, app, memcached]);
    expect(podGroups([web, app, memcached], edges)).toEqual([{ name: 'nginx', units: ['nginx', 'app', 'memcached'], sharedDirs: ['/run/app'] }]);
  });

  it('a CronJob, or a unit plan.yaml splits off, keeps a pod of its own', () => {
    const job = unit('report', { workload: 'CronJob', files: [config('/etc/report.conf', 'cache = 127.0.0.1:11211\n')] });
    const { edges } = matchEdges([memcached, job, worker]);
    expect(edges).toHaveLength(2);
    expect(podGroups([memcached, job, worker], edges)).toEqual([{ name: 'memcached', units: ['memcached', 'worker'], sharedDirs: [] }]);
    expect(podGroups([memcached, job, worker], edges, new Set(['worker']))).toEqual([]);
  });

  it('the socket directory', () => {
    expect(socketDir('/run/php/php8.2-fpm.sock')).toBe('/run/php');
  });
});

describe('withConnections', () => {
  const app = (units: App['units']): App => ({ name: 'shop', runList: ['shop::default'], version: '1.0.0', labels: {}, platform: 'debian-12', units, decisions: [], diagnostics: [] });

  it('puts the edges and pods on the app and says so (DEC0531)', () => {
    const out = withConnections(app([phpFpm, apache]));
    expect(out.connections).toHaveLength(1);
    expect(out.pods).toEqual([{ name: 'php-fpm', units: ['php-fpm', 'apache2'], sharedDirs: ['/run/php'] }]);
    expect(out.diagnostics.map((d) => [d.code, d.severity])).toEqual([['DEC0531', 'info']]);
  });

  it('an endpoint nobody serves is an error at the resource that wrote the file (DEC0530)', () => {
    const out = withConnections(app([worker]));
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]).toMatchObject({ code: 'DEC0530', severity: 'error', location: { file: 'recipes/default.rb', line: 1 } });
    expect(out.diagnostics[0]!.message).toBe(
      'unit worker reaches 127.0.0.1:11211 (loopback) (/etc/worker/worker.conf:1: cache_server = 127.0.0.1:11211) but no unit of the app listens there: on its own pod the connection fails',
    );
  });

  it('an app with no local connections is left as it was', () => {
    const plain = app([memcached]);
    expect(withConnections(plain)).toBe(plain);
  });
});

describe('edges that cross pods', () => {
  const app = (units: App['units']): App => ({ name: 'shop', runList: ['shop::default'], version: '1.0.0', labels: {}, platform: 'debian-12', units, decisions: [], diagnostics: [] });

  it('plan.yaml ownPod: the loopback endpoint is rewritten in its line to the Service name and port, and said so', () => {
    const out = withConnections(app([memcached, worker]), new Set(['worker']));
    expect(out.pods).toBeUndefined();
    expect(out.ownPods).toEqual(['worker']);
    expect(out.rewrites).toEqual([{ unit: 'worker', file: '/etc/worker/worker.conf', line: 1, before: '127.0.0.1:11211', after: 'memcached:11211', why: 'memcached runs in another pod; its Service answers there' }]);
    const conf = out.units.find((u) => u.name === 'worker')!.files[0]!.content;
    expect(conf).toMatchObject({ kind: 'rendered', text: 'cache_server = memcached:11211\n' });
    expect(out.diagnostics.map((d) => [d.code, d.severity])).toEqual([['DEC0533', 'info']]);
  });

  it('a CronJob reaching a loopback port is in another pod by nature: its environment is rewritten', () => {
    const job = unit('report', { workload: 'CronJob', env: { CACHE: 'localhost:11211' } });
    const out = withConnections(app([memcached, job]));
    expect(out.units.find((u) => u.name === 'report')!.env).toEqual({ CACHE: 'memcached:11211' });
  });

  it('a unix socket cannot cross pods: an error (DEC0532), the config left as it was', () => {
    const out = withConnections(app([phpFpm, apache]), new Set(['apache2']));
    expect(out.diagnostics.map((d) => [d.code, d.severity])).toEqual([['DEC0532', 'error']]);
    expect(out.rewrites).toBeUndefined();
    expect(out.units).toEqual([phpFpm, apache]);
  });
});
