/**
 * A unit's construct ids are unique, as cdk8s requires among siblings: a unit holding its ClusterIP Service and the
 * LoadBalancer Service of its public ports gives each its own id (two 'service' ids made `cdk8s synth` throw).
 */
import { describe, expect, it } from 'vitest';
import { unitShape } from '../../../src/emit/cdk8s/unit-shape.js';
import type { KubernetesObject } from '../../../src/emit/kubernetes/types.js';

const labels = { 'app.kubernetes.io/name': 'dns' };
const service = (name: string, type: string): KubernetesObject =>
  ({ apiVersion: 'v1', kind: 'Service', metadata: { name, labels }, spec: { type, selector: labels, ports: [{ name: 'dns', port: 53, targetPort: 53, protocol: 'UDP' }] } }) as unknown as KubernetesObject;
const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'dns', labels },
  spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'dns', image: 'dns:1' }] } } },
} as unknown as KubernetesObject;

describe('unit construct ids', () => {
  it('give two Services of one unit their own ids, after their names; a kind held once keeps its plain id', () => {
    const shape = unitShape([deployment, service('dns', 'ClusterIP'), service('dns-public', 'LoadBalancer')]);
    const ids = shape.objects.map((o) => o.id);
    expect(ids).toEqual(['deployment', 'service-dns', 'service-dns-public']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keep the plain kind id for a unit with one Service', () => {
    expect(unitShape([deployment, service('dns', 'ClusterIP')]).objects.map((o) => o.id)).toEqual(['deployment', 'service']);
  });
});
