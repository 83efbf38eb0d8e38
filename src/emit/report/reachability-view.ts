import type { App, NetworkRule } from '../../model/plan.js';

/** How a rule's ports read: `8080/TCP, 53/UDP`, or `—` for a rule that allows nothing. */
function portsText(rule: NetworkRule): string {
  return rule.ports.map((p) => `${p.port}/${p.protocol}`).join(', ') || '—';
}

/** report.json's `exposure` and `networkPolicies`: each decision with its reason and the config or resource line behind it. */
export function reachabilityJson(app: App): { exposure: unknown[]; networkPolicies: unknown[] } {
  return {
    exposure: (app.exposure ?? []).map((e) => ({
      unit: e.unit,
      ...(e.ingress ? { ingress: { rules: e.ingress.rules.map((r) => ({ ...r })) } } : {}),
      ...(e.loadBalancer ? { loadBalancer: { ports: e.loadBalancer.ports.map((p) => ({ ...p })) } } : {}),
      evidence: e.evidence.map((v) => ({ ...v })),
    })),
    networkPolicies: (app.networkRules ?? []).map((r) => ({
      name: r.name,
      kind: r.kind,
      ...(r.toUnit ? { toUnit: r.toUnit } : {}),
      ...(r.fromUnit ? { fromUnit: r.fromUnit } : {}),
      ports: r.ports.map((p) => ({ ...p })),
      reason: r.reason,
      ...(r.where ? { where: r.where } : {}),
    })),
  };
}

/** report.md's lines: one per exposed unit, one per policy rule. */
export function reachabilityLines(app: App): { exposure: string[]; policies: string[] } {
  const served = new Set((app.exposure ?? []).map((e) => e.unit));
  return {
    exposure: [
      ...(app.exposure ?? []).map((e) => {
        const how = [
          ...(e.ingress ? [`Ingress ${e.ingress.rules.map((r) => `${r.host ?? 'any host'}${r.path} → port ${r.port}`).join(', ')}`] : []),
          ...(e.loadBalancer ? [`LoadBalancer Service ${e.unit}-public on ${e.loadBalancer.ports.map((p) => `${p.port}/${p.protocol}`).join(', ')}`] : []),
        ].join(' and ');
        return `**${e.unit}**: ${how}, because ${e.evidence.map((v) => `${v.reason} (${v.where})`).join('; ')}`;
      }),
      ...app.units.filter((u) => u.ports.length && !served.has(u.name)).map((u) => `**${u.name}**: ClusterIP only: nothing in the cookbook opens it to the world`),
    ],
    policies: (app.networkRules ?? []).map((r) => `\`${r.name}\` (${r.kind}, ${portsText(r)}): ${r.reason}${r.where ? ` (${r.where})` : ''}`),
  };
}
