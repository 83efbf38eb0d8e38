import type { App, Unit } from '../../model/plan.js';
import { podLabelUnit } from '../kubernetes/pod-of.js';
import { onNodeNetwork } from '../unit-network.js';
import { bridgeSubnets } from '../../model/unit-network.js';
import type { ComposeNetwork } from './compose-types.js';

/** A service's networks: each network's name, with the other names the service answers to there. */
export type ServiceNetworks = Readonly<Record<string, { readonly aliases?: readonly string[] }>>;

/** The network of one pod (its first unit's): every member answers there, as the pod does behind its Services. */
export const podNetworkName = (lead: string) => `${lead}-net`;

/**
 * The app's NetworkPolicies as Compose networks. Kubernetes denies all
 * traffic between the app's pods but for the `connection` rules; Compose
 * lets every service of the default network reach every other. So each pod
 * gets a network of its own, and a pod that a rule lets reach another joins
 * that one's network too — the same pairs reach each other, by service name
 * as by Service name. Compose cannot say direction or port, and a bridge
 * network reaches beyond the host (published ports need its gateway): the
 * rules narrow who talks to whom, not egress (docs/design-notes.md).
 * Undefined for a unit that joins another's network namespace or the host's.
 */
export function serviceNetworks(app: App, unit: Unit): ServiceNetworks | undefined {
  if (onNodeNetwork(unit)) return undefined;
  const lead = podLabelUnit(app, unit.name);
  if (lead !== unit.name) return undefined;
  const members = app.pods?.find((p) => p.units.includes(unit.name))?.units.filter((u) => u !== unit.name) ?? [];
  // A pod member's Service name reaches the pod: in Compose it is the lead container that holds the member's ports.
  const own: ServiceNetworks = { [podNetworkName(lead)]: members.length ? { aliases: [...members].sort() } : {} };
  const reached = (app.networkRules ?? [])
    .filter((r) => r.kind === 'connection' && r.fromUnit !== undefined && r.toUnit !== undefined && podLabelUnit(app, r.fromUnit) === lead)
    .map((r) => podLabelUnit(app, r.toUnit!))
    .filter((to) => to !== lead);
  return { ...own, ...Object.fromEntries([...new Set(reached)].sort().map((to) => [podNetworkName(to), {}])) };
}

/**
 * A network holding the subnets a unit's config serves (UnitNetwork), for a
 * unit not on the host's: Compose runs the service with an interface there,
 * as the pod gets one through plan.yaml's answer (one IPv4 and one IPv6
 * subnet, what a bridge holds). Units serving the same subnets share the
 * first one's network, as Docker refuses a second network holding a subnet;
 * one another project holds is said when `up` runs, not guessed here.
 */
export function subnetNetwork(app: App, unit: Unit): { readonly name: string; readonly network: ComposeNetwork } | undefined {
  const subnets = servedSubnets(unit);
  if (subnets.length === 0) return undefined;
  const first = app.units.find((u) => servedSubnets(u).join() === subnets.join()) ?? unit;
  const v6 = subnets.some((s) => s.includes(':'));
  return { name: `${first.name}-subnets`, network: { ...(v6 ? { enable_ipv6: true } : {}), ipam: { config: subnets.map((subnet) => ({ subnet })) } } };
}

function servedSubnets(unit: Unit): string[] {
  return onNodeNetwork(unit) ? [] : bridgeSubnets(unit.network?.subnets ?? []);
}
