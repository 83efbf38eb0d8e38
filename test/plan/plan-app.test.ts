import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { converge, nginxSite, res } from './make-converge.js';

const { catalog } = loadCatalog();
const opts = { name: 'webfront', version: '1.4.2', labels: {}, catalog };

describe('planApp', () => {
  it('makes a unit of a started service and reads its port from the rendered config', () => {
    const app = planApp(nginxSite(8080), opts);
    expect(app.units.map((u) => u.name)).toEqual(['nginx']);
    const u = app.units[0]!;
    expect(u.workload).toBe('Deployment');
    expect(u.image).toBe('webfront-nginx:1.4.2');
    expect(u.ports.map((p) => p.port)).toEqual([8080]);
    expect(u.command).toEqual(['nginx', '-g', 'daemon off;']);
    expect(u.packages.map((p) => p.name)).toEqual(['nginx']);
    expect(u.files.map((f) => [f.path, f.config, f.tunable])).toEqual([
      ['/etc/nginx/sites-available/default', true, true],
      ['/var/www/html/index.html', false, false],
    ]);
    expect(app.decisions.map((d) => [d.type, d.class, d.unit])).toEqual([
      ['package', 'image', 'nginx'],
      ['template', 'config', 'nginx'],
      ['cookbook_file', 'image', 'nginx'],
      ['service', 'workload', 'nginx'],
    ]);
  });

  it('makes a StatefulSet for a service with data directories, running as its fixed non-root user', () => {
    const app = planApp(
      converge([
        res('package', 'redis-server', { actions: ['install'] }),
        res('template', '/etc/redis/redis.conf', {
          actions: ['create'],
          content: { kind: 'rendered', text: 'port 6380\nmaxmemory 64mb\n', complete: true, template: { file: 't', line: 1, column: 1 }, unknowns: [] },
        }),
        res('service', 'redis-server', { actions: ['enable', 'start'] }),
      ]),
      opts,
    );
    const u = app.units[0]!;
    expect(u.name).toBe('redis');
    expect(u.workload).toBe('StatefulSet');
    expect(u.dataDirs).toEqual([{ path: '/var/lib/redis', size: '1Gi' }]);
    expect(u.ports.map((p) => p.port)).toEqual([6380]);
    expect(u.command).toContain('6380');
    expect(u).toMatchObject({ user: 'redis', uid: 999, runAsNonRoot: true });
  });

  it('classifies host-level, skipped-by-guard, unknown and cron resources', () => {
    const app = planApp(
      converge([
        res('sysctl', 'vm.swappiness', { properties: { value: 10 } }),
        res('execute', 'already-done', {
          actions: ['run'],
          properties: { command: 'touch /x' },
          guards: [{ kind: 'not_if', form: 'block', outcome: 'skip', reason: '/x exists', location: { file: 'r', line: 1, column: 1 } }],
        }),
        res('frobnicate', 'thing'),
        res('cron', 'cleanup', { actions: ['create'], properties: { minute: '30', hour: '2', command: 'find /tmp -delete', user: 'root' } }),
        res('service', 'ssh', { actions: ['start'] }),
      ]),
      opts,
    );
    expect(app.decisions.map((d) => d.class)).toEqual(['host', 'skipped', 'unsupported', 'workload', 'host']);
    expect(app.diagnostics.some((d) => d.code === 'DEC0501' && d.message.includes('frobnicate'))).toBe(true);
    const cron = app.units.find((u) => u.workload === 'CronJob')!;
    expect(cron.schedule).toBe('30 2 * * *');
    expect(cron.command).toEqual(['/bin/sh', '-c', 'find /tmp -delete']);
  });

  it('carries shell guards into build steps as conditions', () => {
    const app = planApp(
      converge([
        res('execute', 'build-it', {
          actions: ['run'],
          properties: { command: 'make install' },
          guards: [{ kind: 'not_if', form: 'command', command: 'test -x /usr/local/bin/it', outcome: 'shell', location: { file: 'r', line: 1, column: 1 } }],
        }),
        res('service', 'nginx', { actions: ['start'] }),
      ]),
      opts,
    );
    expect(app.units[0]!.buildSteps[0]!.conditions).toEqual([{ when: 'unless', command: 'test -x /usr/local/bin/it' }]);
  });

  it('keeps secret values out of the image: references in a file holding them, a sensitive file with none whole in the Secret', () => {
    const app = planApp(
      converge(
        [
          res('template', '/etc/app/db.conf', {
            actions: ['create'],
            content: { kind: 'rendered', text: 'password=s3cr3t-pw\n', complete: true, template: { file: 't', line: 1, column: 1 }, unknowns: [] },
          }),
          res('file', '/etc/app/token', { actions: ['create'], sensitive: true, properties: { content: 'abc123xyz' }, content: { kind: 'inline', text: 'abc123xyz' } }),
          res('service', 'nginx', { actions: ['start'] }),
        ],
        { app: { db: { password: 's3cr3t-pw' } } },
      ),
      opts,
    );
    const u = app.units[0]!;
    expect(u.files.map((f) => [f.path, f.content.kind === 'rendered' ? f.content.text : '', f.substituted, f.tunable])).toEqual([
      ['/etc/app/db.conf', 'password=${DECANT_SECRET_PASSWORD}\n', ['DECANT_SECRET_PASSWORD'], false],
    ]);
    expect(u.secrets.map((s) => [s.key, s.path, s.env, s.value])).toEqual([
      ['DECANT_SECRET_PASSWORD', undefined, 'DECANT_SECRET_PASSWORD', 's3cr3t-pw'],
      ['etc_app_token', '/etc/app/token', undefined, 'abc123xyz'],
    ]);
    expect(JSON.stringify(app.decisions)).not.toContain('s3cr3t-pw');
  });

  it('assigns resources to units by package, config path and notification in a two-service app', () => {
    const app = planApp(
      converge([
        res('package', 'nginx'),
        res('package', 'redis-server', { recipe: 'store::default' }),
        res('template', '/etc/redis/redis.conf', { recipe: 'web::default', content: { kind: 'inline', text: 'port 6379\n' } }),
        res('directory', '/srv/site', { notifies: [{ action: 'restart', resource: 'service[nginx]', timing: 'delayed' }] }),
        res('service', 'nginx', { actions: ['start'] }),
        res('service', 'redis-server', { actions: ['start'], recipe: 'store::default' }),
      ]),
      opts,
    );
    expect(app.decisions.map((d) => d.unit)).toEqual(['nginx', 'redis', 'redis', 'nginx', 'nginx', 'redis']);
  });
});

