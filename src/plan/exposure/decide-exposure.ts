import type { Resource } from '../../model/converge.js';
import type { ExposureEvidence, PortSpec, Unit, UnitExposure } from '../../model/plan.js';
import type { VirtualHostSyntax } from '../catalog/load-virtual-hosts.js';
import { firewallOpenings, type FirewallOpening } from './firewall-openings.js';
import { virtualHostNames, type VirtualHostName } from './virtual-host-names.js';

/**
 * Ports a web server serves the world on when it listens on every interface:
 * a declared port is never a loopback-only bind (src/plan/ports leaves those
 * undeclared), so a unit declaring one of these is meant to be public.
 */
const PUBLIC_WEB_PORTS = new Set([80, 443]);

/** Units that can be reached through a Service at all: a node agent on the node's network, a job or cron entry, cannot. */
function serves(unit: Unit): boolean {
  return (unit.workload === 'Deployment' || unit.workload === 'StatefulSet') && unit.ports.length > 0;
}

/** The port a virtual host serves on: its file's listen directive, else the unit's HTTP port, else the unit's only port. */
function vhostPort(unit: Unit, name: VirtualHostName): PortSpec | undefined {
  const tcp = unit.ports.filter((p) => p.protocol === 'TCP');
  return tcp.find((p) => p.port === name.port) ?? tcp.find((p) => p.speaks === 'http') ?? (tcp.length === 1 ? tcp[0] : undefined);
}

interface PublicPort {
  readonly port: PortSpec;
  readonly evidence: ExposureEvidence;
  /** A virtual host answers on it: HTTP, whatever its number. */
  readonly vhost: boolean;
}

function publicPorts(unit: Unit, names: readonly VirtualHostName[], openings: readonly FirewallOpening[]): PublicPort[] {
  const out: PublicPort[] = [];
  for (const n of names) {
    const port = vhostPort(unit, n);
    if (port) out.push({ port, vhost: true, evidence: { reason: `virtual host ${n.host} is a public name, served on port ${port.port}`, where: n.where } });
  }
  for (const o of openings) {
    const port = unit.ports.find((p) => p.port === o.port && p.protocol === o.protocol);
    if (port) out.push({ port, vhost: false, evidence: { reason: `the cookbook's firewall allows ${o.port}/${o.protocol} from anywhere`, where: o.where } });
  }
  for (const port of unit.ports) {
    if (port.protocol === 'TCP' && PUBLIC_WEB_PORTS.has(port.port)) {
      out.push({ port, vhost: false, evidence: { reason: `listens on ${port.port}, a public web port, on every interface`, where: port.where ?? `port ${port.port} (${port.from})` } });
    }
  }
  return out;
}

/**
 * How one unit is reached from outside, or undefined (ClusterIP only). Plain
 * HTTP goes through an Ingress, so hosts and paths route as the virtual host
 * says; HTTPS (the service terminates its own TLS, an Ingress would have to
 * re-encrypt) and every other protocol through a LoadBalancer Service.
 */
export function unitExposure(unit: Unit, syntaxes: readonly VirtualHostSyntax[], openings: readonly FirewallOpening[]): UnitExposure | undefined {
  if (!serves(unit)) return undefined;
  const names = virtualHostNames(unit.files, syntaxes);
  const found = publicPorts(unit, names, openings);
  if (!found.length) return undefined;
  const isHttp = (p: PublicPort) => p.port.speaks !== 'https' && (p.vhost || p.port.speaks === 'http');
  const named = names.flatMap((n) => {
    const port = vhostPort(unit, n);
    return port && found.some((f) => f.port === port && isHttp(f)) ? [{ host: n.host, path: '/', port: port.port }] : [];
  });
  // An HTTP port no public name is served on answers any host, as a default server does.
  const anyHost = [...new Set(found.filter(isHttp).map((f) => f.port.port))].filter((port) => !named.some((r) => r.port === port)).sort((a, b) => a - b).map((port) => ({ path: '/', port }));
  const rules = [...named, ...anyHost];
  const balanced = unit.ports.filter((p) => !rules.some((r) => r.port === p.port) && found.some((f) => f.port === p));
  return {
    unit: unit.name,
    ...(rules.length ? { ingress: { rules } } : {}),
    ...(balanced.length ? { loadBalancer: { ports: balanced.map((p) => ({ port: p.port, protocol: p.protocol, name: p.name })) } } : {}),
    evidence: dedupeEvidence(found.map((f) => f.evidence)),
  };
}

function dedupeEvidence(items: readonly ExposureEvidence[]): ExposureEvidence[] {
  return items.filter((e, i) => items.findIndex((o) => o.reason === e.reason && o.where === e.where) === i);
}

/** Every unit of an app the cookbook opens to the world, in unit order. */
export function appExposure(units: readonly Unit[], resources: readonly Resource[], syntaxes: readonly VirtualHostSyntax[]): UnitExposure[] {
  const openings = firewallOpenings(resources);
  return units.flatMap((u) => {
    const e = unitExposure(u, syntaxes, openings);
    return e ? [e] : [];
  });
}
