import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { applyPlanFile } from '../../src/plan/plan-file/apply-plan-file.js';
import { readPlanFile } from '../../src/plan/plan-file/read-plan-file.js';
import { toPlanFile } from '../../src/plan/plan-file/to-plan-file.js';
import { planApp } from '../../src/plan/plan-app.js';
import { toYaml } from '../../src/emit/kubernetes/to-yaml.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();

function twoServices() {
  return planApp(
    converge([
      res('package', 'nginx'),
      res('package', 'memcached'),
      res('template', '/etc/memcached.conf', { content: { kind: 'inline', text: '-p 11311\n-m 128\n' } }),
      res('service', 'nginx', { actions: ['start'] }),
      res('service', 'memcached', { actions: ['start'] }),
    ]),
    { name: 'shop', version: '2.0.0', labels: {}, catalog },
  );
}

describe('plan file', () => {
  it('round-trips: what decant writes reads back unchanged', () => {
    const app = twoServices();
    const text = toYaml(toPlanFile({ apps: [app] }));
    const r = readPlanFile(text, 'plan.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.plan).toEqual(parse(text));
    const again = applyPlanFile(app, r.plan!.apps[0]!);
    expect(again.app.units.map((u) => [u.name, u.packages.map((p) => p.name), u.ports.map((p) => p.port)])).toEqual(
      app.units.map((u) => [u.name, u.packages.map((p) => p.name), u.ports.map((p) => p.port)]),
    );
  });

  it('memcached command takes port and memory from the rendered config', () => {
    const mc = twoServices().units.find((u) => u.name === 'memcached')!;
    // -vv: memcached logs each connection to its output (catalog/logs/request-options.yaml).
    expect(mc.command).toEqual(['memcached', '-p', '11311', '-U', '0', '-m', '128', '-c', '1024', '-l', '0.0.0.0', '-vv']);
  });

  it('reports unknown keys and bad values with their line', () => {
    const text = 'version: 1\napps:\n  - name: shop\n    units:\n      - name: nginx\n        workload: Deployment\n        baseImage: debian:latest\n        command: [nginx]\n        ports: [80]\n        dataDirs: []\n        tunable: []\n        resources: []\n        replicas: 3\n';
    const r = readPlanFile(text, 'plan.yaml');
    expect(r.plan).toBeUndefined();
    const msgs = r.diagnostics.map((d) => `${d.code} ${d.location?.line}: ${d.message}`);
    expect(msgs).toContain('DEC0504 13: unknown key `replicas` (known: name, workload, baseImage, command, user, ports, dataDirs, tunable, schedule, resources, ownPod, network)');
    expect(msgs.some((m) => m.startsWith('DEC0504 7: baseImage must be a pinned image'))).toBe(true);
  });

  it('ownPod: a boolean, read back as written', () => {
    const unit = '      - name: worker\n        workload: Deployment\n        baseImage: debian:bookworm-slim\n        command: [worker]\n        ports: []\n        dataDirs: []\n        tunable: []\n        resources: []\n';
    const ok = readPlanFile(`version: 1\napps:\n  - name: shop\n    units:\n${unit}        ownPod: true\n`, 'plan.yaml');
    expect(ok.diagnostics).toEqual([]);
    expect(ok.plan!.apps[0]!.units[0]!.ownPod).toBe(true);
    const bad = readPlanFile(`version: 1\napps:\n  - name: shop\n    units:\n${unit}        ownPod: yes please\n`, 'plan.yaml');
    expect(bad.diagnostics.map((d) => `${d.location?.line}: ${d.message}`)).toEqual(['13: ownPod must be true or false']);
  });

  it('merges two units into one when a reviewer moves the resources', () => {
    const app = twoServices();
    const file = toPlanFile({ apps: [app] }).apps[0]!;
    const [nginx, memcached] = file.units;
    const merged = { ...file, units: [{ ...nginx!, ports: [80, 11311], resources: [...nginx!.resources, ...memcached!.resources] }] };
    const r = applyPlanFile(app, merged);
    expect(r.diagnostics).toEqual([]);
    expect(r.app.units).toHaveLength(1);
    expect(r.app.units[0]!.packages.map((p) => p.name)).toEqual(['nginx', 'memcached']);
    expect(r.app.units[0]!.ports.map((p) => p.port)).toEqual([80, 11311]);
    expect(r.app.decisions.find((d) => d.name === 'memcached' && d.type === 'package')!.unit).toBe('nginx');
  });

  it('changes the base image and warns about resources it does not know', () => {
    const app = twoServices();
    const file = toPlanFile({ apps: [app] }).apps[0]!;
    const edited = { ...file, units: file.units.map((u) => ({ ...u, baseImage: 'debian:bullseye-slim', resources: [...u.resources, 'package[nope]'] })) };
    const r = applyPlanFile(app, edited);
    expect(r.app.units.every((u) => u.baseImage === 'debian:bullseye-slim')).toBe(true);
    expect(r.diagnostics.filter((d) => d.code === 'DEC0504')).toHaveLength(2);
  });
});
