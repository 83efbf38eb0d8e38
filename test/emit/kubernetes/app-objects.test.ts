import { describe, expect, it } from 'vitest';
import { emitPlan } from '../../../src/emit/emit-plan.js';
import { appObjects, kustomization } from '../../../src/emit/kubernetes/app-objects.js';
import type { App, Unit } from '../../../src/model/plan.js';
import { loadCatalog } from '../../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../../src/plan/plan-app.js';
import { converge, nginxSite, res } from '../../plan/make-converge.js';

const { catalog } = loadCatalog();

/** A public web front and a public cache the web front connects to: unit objects, and policies naming both. */
function shop(): App {
  const c = converge([
    ...nginxSite(8080).resources,
    res('package', 'memcached', { actions: ['install'] }),
    res('firewall_rule', 'memcached', { actions: ['create'], properties: { port: 11211 } }),
    res('service', 'memcached', { actions: ['enable', 'start'] }),
  ]);
  return planApp(c, { name: 'shop', version: '1.0.0', labels: {}, catalog, edges: [{ fromUnit: 'nginx', toUnit: 'memcached', protocol: 'TCP', port: 11211, reason: 'test edge' }] });
}

/** The unit with a field that throws when read: no planner makes it, it stands for a bug in the object writers. */
function throwing(unit: Unit): Unit {
  return Object.defineProperty({ ...unit }, 'ports', {
    get() {
      throw new Error('boom');
    },
  });
}

const options = { includeSecrets: false, mask: (text: string) => text };

describe('appObjects: every object of the kustomize base', () => {
  it('is exactly what emitPlan writes under k8s/, the kustomization listing them', () => {
    const app = shop();
    const all = appObjects(app, options, 'the kustomize base');
    const filed = [...all.units.flatMap((u) => u.objects), ...all.appLevel];
    const written = emitPlan({ apps: [app] }, { includeSecrets: false, redact: [] }).files.filter((f) => f.path.startsWith('shop/k8s/')).map((f) => f.path.slice('shop/k8s/'.length));
    expect([...filed.map((o) => o.file), 'kustomization.yaml'].sort()).toEqual(written);
    expect(kustomization(filed).resources).toEqual(filed.map((o) => o.file).sort());
    expect(all.units.map((u) => u.unit.name)).toEqual(['nginx', 'memcached']);
    expect(all.failures).toEqual([]);
  });

  it('puts the NetworkPolicies among the app-level objects, not a unit', () => {
    const all = appObjects(shop(), options, 'the kustomize base');
    expect(all.appLevel.map((o) => o.object.metadata.name)).toEqual([
      'shop-default-deny',
      'shop-dns-egress',
      'nginx-public',
      'memcached-public',
      'memcached-from-nginx',
      'memcached-from-nginx-egress',
    ]);
    expect(all.units.flatMap((u) => u.objects.map((o) => o.object.kind))).not.toContain('NetworkPolicy');
  });

  it('leaves out a unit whose objects throw, with a DEC0901 where it came from, and every policy naming it', () => {
    const app = shop();
    const broken: App = { ...app, units: app.units.map((u) => (u.name === 'memcached' ? throwing(u) : u)) };
    const all = appObjects(broken, options, 'the kustomize base');
    expect(all.units.map((u) => u.unit.name)).toEqual(['nginx']);
    expect(all.failures).toHaveLength(1);
    expect(all.failures[0]!.code).toBe('DEC0901');
    expect(all.failures[0]!.message).toMatch(/^internal error while making the objects of unit memcached for the kustomize base \(boom\); the unit is left out of the kustomize base$/);
    expect(all.failures[0]!.location).toEqual(app.units.find((u) => u.name === 'memcached')!.origin!.source);
    expect(all.appLevel.map((o) => o.object.metadata.name)).toEqual(['shop-default-deny', 'shop-dns-egress', 'nginx-public']);
  });
});