describe('services the catalog does not know', () => {
  it('take their command and user from a systemd unit the cookbook ships', () => {
    const app = planApp(
      converge([
        res('git', '/srv/app', { properties: { repository: 'https://example.test/app.git', revision: 'v1.2' } }),
        res('systemd_unit', 'shopapp.service', {
          properties: { content: '[Unit]\nDescription=shop\n[Service]\nUser=shop\nExecStart=/usr/bin/node "/srv/app/server.js" --port 3000\n' },
        }),
        res('service', 'shopapp', { actions: ['enable', 'start'] }),
      ]),
      opts,
    );
    const u = app.units[0]!;
    expect(u.command).toEqual(['/usr/bin/node', '/srv/app/server.js', '--port', '3000']);
    expect(u.user).toBe('shop');
    expect(u.buildSteps[0]!.command).toBe('git clone https://example.test/app.git /srv/app && git -C /srv/app checkout v1.2');
    expect(app.diagnostics.filter((d) => d.code === 'DEC0503')).toEqual([]);
  });

  it('read the unit as the engine does: an empty ExecStart= resets, Type=forking gives no command, continuations skip comments', () => {
    const plan = (content: string) =>
      planApp(converge([res('systemd_unit', 'shopapp.service', { properties: { content } }), res('service', 'shopapp', { actions: ['enable', 'start'] })]), opts);
    const reset = plan('[Service]\nExecStart=/usr/bin/old\nExecStart=\n');
    expect(reset.units[0]!.command).toEqual([]);
    // The reason names the resource and the line that declares it.
    expect(reset.diagnostics.find((d) => d.code === 'DEC0503')!.message).toBe(
      `unit shopapp: no command known for service shopapp: the cookbook's unit for shopapp gives no command: systemd_unit[shopapp.service] (recipes/default.rb:${reset.units[0]!.origin.source.line - 1}) has no ExecStart; the run installs no package, so none ships a unit or init script named shopapp: on a converged host the service would exist only if something outside this run list installed it`,
    );
    // Not a silent placeholder: an error at the service's line, saying what to write in plan.yaml (issue 14).
    expect(reset.diagnostics.find((d) => d.code === 'DEC0503')).toMatchObject({ severity: 'error', hint: expect.stringMatching(/plan\.yaml/) });
    expect(reset.units[0]!.commandSource).toBe('unknown');
    const forking = plan('[Service]\nType=forking\nExecStart=/usr/sbin/shopd\n');
    expect(forking.units[0]!.command).toEqual([]);
    expect(forking.diagnostics.find((d) => d.code === 'DEC0503')!.message).toContain('Type=forking');
    const continued = plan('[Service]\nExecStart=/usr/bin/node \\\n# the server\n  "/srv/app/server.js" \\\n  --port 3000\n');
    expect(continued.units[0]!.command).toEqual(['/usr/bin/node', '/srv/app/server.js', '--port', '3000']);
    // The hash form Chef also takes: each array element is one line, so '' resets what came before.
    const hash = planApp(
      converge([
        res('systemd_unit', 'shopapp.service', { properties: { content: { Service: { ExecStart: ['/usr/bin/old', '', '/usr/bin/new -f'], User: 'shop' } } } }),
        res('service', 'shopapp', { actions: ['enable', 'start'] }),
      ]),
      opts,
    );
    expect([hash.units[0]!.command, hash.units[0]!.user]).toEqual([['/usr/bin/new', '-f'], 'shop']);
  });

  it('without one, is a unit whose command needs review (DEC0503)', () => {
    const app = planApp(converge([res('service', 'mystery', { actions: ['start'] })]), opts);
    expect(app.units[0]!.command).toEqual([]);
    expect(app.diagnostics.map((d) => d.code)).toContain('DEC0503');
  });
});

