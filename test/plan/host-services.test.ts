/**
 * Host daemons are not pods, node agents are DaemonSets (issue 14): decided
 * from the packaged unit's capabilities and paths where package facts are
 * there, and from catalog/host/services.yaml otherwise.
 */
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageFactsView, SystemdUnitFact } from '../../src/model/package-facts.js';
import { emitPlan } from '../../src/emit/emit-plan.js';
import { loadRecordedFacts } from '../../src/facts/recorded-facts.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { loadHostServices, validateHostService } from '../../src/plan/catalog/load-host-services.js';
import { hostRoleFromUnit } from '../../src/plan/host-role.js';
import { planApp } from '../../src/plan/plan-app.js';
import { lintKubernetes } from '../support/lint/kube-lint.js';
import { validateManifest } from '../support/lint/kubernetes-schema.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const { entries: hostServices, errors } = loadHostServices();
const opts = { name: 'app', version: '1.0.0', labels: {}, catalog, hostServices };
let recorded: PackageFactsView;
beforeAll(async () => {
  recorded = await loadRecordedFacts(join(import.meta.dirname, '../facts/recorded/debian-12/services.json'));
});

const unit = (name: string, extra: Partial<SystemdUnitFact> = {}): SystemdUnitFact => ({
  path: `/lib/systemd/system/${name}`,
  name,
  raw: '',
  execStart: '/usr/sbin/x',
  execStartPre: [],
  environmentFiles: [],
  runtimeDirectories: [],
  ...extra,
});

/** The recorded facts with one more packaged unit, as a package the recording lacks would ship it. */
const withUnit = (view: PackageFactsView, extra: SystemdUnitFact): PackageFactsView => ({
  ...view,
  closure: (i) => view.closure(i),
  fileExists: (p, i) => view.fileExists(p, i),
  isDirectory: (p, i) => view.isDirectory(p, i),
  listDirectory: (p, i) => view.listDirectory(p, i),
  fileContent: (p, i) => view.fileContent(p, i),
  packageVersion: (n) => view.packageVersion(n),
  packageOf: (p, i) => view.packageOf(p, i),
  binary: (p, i) => view.binary(p, i),
  users: (i) => view.users(i),
  groups: (i) => view.groups(i),
  units: (i) => [...view.units(i), extra],
  missing: (n) => view.missing(n),
});

describe('catalog/host/services.yaml', () => {
  it('is valid data', () => {
    expect(errors).toEqual([]);
    expect(hostServices.length).toBeGreaterThan(5);
  });

  it('refuses an entry without a reason, and host paths on a host daemon', () => {
    expect(validateHostService({ name: 'x', role: 'host', services: ['x'] })).toMatch(/reason/);
    expect(validateHostService({ name: 'x', role: 'host', services: ['x'], reason: 'r', hostNetwork: true })).toMatch(/node agents/);
    expect(validateHostService({ name: 'x', role: 'node-agent', services: ['x'], reason: 'r', hostPaths: [{ path: 'proc' }] })).toMatch(/absolute/);
    expect(validateHostService({ name: 'x', role: 'host', services: [], provides: 'system-log-daemon', reason: 'r' })).toMatch(/provides are lists of names/);
  });
});

