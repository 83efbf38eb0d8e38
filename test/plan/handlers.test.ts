import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { handlerFor } from '../../src/plan/resources/registry.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const opts = { name: 'app', version: '1.0.0', labels: {}, catalog };

describe('resource handlers', () => {
  it('each type has exactly one handler', () => {
    for (const t of ['package', 'service', 'template', 'execute', 'bash', 'cron', 'cron_d', 'user', 'group', 'sysctl', 'gem_package', 'ruby_block', 'git', 'apt_repository']) {
      expect(handlerFor(t), t).toBeDefined();
    }
    expect(handlerFor('no_such_type')).toBeUndefined();
  });

  it('language packages become build steps with their installer in the package layer', () => {
    const app = planApp(
      converge([
        res('gem_package', 'bundler', { properties: { version: '2.4.22' } }),
        res('python_pip', 'requests'),
        res('service', 'nginx', { actions: ['start'] }),
      ]),
      opts,
    );
    const u = app.units[0]!;
    expect(u.packages.map((p) => p.name).sort()).toEqual(['python3-pip', 'ruby']);
    expect(u.buildSteps.map((s) => s.command)).toEqual([
      'gem install --no-document bundler -v 2.4.22',
      'PIP_BREAK_SYSTEM_PACKAGES=1 pip3 install --no-cache-dir requests',
    ]);
  });

  it('ruby_block is unsupported with its reason and a DEC0501', () => {
    const app = planApp(converge([res('ruby_block', 'patch config', { actions: ['run'] })]), opts);
    expect(app.decisions[0]).toMatchObject({ class: 'unsupported' });
    expect(app.decisions[0]!.reason).toMatch(/converge time/);
    expect(app.diagnostics.map((d) => d.code)).toEqual(['DEC0501']);
  });

  it('execute: runtime commands become a Job, init-system commands are host, notified :nothing ones run', () => {
    const app = planApp(
      converge([
        res('execute', 'create db', { actions: ['run'], properties: { command: 'mysql -h localhost -e "CREATE DATABASE app"' } }),
        res('execute', 'reload units', { actions: ['run'], properties: { command: 'systemctl daemon-reload' } }),
        res('execute', 'rebuild index', { actions: ['nothing'], properties: { command: 'make index' } }),
        res('execute', 'never', { actions: ['nothing'], properties: { command: 'false' } }),
        res('template', '/etc/idx.conf', { notifies: [{ action: 'run', resource: 'execute[rebuild index]', timing: 'immediately' }], content: { kind: 'inline', text: 'x' } }),
      ]),
      opts,
    );
    expect(app.decisions.map((d) => d.class)).toEqual(['workload', 'host', 'image', 'skipped', 'config']);
    expect(app.units.map((u) => [u.name, u.workload])).toEqual([['job-create-db', 'Job']]);
  });
});

describe('execute: the host network', () => {
  it("addresses and routes of the host's interfaces are the host's (a kitchen's net setup), not build steps; reading tools stay steps", () => {
    const app = planApp(
      converge([
        res('execute', 'testing address', { actions: ['run'], properties: { command: 'ip addr add 10.9.0.1 dev eth0' } }),
        res('execute', 'v6 address', { actions: ['run'], properties: { command: 'ip -6 addr add 2001:db8:9::1/64 dev eth0' } }),
        res('execute', 'no default route', { actions: ['run'], properties: { command: '/sbin/ip -6 route del ::/0' } }),
        res('execute', 'ifconfig', { actions: ['run'], properties: { command: 'ifconfig eth0:1 10.9.0.2 up' } }),
        res('execute', 'ipcalc', { actions: ['run'], properties: { command: 'ipcalc 10.0.0.0/8 > /etc/net.txt' } }),
      ]),
      opts,
    );
    expect(app.decisions.map((d) => d.class)).toEqual(['host', 'host', 'host', 'host', 'image']);
    expect(app.decisions[0]!.reason).toMatch(/configures the host's network interfaces/);
  });
});

describe('cron user', () => {
  it('a base-image user gets its fixed uid, so runAsNonRoot can be checked', () => {
    const app = planApp(converge([res('cron', 'purge', { properties: { hour: '3', minute: '0', command: 'true', user: 'www-data' } })]), opts);
    expect(app.units[0]).toMatchObject({ workload: 'CronJob', user: 'www-data', uid: 33, runAsNonRoot: true, schedule: '0 3 * * *' });
  });
});
