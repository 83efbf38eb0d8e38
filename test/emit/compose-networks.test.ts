/**
 * The app's NetworkPolicies as Compose networks (src/emit/compose/compose-networks.ts):
 * who may reach whom in the manifests shares a network in compose.yaml, and nobody else does.
 */
import { describe, expect, it } from 'vitest';
import { serviceNetworks } from '../../src/emit/compose/compose-networks.js';
import type { App, NetworkRule, Unit } from '../../src/model/plan.js';

// Only what the function reads of an app: unit names, node access, pods and rules.
const unit = (name: string, hostNetwork = false) => ({ name, ...(hostNetwork ? { nodeAccess: { hostNetwork: true, hostPaths: [] } } : {}) }) as unknown as Unit;
const connection = (fromUnit: string, toUnit: string): NetworkRule => ({ name: `${fromUnit}-to-${toUnit}`, kind: 'connection', fromUnit, toUnit, ports: [{ port: 6379, protocol: 'TCP' }], reason: 'rewritten endpoint' });

const app = {
  name: 'shop',
  units: ['web', 'fpm', 'worker', 'store', 'agent'].map((n) => unit(n, n === 'agent')),
  pods: [{ name: 'fpm', units: ['fpm', 'web'], sharedDirs: ['/run/php'] }],
  networkRules: [
    { name: 'default-deny', kind: 'default-deny', ports: [], reason: 'deny' },
    // A rule from a pod member counts for its pod, and one to a member reaches the member's pod.
    connection('web', 'store'),
    connection('worker', 'web'),
  ],
} as unknown as App;
const of = (name: string) => serviceNetworks(app, app.units.find((u) => u.name === name)!);

describe('compose networks from the NetworkPolicies', () => {
  it("gives each pod its own network, the members' names as aliases on it", () => {
    expect(of('fpm')).toEqual({ 'fpm-net': { aliases: ['web'] }, 'store-net': {} });
    expect(of('store')).toEqual({ 'store-net': {} });
  });

  it('joins the sender of a connection rule to the receiver pod\'s network, and nobody else', () => {
    expect(of('worker')).toEqual({ 'fpm-net': {}, 'worker-net': {} });
    expect(Object.keys(of('store')!)).not.toContain('worker-net');
  });

  it('leaves out a unit in another\'s network namespace or on the host\'s network', () => {
    expect(of('web')).toBeUndefined();
    expect(of('agent')).toBeUndefined();
  });
});
