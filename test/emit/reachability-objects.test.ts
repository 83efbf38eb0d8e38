import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { emitPlan } from '../../src/emit/emit-plan.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { lintKubernetes } from '../support/lint/kube-lint.js';
import { validateManifest } from '../support/lint/kubernetes-schema.js';
import { converge, nginxSite, res } from '../plan/make-converge.js';

const { catalog } = loadCatalog();

/** A web front (public name), a cache the firewall opens to anywhere, and the web → cache connection the wiring gives. */
function emitted() {
  const c = converge([
    ...nginxSite(8080).resources,
    res('package', 'memcached', { actions: ['install'] }),
    res('firewall_rule', 'memcached', { actions: ['create'], properties: { port: 11211 } }),
    res('service', 'memcached', { actions: ['enable', 'start'] }),
  ]);
  const app = planApp(c, { name: 'shop', version: '1.0.0', labels: {}, catalog, edges: [{ fromUnit: 'nginx', toUnit: 'memcached', protocol: 'TCP', port: 11211, reason: 'test edge' }] });
  return emitPlan({ apps: [app] }, { includeSecrets: false, redact: [] }).files;
}

describe('Ingress, LoadBalancer Service and NetworkPolicy objects', () => {
  const files = emitted();
  const k8s = files.filter((f) => f.path.startsWith('shop/k8s/') && 'text' in f) as { path: string; text: string }[];
  const names = k8s.map((f) => f.path.replace('shop/k8s/', ''));

  it('writes each object to its own file and lists every one in kustomization.yaml', () => {
    expect(names).toEqual(expect.arrayContaining([
      'nginx-ingress.yaml', 'memcached-public-service.yaml', 'nginx-public-networkpolicy.yaml', 'memcached-public-networkpolicy.yaml',
      'shop-default-deny-networkpolicy.yaml', 'shop-dns-egress-networkpolicy.yaml', 'memcached-from-nginx-networkpolicy.yaml', 'memcached-from-nginx-egress-networkpolicy.yaml',
    ]));
    const kustomization = parse(k8s.find((f) => f.path.endsWith('kustomization.yaml'))!.text) as { resources: string[] };
    expect(kustomization.resources).toEqual(names.filter((n) => n !== 'kustomization.yaml').sort());
  });

  it('is schema-valid and lint-clean', () => {
    const docs = k8s.map((f) => parse(f.text) as unknown);
    for (const [i, d] of docs.entries()) expect({ file: names[i], errors: validateManifest(d) }).toEqual({ file: names[i], errors: [] });
    expect(lintKubernetes(docs)).toEqual([]);
  });

  it('admits the sender on the edge port, and lets the sender leave towards the receiver only', () => {
    const inbound = parse(k8s.find((f) => f.path.endsWith('memcached-from-nginx-networkpolicy.yaml'))!.text);
    expect(inbound.spec).toEqual({
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'memcached', 'app.kubernetes.io/part-of': 'shop' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'nginx', 'app.kubernetes.io/part-of': 'shop' } } }], ports: [{ port: 11211, protocol: 'TCP' }] }],
    });
    const outbound = parse(k8s.find((f) => f.path.endsWith('memcached-from-nginx-egress-networkpolicy.yaml'))!.text);
    expect(outbound.spec.policyTypes).toEqual(['Egress']);
    expect(outbound.spec.podSelector.matchLabels['app.kubernetes.io/name']).toBe('nginx');
  });

  it('puts the non-HTTP public port on a LoadBalancer Service beside the ClusterIP one', () => {
    const lb = parse(k8s.find((f) => f.path.endsWith('memcached-public-service.yaml'))!.text);
    expect(lb.spec).toMatchObject({ type: 'LoadBalancer', ports: [{ name: 'memcache', port: 11211, targetPort: 11211, protocol: 'TCP' }] });
    expect(parse(k8s.find((f) => f.path.endsWith('memcached-service.yaml'))!.text).spec.type).toBe('ClusterIP');
  });

  it('says in report.json why each rule exists', () => {
    const report = JSON.parse((files.find((f) => f.path === 'report.json') as { text: string }).text);
    const policies = report.apps[0].networkPolicies as { name: string; reason: string; where?: string }[];
    expect(policies.map((p) => p.name)).toEqual(['shop-default-deny', 'shop-dns-egress', 'nginx-public', 'memcached-public', 'memcached-from-nginx']);
    expect(policies.find((p) => p.name === 'memcached-public')?.where).toMatch(/^firewall_rule\[memcached\] at web\/recipes\/default\.rb:\d+$/);
    expect(report.apps[0].exposure.map((e: { unit: string }) => e.unit)).toEqual(['nginx', 'memcached']);
  });
});
