/**
 * A service the run list's own package starts on install runs on the
 * converged server (issue 14): Debian's postinst enables and starts the daemons
 * it installs. Planned with the recorded Debian 12 facts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageFactsView } from '../../src/model/package-facts.js';
import { loadRecordedFacts } from '../../src/facts/recorded-facts.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import type { ForegroundForm } from '../../src/plan/package-unit-command.js';
import { notLongRunning, packagesAskedFor, stoppedInCommand } from '../../src/plan/package-started-units.js';
import { failedFileCondition } from '../../src/plan/unit-conditions.js';
import type { SystemdUnitFact } from '../../src/model/package-facts.js';
import type { Resource } from '../../src/model/converge.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const foregroundForms = parse(readFileSync(join(import.meta.dirname, '../../catalog/foreground/forms.yaml'), 'utf8')) as ForegroundForm[];
let packageFacts: PackageFactsView;
beforeAll(async () => {
  packageFacts = await loadRecordedFacts(join(import.meta.dirname, '../facts/recorded/debian-12/services.json'));
});

const plan = (resources: Resource[], facts = true) =>
  planApp(converge(resources), { name: 'app', version: '1.0.0', labels: {}, catalog, foregroundForms, ...(facts ? { packageFacts } : {}) });

/** The mosquitto cookbook's shape: the package, a config that reloads the service, the service declared :nothing. */
const reloadOnly = (pkg: string, service: string) => [
  res('package', pkg, { actions: ['install'] }),
  res('template', `/etc/${service}.conf`, { actions: ['create'], notifies: [{ action: 'reload', resource: `service[${service}]`, timing: 'delayed' }] }),
  res('service', service, { actions: ['nothing'] }),
];

