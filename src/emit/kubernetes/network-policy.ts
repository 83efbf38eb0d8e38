import type { App, NetworkRule, Unit } from '../../model/plan.js';
import type { NetworkPolicy, NetworkPolicyPort } from './types.js';
import { podLabelUnit } from './pod-of.js';

const appSelector = (app: App) => ({ matchLabels: { 'app.kubernetes.io/part-of': app.name } });
// A unit sharing a pod (src/plan/connections) is selected by the labels that pod carries.
const unitSelector = (app: App, unit: string) => ({ matchLabels: { 'app.kubernetes.io/name': podLabelUnit(app, unit), 'app.kubernetes.io/part-of': app.name } });

function labels(app: App): Record<string, string> {
  return { 'app.kubernetes.io/managed-by': 'decant', 'app.kubernetes.io/part-of': app.name };
}

function policy(app: App, name: string, reason: string, spec: NetworkPolicy['spec']): NetworkPolicy {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, labels: labels(app), annotations: { 'decant.io/reason': reason } }, spec };
}

const portsOf = (rule: NetworkRule): NetworkPolicyPort[] => rule.ports.map((p) => ({ port: p.port, protocol: p.protocol }));

/**
 * The NetworkPolicy objects of one rule (src/plan/exposure/network-rules.ts).
 * A connection is two objects: the receiving pods admit the sender, and the
 * sender's pods may leave towards the receiver, since the app's default
 * denies both directions.
 */
export function networkPolicies(app: App, rule: NetworkRule, units: readonly Unit[]): NetworkPolicy[] {
  const known = (name: string | undefined) => name !== undefined && units.some((u) => u.name === name);
  switch (rule.kind) {
    case 'default-deny':
      return [policy(app, rule.name, rule.reason, { podSelector: appSelector(app), policyTypes: ['Ingress', 'Egress'] })];
    case 'dns-egress':
      return [
        policy(app, rule.name, rule.reason, {
          podSelector: appSelector(app),
          policyTypes: ['Egress'],
          egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }], ports: portsOf(rule) }],
        }),
      ];
    case 'public-ingress':
      if (!known(rule.toUnit)) return [];
      // No `from`: any address, which is what the cookbook's host said and what an ingress controller in any namespace needs.
      return [policy(app, rule.name, rule.reason, { podSelector: unitSelector(app, rule.toUnit!), policyTypes: ['Ingress'], ingress: [{ ports: portsOf(rule) }] })];
    case 'connection':
      if (!known(rule.toUnit) || !known(rule.fromUnit)) return [];
      return [
        policy(app, rule.name, rule.reason, {
          podSelector: unitSelector(app, rule.toUnit!),
          policyTypes: ['Ingress'],
          ingress: [{ from: [{ podSelector: unitSelector(app, rule.fromUnit!) }], ports: portsOf(rule) }],
        }),
        policy(app, `${rule.name}-egress`, rule.reason, {
          podSelector: unitSelector(app, rule.fromUnit!),
          policyTypes: ['Egress'],
          egress: [{ to: [{ podSelector: unitSelector(app, rule.toUnit!) }], ports: portsOf(rule) }],
        }),
      ];
    default:
      return [];
  }
}