describe('host daemons', () => {
  it.each([['chrony'], ['fail2ban'], ['systemd-resolved'], ['apparmor'], ['keepalived'], ['ufw'], ['kmod'], ['autofs']])('service %s is host-level with the reason, offline', (name) => {
    const app = planApp(converge([res('package', name, { actions: ['install'] }), res('service', name, { actions: ['enable', 'start'] })]), opts);
    expect(app.units).toEqual([]);
    expect(app.decisions[1]).toMatchObject({ class: 'host', reason: expect.stringMatching(new RegExp(`^${name} (is host-level|manages the host): .+`)) });
    expect(app.decisions[0]).toMatchObject({ class: 'host', reason: expect.stringMatching(/a host-level daemon/) });
  });

  it('a package list keeps its other packages and leaves the host daemon out', () => {
    const app = planApp(converge([res('package', 'tools', { actions: ['install'], properties: { package_name: ['curl', 'fail2ban'] } }), res('service', 'nginx', { actions: ['start'] })]), opts);
    expect(app.units[0]!.packages.map((p) => p.name)).toEqual(['curl']);
    expect(app.decisions[0]!.reason).toMatch(/left out: installs fail2ban, a host-level daemon \(ban daemon\)/);
  });

  it('with package facts, a unit keeping CAP_SYS_TIME or writing /proc/sys decides, whatever its name', () => {
    expect(hostRoleFromUnit(unit('clockd.service', { capabilityBoundingSet: 'CAP_SYS_TIME CAP_SETUID' }))).toMatchObject({ role: 'host', reason: expect.stringMatching(/node's clock: its unit clockd.service keeps CAP_SYS_TIME/) });
    expect(hostRoleFromUnit(unit('tuner.service', { raw: '[Service]\nReadWritePaths=-/proc/sys/net\n' }))).toMatchObject({ reason: expect.stringMatching(/writes \/proc\/sys\/net/) });
    // `~` lists what the unit gives up, not what it keeps.
    expect(hostRoleFromUnit(unit('web.service', { capabilityBoundingSet: '~CAP_SYS_TIME CAP_SYS_MODULE' }))).toBeUndefined();
    expect(hostRoleFromUnit(unit('web.service', { capabilityBoundingSet: 'CAP_SETGID CAP_SETUID' }))).toBeUndefined();

    const packageFacts = withUnit(recorded, unit('clockd.service', { ambientCapabilities: 'CAP_SYS_TIME' }));
    // curl starts nothing on install (bind9 would start named, a unit of its own): the test is about clockd alone.
    const app = planApp(converge([res('package', 'curl', { actions: ['install'] }), res('service', 'clockd', { actions: ['start'] })]), { ...opts, packageFacts });
    expect(app.units).toEqual([]);
    expect(app.decisions[1]!.reason).toMatch(/^clockd manages the host: sets the node's clock: its unit clockd.service keeps CAP_SYS_TIME \(package facts\)/);
  });

  it('a unit outside the ordinary boot order (DefaultDependencies=no) or that refuses containers manages the host', () => {
    // Debian's nfs-blkmap.service (nfs-common), enabled and started by the package's postinst.
    const blkmap = unit('nfs-blkmap.service', {
      raw: '[Unit]\nDescription=pNFS block layout mapping daemon\nDefaultDependencies=no\nConflicts=umount.target\nRequires=rpc_pipefs.target\nPartOf=nfs-utils.service\n\n[Service]\nType=forking\nExecStart=/usr/sbin/blkmapd\n',
    });
    expect(hostRoleFromUnit(blkmap)).toMatchObject({ role: 'host', reason: expect.stringMatching(/nfs-blkmap.service sets DefaultDependencies=no: it runs in the node's early boot/) });
    expect(hostRoleFromUnit(unit('pstore.service', { raw: '[Unit]\nConditionVirtualization=!container\n' }))).toMatchObject({ reason: expect.stringMatching(/does not run in a container/) });
    // The ordinary case, and a condition that asks for a container rather than refusing one.
    expect(hostRoleFromUnit(unit('web.service', { raw: '[Unit]\nDefaultDependencies=yes\nConditionVirtualization=container\n' }))).toBeUndefined();

    const packageFacts = withUnit(recorded, { ...blkmap, onInstall: { enabled: true, started: true, disabled: false, from: ['postinst:14'] } });
    const app = planApp(converge([res('package', 'curl', { actions: ['install'] }), res('service', 'nfs-blkmap', { actions: ['start'] })]), { ...opts, packageFacts });
    expect(app.units).toEqual([]);
    expect(app.decisions[1]!.reason).toMatch(/^nfs-blkmap manages the host: its unit nfs-blkmap.service sets DefaultDependencies=no/);
  });

  it('a service only its package starts, from a package providing system-log-daemon, is the node\'s syslog; a resource naming it decides itself', () => {
    // logd stands in for syslog-ng: memcached's package ships it here, and provides system-log-daemon.
    const logd = unit('logd.service', { raw: '[Service]\nType=notify\nExecStart=/usr/sbin/logd -F\n', type: 'notify', execStart: '/usr/sbin/logd -F', onInstall: { enabled: true, started: true, disabled: false, from: ['postinst:12'] } });
    const base = withUnit(recorded, logd);
    const packageFacts: PackageFactsView = {
      ...base,
      packageOf: (p, i) => (p === logd.path ? 'memcached' : recorded.packageOf(p, i)),
      packageFact: (n) => (n === 'memcached' ? { ...recorded.packageFact(n)!, provides: ['system-log-daemon'] } : recorded.packageFact(n)),
    };
    const onlyInstalled = planApp(converge([res('package', 'memcached', { actions: ['install'] })]), { ...opts, packageFacts });
    // memcached.service is a catalog service: the catalog decides it, whatever its package provides.
    expect(onlyInstalled.units.map((u) => u.name)).toEqual(['memcached']);
    expect(onlyInstalled.decisions[0]!.reason).toMatch(/; installing memcached starts logd.service \(Debian starts daemons it installs\); logd manages the host \(its package provides system-log-daemon: installed as the node's syslog.*catalog\/host\/services.yaml, the node's system logger\)\): no container runs it/);
    const named = planApp(converge([res('package', 'memcached', { actions: ['install'] }), res('service', 'logd', { actions: ['start'] })]), { ...opts, packageFacts });
    expect(named.units.map((u) => u.name)).toEqual(['logd', 'memcached']);
  });

  it('a catalog service is never decided host-level by its capabilities', () => {
    const packageFacts = withUnit(recorded, unit('nginx.service', { capabilityBoundingSet: 'CAP_NET_ADMIN' }));
    const app = planApp(converge([res('package', 'nginx', { actions: ['install'] }), res('service', 'nginx', { actions: ['start'] })]), { ...opts, packageFacts });
    expect(app.units.map((u) => u.name)).toEqual(['nginx']);
  });
});

describe('node agents', () => {
  it('a node exporter is a DaemonSet reading /proc and /sys read-only on the node network, schema-valid and lint-clean', () => {
    const app = planApp(
      converge([
        res('package', 'prometheus-node-exporter', { actions: ['install'] }),
        res('systemd_unit', 'prometheus-node-exporter.service', {
          actions: ['create', 'enable'],
          properties: { content: '[Service]\nExecStart=/usr/bin/prometheus-node-exporter --path.procfs=/host/proc --path.sysfs=/host/sys\n' },
        }),
        res('service', 'prometheus-node-exporter', { actions: ['enable', 'start'] }),
      ]),
      opts,
    );
    const u = app.units[0]!;
    expect(u.workload).toBe('DaemonSet');
    expect(u.nodeAccess).toEqual({ hostPaths: [{ path: '/proc', mountPath: '/host/proc' }, { path: '/sys', mountPath: '/host/sys' }], hostNetwork: true });
    expect(u.notes.join('\n')).toMatch(/node agent: a DaemonSet, one pod on every node, with the node's \/proc at \/host\/proc, \/sys at \/host\/sys mounted read-only, on the node's network/);
    expect(app.decisions[2]!.reason).toMatch(/^node agent: reports the node's own metrics/);

    const emitted = emitPlan({ apps: [app] }, { includeSecrets: false, redact: [] });
    const manifest = emitted.files.find((f) => f.path.endsWith('daemonset.yaml'))!;
    const docs = parseAllDocuments('text' in manifest ? manifest.text : '').map((d) => d.toJS());
    for (const d of docs) expect(validateManifest(d)).toEqual([]);
    expect(lintKubernetes(docs)).toEqual([]);
    const spec = docs[0].spec.template.spec;
    expect(spec.hostNetwork).toBe(true);
    expect(spec.volumes).toEqual([
      { name: 'host', hostPath: { path: '/proc', type: 'Directory' } },
      { name: 'host-2', hostPath: { path: '/sys', type: 'Directory' } },
    ]);
    expect(spec.containers[0].volumeMounts).toEqual([
      { name: 'host', mountPath: '/host/proc', readOnly: true },
      { name: 'host-2', mountPath: '/host/sys', readOnly: true },
    ]);
  });

  it('a log shipper reads /var/log and stays on the pod network', () => {
    const app = planApp(converge([res('package', 'fluent-bit', { actions: ['install'] }), res('service', 'fluent-bit', { actions: ['start'] })]), opts);
    expect(app.units[0]).toMatchObject({ workload: 'DaemonSet', nodeAccess: { hostPaths: [{ path: '/var/log', mountPath: '/var/log' }], hostNetwork: false } });
  });
});

describe('a service named with its unit suffix', () => {
  it('nfs-config.service is the listed nfs-config', async () => {
    const { hostRoleFromList } = await import('../../src/plan/host-role.js');
    const { loadHostServices } = await import('../../src/plan/catalog/load-host-services.js');
    const { entries } = loadHostServices();
    expect(hostRoleFromList('nfs-config.service', entries)).toMatchObject({ role: 'host', reason: expect.stringMatching(/kernel NFS server/) });
  });
});
