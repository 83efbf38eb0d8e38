import type { NetworkRule, Unit, UnitExposure } from '../../model/plan.js';

/**
 * One connection between two units of an app: the `from` unit's pods open
 * `port` on the `to` unit's. The connection graph (issue 20, part 1) gives
 * these; any list of this shape plugs in.
 */
export interface PolicyEdge {
  readonly fromUnit: string;
  readonly toUnit: string;
  /** Absent: every port the receiving unit declares with this protocol. */
  readonly port?: number;
  readonly protocol: 'TCP' | 'UDP';
  /** Why the units connect, for the report. */
  readonly reason?: string;
  readonly where?: string;
}

/** DNS name resolution through the cluster's DNS, in kube-system. */
const DNS_PORTS = [
  { port: 53, protocol: 'UDP' as const },
  { port: 53, protocol: 'TCP' as const },
];

function portsFor(unit: Unit | undefined, edge: PolicyEdge): NetworkRule['ports'] {
  if (edge.port !== undefined) return [{ port: edge.port, protocol: edge.protocol }];
  return (unit?.ports ?? []).filter((p) => p.protocol === edge.protocol).map((p) => ({ port: p.port, protocol: p.protocol }));
}

/**
 * The app's NetworkPolicies as rules: nothing reaches or leaves the app's
 * pods unless a rule says why. Pure: the same units, exposure and edges give
 * the same rules in the same order.
 */
export function networkRules(appName: string, units: readonly Unit[], exposure: readonly UnitExposure[], edges: readonly PolicyEdge[]): NetworkRule[] {
  // No pods, nothing to police: an app whose units all failed gets no objects.
  if (units.length === 0) return [];
  const rules: NetworkRule[] = [
    {
      name: `${appName}-default-deny`,
      kind: 'default-deny',
      ports: [],
      reason: "every pod of the app refuses traffic in and out unless a rule below allows it: the cookbook's host was reached only where it opened ports",
    },
    {
      name: `${appName}-dns-egress`,
      kind: 'dns-egress',
      ports: DNS_PORTS,
      reason: "every pod resolves names through the cluster's DNS in kube-system (the host's resolver in the cookbook's world)",
    },
  ];
  for (const e of exposure) {
    const ports = [...[...new Set(e.ingress?.rules.map((r) => r.port) ?? [])].map((port) => ({ port, protocol: 'TCP' as const })), ...(e.loadBalancer?.ports.map((p) => ({ port: p.port, protocol: p.protocol })) ?? [])];
    rules.push({
      name: `${e.unit}-public`,
      kind: 'public-ingress',
      toUnit: e.unit,
      ports,
      reason: `${e.unit} is public: ${e.evidence.map((v) => v.reason).join('; ')}`,
      where: e.evidence.map((v) => v.where).join('; '),
    });
  }
  const byName = new Map(units.map((u) => [u.name, u]));
  for (const edge of edges) {
    if (!byName.has(edge.fromUnit) || !byName.has(edge.toUnit) || edge.fromUnit === edge.toUnit) continue;
    const ports = portsFor(byName.get(edge.toUnit), edge);
    if (!ports.length) continue;
    const name = `${edge.toUnit}-from-${edge.fromUnit}`;
    const same = rules.find((r) => r.name === name);
    if (same) {
      rules[rules.indexOf(same)] = { ...same, ports: [...same.ports, ...ports.filter((p) => !same.ports.some((q) => q.port === p.port && q.protocol === p.protocol))] };
      continue;
    }
    rules.push({
      name,
      kind: 'connection',
      toUnit: edge.toUnit,
      fromUnit: edge.fromUnit,
      ports,
      reason: `${edge.fromUnit} connects to ${edge.toUnit}${edge.reason ? `: ${edge.reason}` : ''}`,
      ...(edge.where ? { where: edge.where } : {}),
    });
  }
  return rules;
}