describe('a service declared twice', () => {
  it('is one unit, as Chef keeps one service', () => {
    const app = planApp(
      converge([res('service', 'apache2', { actions: ['enable'] }), res('package', 'apache2'), res('service', 'apache2', { actions: ['start'] })]),
      opts,
    );
    expect(app.units.map((u) => u.name)).toEqual(['apache2']);
    expect(app.decisions.map((d) => d.unit)).toEqual(['apache2', 'apache2', 'apache2']);
  });
});

describe('ports the package itself opens', () => {
  const conf = (path: string) =>
    res('template', path, { content: { kind: 'rendered', text: 'server {\n  listen 8081;\n}\n', complete: true, template: { file: 't', line: 1, column: 1 }, unknowns: [] } });

  it("keep Debian's default nginx site on 80 when the cookbook leaves it", () => {
    const app = planApp(converge([res('package', 'nginx'), conf('/etc/nginx/conf.d/web.conf'), res('service', 'nginx', { actions: ['start'] })]), opts);
    expect(app.units[0]!.ports.map((p) => [p.port, p.from])).toEqual([
      [8081, 'config'],
      [80, 'catalog'],
    ]);
  });

  it('drop it when the cookbook deletes the default site', () => {
    const app = planApp(
      converge([
        res('package', 'nginx'),
        conf('/etc/nginx/conf.d/web.conf'),
        res('file', '/etc/nginx/sites-enabled/default', { actions: ['delete'] }),
        res('service', 'nginx', { actions: ['start'] }),
      ]),
      opts,
    );
    expect(app.units[0]!.ports.map((p) => p.port)).toEqual([8081]);
  });
});

describe('a service inside a custom resource', () => {
  it('runs when the custom resource is enabled, and takes what notifies the custom resource', () => {
    const app = planApp(
      converge([
        res('nginx_service', 'nginx', { actions: ['enable'] }),
        res('template', '/srv/conf/site.conf', { notifies: [{ action: 'reload', resource: 'nginx_service[nginx]', timing: 'delayed' }], content: { kind: 'inline', text: 'x' } }),
        res('service', 'nginx', { actions: ['nothing'], via: 'nginx_service[nginx]' }),
        res('service', 'redis-server', { actions: ['start'], recipe: 'web::other' }),
      ]),
      opts,
    );
    expect(app.units.map((u) => u.name)).toEqual(['nginx', 'redis']);
    expect(app.decisions.find((d) => d.type === 'template')!.unit).toBe('nginx');
  });
});
