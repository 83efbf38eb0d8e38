/**
 * What the unit's own config asks of its pod's network that the pod's own
 * network is not (catalog/directives/needs.yaml `network`: dhcpd answers only
 * on an interface in a subnet it declares). `attach` is the reviewer's answer
 * in plan.yaml; absent, the need is open (DEC0541, needsInput).
 */
export interface UnitNetwork {
  /** The subnets the config declares (CIDR, as written: IPv4 and IPv6), in order, each once. */
  readonly subnets: readonly string[];
  /** The config line that asks: `path:line (directive; catalog/directives/needs.yaml)`. */
  readonly where: string;
  /** Why the daemon needs it (the catalog's citation). */
  readonly why: string;
  /** What to do (the catalog's `network`). */
  readonly need: string;
  readonly attach?: NetworkAttach;
}

/** plan.yaml's answer: the node's network, or a second interface through a Multus NetworkAttachmentDefinition (`name` or `namespace/name`). */
export type NetworkAttach = { readonly kind: 'host' } | { readonly kind: 'attachment'; readonly name: string };

/** plan.yaml's `network:` of a unit, as written: the node's network, or a Multus attachment by name. */
export type PlanFileNetwork = { readonly hostNetwork: true } | { readonly attachment: string };

/**
 * The subnets one Docker bridge network can hold of those a unit serves: the
 * first IPv4 one and the first IPv6 one (the bridge driver takes one pool of
 * each). verify's network and compose.yaml's hold these.
 */
export function bridgeSubnets(subnets: readonly string[]): string[] {
  const v4 = subnets.find((s) => !s.includes(':'));
  const v6 = subnets.find((s) => s.includes(':'));
  return [v4, v6].filter((s): s is string => s !== undefined);
}
