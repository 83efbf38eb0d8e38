import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../src/model/converge.js';
import type { PackageFactsView } from '../../../src/model/package-facts.js';
import type { PackageSpec } from '../../../src/model/plan.js';
import { loadCatalog } from '../../../src/plan/catalog/load-catalog.js';
import { loadLogDirectives } from '../../../src/plan/catalog/load-log-directives.js';
import { packageLogFiles } from '../../../src/plan/logs/log-files.js';
import { planApp } from '../../../src/plan/plan-app.js';
import { converge, res } from '../make-converge.js';

const { catalog } = loadCatalog();
const opts = { name: 'logs', version: '1.0.0', labels: {}, catalog };

function rendered(path: string, text: string, service: string): Resource {
  return res('template', path, {
    actions: ['create'],
    content: { kind: 'rendered', text, complete: true, template: { file: 'templates/t.erb', line: 1, column: 1 }, unknowns: [] },
    notifies: [{ action: 'restart', resource: `service[${service}]`, timing: 'delayed' }],
  });
}

describe('log-directives.yaml', () => {
  it('reads without errors', () => {
    expect(loadLogDirectives().errors).toEqual([]);
  });
});

describe('log files in the rendered config', () => {
  it("links nginx's access_log and error_log to stdout and stderr (a root-started master), skipping comments, syslog and /dev paths", () => {
    const app = planApp(
      converge([
        res('package', 'nginx', { actions: ['install'] }),
        rendered(
          '/etc/nginx/sites-available/default',
          'server {\n  listen 8080;\n  # access_log /var/log/old.log;\n  access_log /var/log/nginx/site.access.log combined;\n  error_log /var/log/nginx/site.error.log warn;\n  access_log /dev/stdout;\n}\n',
          'nginx',
        ),
        res('service', 'nginx', { actions: ['enable', 'start'] }),
      ]),
      opts,
    );
    const u = app.units[0]!;
    expect(u.links.filter((l) => l.path.includes('site.')).map((l) => [l.path, l.to, l.resource])).toEqual([
      ['/var/log/nginx/site.access.log', '/dev/stdout', 'template[/etc/nginx/sites-available/default]'],
      ['/var/log/nginx/site.error.log', '/dev/stderr', 'template[/etc/nginx/sites-available/default]'],
    ]);
    expect(u.logs.map((l) => l.path)).toContain('/var/log/nginx/site.error.log');
    expect(u.notes.join('\n')).toMatch(/site\.access\.log → stdout \(\/etc\/nginx\/sites-available\/default:4 \(nginx-access_log\)/);
  });

  it("expands Apache's ${APACHE_LOG_DIR} as the package's envvars set it", () => {
    const app = planApp(
      converge([
        res('package', 'apache2', { actions: ['install'] }),
        rendered('/etc/apache2/sites-available/site.conf', '<VirtualHost *:8080>\n  ErrorLog ${APACHE_LOG_DIR}/site-error.log\n  CustomLog "${APACHE_LOG_DIR}/site-access.log" combined\n</VirtualHost>\n', 'apache2'),
        res('service', 'apache2', { actions: ['enable', 'start'] }),
      ]),
      opts,
    );
    const links = app.units.flatMap((u) => u.links).filter((l) => l.path.includes('site-'));
    expect(links.map((l) => [l.path, l.to])).toEqual([
      ['/var/log/apache2/site-error.log', '/dev/stderr'],
      ['/var/log/apache2/site-access.log', '/dev/stdout'],
    ]);
  });

  it("links a non-root service's log file as well (the runtime gives the container's output to its user); a local syslog target starts the root unit behind the /dev/log relay", () => {
    const app = planApp(
      converge([
        res('package', 'memcached', { actions: ['install'] }),
        rendered('/etc/memcached.conf', '-p 11211\nlogfile /var/log/memcached.log\n', 'memcached'),
        rendered('/etc/nginx/nginx.conf', 'error_log syslog:server=unix:/dev/log;\n', 'nginx'),
        res('package', 'nginx', { actions: ['install'] }),
        res('service', 'memcached', { actions: ['enable', 'start'] }),
        res('service', 'nginx', { actions: ['enable', 'start'] }),
      ]),
      opts,
    );
    const mc = app.units.find((u) => u.name === 'memcached')!;
    expect(mc.user).toBe('memcache');
    expect(mc.links.filter((l) => l.path === '/var/log/memcached.log').map((l) => l.to)).toEqual(['/dev/stderr']);
    expect(mc.logs.find((l) => l.path === '/var/log/memcached.log')).toEqual({ path: '/var/log/memcached.log', stream: 'stderr' });
    expect(mc.logsElsewhere).toBeUndefined();
    const ng = app.units.find((u) => u.name === 'nginx')!;
    expect(ng.notes.join('\n')).toMatch(/the config sends its log to syslog \(\/etc\/nginx\/nginx\.conf:1 \(nginx-error_log\).*relay/);
    expect(ng.command[0]).toBe('perl');
    expect(ng.logsElsewhere).toBeUndefined();
  });

  it('keeps a remote syslog server a note and an entry of logsElsewhere: no relay in the container reaches it', () => {
    const app = planApp(
      converge([
        res('package', 'nginx', { actions: ['install'] }),
        rendered('/etc/nginx/nginx.conf', 'error_log syslog:server=192.0.2.1:514;\n', 'nginx'),
        res('service', 'nginx', { actions: ['enable', 'start'] }),
      ]),
      opts,
    );
    const ng = app.units[0]!;
    expect(ng.command[0]).not.toBe('perl');
    expect(ng.notes.join('\n')).toMatch(/logs to syslog \(\/etc\/nginx\/nginx\.conf:1 \(nginx-error_log\)/);
    expect(ng.logsElsewhere).toEqual({ files: [], syslog: [expect.stringMatching(/^\/etc\/nginx\/nginx\.conf:1 \(nginx-error_log\), written by template\[\/etc\/nginx\/nginx\.conf\]/)] });
  });

  it('marks access logs as request logs (config directive and catalog entry alike), which image.json hands to verify', () => {
    const app = planApp(
      converge([
        res('package', 'nginx', { actions: ['install'] }),
        rendered('/etc/nginx/sites-available/default', 'server {\n  access_log /var/log/nginx/site.access.log;\n  error_log /var/log/nginx/site.error.log;\n}\n', 'nginx'),
        res('service', 'nginx', { actions: ['enable', 'start'] }),
      ]),
      opts,
    );
    const u = app.units[0]!;
    expect(u.logs.filter((l) => l.requests).map((l) => l.path).sort()).toEqual(['/var/log/nginx/access.log', '/var/log/nginx/site.access.log']);
    expect(u.logs.find((l) => l.path === '/var/log/nginx/site.error.log')?.requests).toBeUndefined();
  });

  it("leaves redis alone: its catalog command logs to stdout whatever the config's logfile says", () => {
    const app = planApp(
      converge([
        res('package', 'redis-server', { actions: ['install'] }),
        rendered('/etc/redis/redis.conf', 'port 6379\nlogfile /var/log/redis/redis-server.log\n', 'redis-server'),
        res('service', 'redis-server', { actions: ['enable', 'start'] }),
      ]),
      opts,
    );
    expect(app.units[0]!.notes.join('\n')).not.toMatch(/log files/);
  });
});

describe('packageLogFiles', () => {
  it('finds the files a package ships under /var/log, error logs on stderr', () => {
    const files = new Set(['/var/log/foo/access.log', '/var/log/foo/error.log']);
    const dirs = new Set(['/var/log', '/var/log/foo']);
    const view = {
      listDirectory: (p: string) => [...files, ...dirs].filter((f) => f.startsWith(`${p}/`) && !f.slice(p.length + 1).includes('/')).map((f) => f.slice(p.length + 1)).sort(),
      isDirectory: (p: string) => dirs.has(p),
      fileExists: (p: string) => files.has(p) || dirs.has(p),
      packageOf: () => 'foo',
    } as unknown as PackageFactsView;
    const pkg: PackageSpec = { name: 'foo', resource: 'package[foo]', source: { file: 'recipes/default.rb', line: 1, column: 1 } };
    expect(packageLogFiles(view, [pkg]).map((l) => [l.path, l.stream, l.where])).toEqual([
      ['/var/log/foo/access.log', 'stdout', '/var/log/foo/access.log, shipped by package foo'],
      ['/var/log/foo/error.log', 'stderr', '/var/log/foo/error.log, shipped by package foo'],
    ]);
  });
});
