/**
 * Where a unit's pod is on the network, for every output: a node agent, or a
 * unit whose config serves a subnet and whose plan.yaml answer is the node's
 * network, runs on the node's; an answer naming a Multus attachment gives
 * the pod a second interface on it.
 */
import type { Unit } from '../model/plan.js';

/** The pod annotation Multus reads for the attachments a pod gets besides its own network. */
export const MULTUS_NETWORKS_ANNOTATION = 'k8s.v1.cni.cncf.io/networks';

export function onNodeNetwork(unit: Unit): boolean {
  return unit.nodeAccess?.hostNetwork === true || unit.network?.attach?.kind === 'host';
}

/** The Multus NetworkAttachmentDefinition plan.yaml names for the unit, if any. */
export function networkAttachment(unit: Unit): string | undefined {
  const a = unit.network?.attach;
  return a?.kind === 'attachment' ? a.name : undefined;
}
