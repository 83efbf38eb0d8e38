import type { App, NetworkRule, Unit, UnitExposure } from '../../model/plan.js';
import { networkRules } from './network-rules.js';

/**
 * The app's exposure and policy rules after plan.yaml reshaped its units: a
 * unit it removed or renamed, or a port it took away, is no longer exposed
 * or allowed; what remains keeps its evidence. Connections between units
 * that still exist are kept as they were.
 */
export function reshapedReachability(app: App, units: readonly Unit[]): Pick<App, 'exposure' | 'networkRules'> {
  const declared = (unit: string, port: number) => units.find((u) => u.name === unit)?.ports.some((p) => p.port === port) ?? false;
  const exposure: UnitExposure[] = (app.exposure ?? []).flatMap((e) => {
    const rules = e.ingress?.rules.filter((r) => declared(e.unit, r.port)) ?? [];
    const ports = e.loadBalancer?.ports.filter((p) => declared(e.unit, p.port)) ?? [];
    if (!rules.length && !ports.length) return [];
    return [{ unit: e.unit, ...(rules.length ? { ingress: { rules } } : {}), ...(ports.length ? { loadBalancer: { ports } } : {}), evidence: e.evidence }];
  });
  const names = new Set(units.map((u) => u.name));
  const connections: NetworkRule[] = (app.networkRules ?? []).filter((r) => r.kind === 'connection' && names.has(r.toUnit ?? '') && names.has(r.fromUnit ?? ''));
  return { ...(exposure.length ? { exposure } : {}), networkRules: [...networkRules(app.name, units, exposure, []), ...connections] };
}