describe('services started by their package on install', () => {
  it('a service the cookbook only reloads is a unit with the package unit\'s command, and the decision says who starts it', () => {
    const app = plan(reloadOnly('redis-server', 'redis-server'));
    expect(app.units.map((u) => u.name)).toEqual(['redis']);
    const decision = app.decisions.find((d) => d.type === 'service')!;
    expect(decision.class).toBe('workload');
    expect(decision.reason).toMatch(/^started by package redis-server's maintainer scripts on install \(Debian starts daemons it installs: postinst lines [\d, ]+\); the cookbook's service\[redis-server\] only reloads it$/);
  });

  it('a package no resource starts or names (package \'memcached\' alone) is a unit too, said on the unit and on the package', () => {
    const app = plan([res('package', 'memcached', { actions: ['install'] })]);
    expect(app.units.map((u) => u.name)).toEqual(['memcached']);
    expect(app.units[0]!.notes[0]).toMatch(/^memcached: started by package memcached's maintainer scripts on install .*; no resource of the cookbook starts or stops it$/);
    const decision = app.decisions[0]!;
    expect(decision.unit).toBe('memcached');
    expect(decision.reason).toMatch(/memcached: started by package memcached's .*: unit memcached/);
    expect(app.units[0]!.packages.map((p) => p.name)).toEqual(['memcached']);
  });

  it('a unit the package ships in a package of its own source counts (nginx ships nginx.service in nginx-common); a tool pulled with it does not', () => {
    expect(packagesAskedFor('nginx', packageFacts)).toEqual(['nginx', 'nginx-common']);
    const app = plan([res('package', 'nginx', { actions: ['install'] }), res('package', 'curl', { actions: ['install'] })]);
    expect(app.units.map((u) => u.name)).toEqual(['nginx']);
  });

  it('a daemon that manages the host stays host-level, and the package decision says why no unit', () => {
    const app = plan([res('package', 'openssh-server', { actions: ['install'] })]);
    expect(app.units).toEqual([]);
    expect(app.decisions[0]!.reason).toMatch(/installing openssh-server starts ssh.service \(Debian starts daemons it installs\); ssh is host-level/);
  });

  it('a oneshot or template unit the package ships is not a long-running service (bind9: named only, not named-resolvconf)', () => {
    const app = plan([res('package', 'bind9', { actions: ['install'] })]);
    expect(app.units.map((u) => u.name)).toEqual(['named']);
  });

  it('a unit the postinst starts and then disables is off by default: no unit, and the package says why (apache2 disables apache-htcacheclean on a fresh install)', () => {
    const htcacheclean = packageFacts.units(['apache2']).find((u) => u.name === 'apache-htcacheclean.service')!;
    expect(htcacheclean.onInstall).toMatchObject({ enabled: false, started: true, disabled: true });
    const app = plan([res('package', 'apache2', { actions: ['install'] })]);
    expect(app.units.map((u) => u.name)).toEqual(['apache2']);
    expect(app.decisions.map((d) => d.reason).join('\n')).toMatch(
      /its package starts apache-htcacheclean.service on install, but its postinst disables it again after starting it \(postinst lines [\d, ]+\): it runs only until the next boot, and a container's every start is a boot: no unit/,
    );
  });

  it('a run list that stops, disables or masks it, or forbids starts with policy-rc.d, keeps it from running', () => {
    const stopped = plan([...reloadOnly('redis-server', 'redis-server').slice(0, 2), res('service', 'redis-server', { actions: ['stop', 'disable'] })]);
    expect(stopped.units).toEqual([]);
    expect(stopped.decisions[2]!.reason).toMatch(/not started by the cookbook \(stop, disable\): no container runs it; its package would start it on install, but service\[redis-server\] \(recipes\/default.rb:\d+\) has action :stop, :disable/);
    const disabled = plan([res('package', 'memcached', { actions: ['install'] }), res('execute', 'no memcached', { actions: ['run'], properties: { command: 'systemctl disable --now memcached' } })]);
    expect(disabled.units).toEqual([]);
    expect(disabled.decisions[0]!.reason).toMatch(/its package starts memcached.service on install, but execute\[no memcached\] .* runs `systemctl disable --now memcached`: no unit/);
    const policy = plan([res('file', '/usr/sbin/policy-rc.d', { actions: ['create'] }), res('package', 'memcached', { actions: ['install'] })]);
    expect(policy.units).toEqual([]);
  });

  it('offline the service stays host-level as before, with an info diagnostic that package facts would decide', () => {
    const app = plan(reloadOnly('redis-server', 'redis-server'), false);
    expect(app.units).toEqual([]);
    const d = app.diagnostics.find((x) => x.code === 'DEC0540')!;
    expect(d.severity).toBe('info');
    expect(d.message).toMatch(/service\[redis-server\]: redis-server is not started by the cookbook \(nothing\); without package facts \(offline\)/);
    // Nothing installed: nothing could start it, so nothing to say.
    expect(plan([res('service', 'x', { actions: ['nothing'] })], false).diagnostics.filter((x) => x.code === 'DEC0540')).toEqual([]);
  });
});

describe('stoppedInCommand', () => {
  it('reads systemctl stop/disable/mask (several units), service x stop and update-rc.d x disable|remove', () => {
    expect(stoppedInCommand('systemctl disable --now a.service b && service c stop; update-rc.d -f d remove').map((s) => s.name)).toEqual(['a.service', 'b', 'c', 'd']);
    expect(stoppedInCommand('systemctl restart a')).toEqual([]);
  });
});

describe('what keeps a started unit from running', () => {
  const unit = (raw: string, extra: Partial<SystemdUnitFact> = {}): SystemdUnitFact => ({
    path: '/lib/systemd/system/rsync.service',
    name: 'rsync.service',
    raw,
    execStartPre: [],
    environmentFiles: [],
    runtimeDirectories: [],
    ...extra,
  });
  const rsync = unit('[Unit]\nConditionPathExists=/etc/rsyncd.conf\n[Service]\nExecStart=/usr/bin/rsync --daemon --no-detach\n');

  it('a file condition holds when the cookbook writes the path or an installed package ships it, and not otherwise (rsync without rsyncd.conf)', () => {
    expect(failedFileCondition(rsync, [], packageFacts, ['memcached'])).toBe(
      'rsync.service has ConditionPathExists=/etc/rsyncd.conf, and /etc/rsyncd.conf is written by neither the cookbook nor an installed package: systemd skips it',
    );
    expect(failedFileCondition(rsync, [res('template', '/etc/rsyncd.conf', { actions: ['create'] })], packageFacts, ['memcached'])).toBeUndefined();
    const shipped = unit('[Unit]\nConditionPathExists=/etc/memcached.conf\nConditionPathExists=!/etc/nothing-here\n');
    expect(failedFileCondition(shipped, [], packageFacts, ['memcached'])).toBeUndefined();
    expect(failedFileCondition(shipped, [res('file', '/etc/memcached.conf', { actions: ['delete'] })], packageFacts, ['memcached'])).toMatch(/is deleted by the cookbook/);
  });

  it('a unit that remains active after its command exits is a task, not a daemon', () => {
    expect(notLongRunning(unit('[Service]\nRemainAfterExit=yes\nExecStart=/usr/libexec/helper start\n', { name: 'x-resolvconf.service' }))).toMatch(/RemainAfterExit=yes/);
    expect(notLongRunning(rsync)).toBeUndefined();
  });
});
