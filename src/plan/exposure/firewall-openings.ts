import type { Resource } from '../../model/converge.js';
import type { Data } from '../../model/data.js';
import { sourceAt } from '../config-matches.js';
import { num, str, strList } from '../property-values.js';
import { resourceId } from '../resource-id.js';

/** A port a cookbook's firewall opens to every address: what the host's firewall said about exposure. */
export interface FirewallOpening {
  readonly port: number;
  readonly protocol: 'TCP' | 'UDP';
  readonly where: string;
}

/**
 * Firewall resources decant drops as host-level (src/plan/resources/host-level.ts)
 * whose properties say "allow this port from anywhere": the firewall
 * cookbook's `firewall_rule` (port, source, protocol, command, direction).
 * iptables rules are raw text in templates and are not read.
 */
const RULE_TYPES = new Set(['firewall_rule']);
const ANYWHERE = new Set(['0.0.0.0/0', '::/0', 'any', '0.0.0.0', 'anywhere']);

/** A port property as the firewall cookbook takes it: an integer, a list, a `'8000:8010'`/`'8000-8010'` range (first port only is not enough: all, up to 64). */
function portsOf(v: Data | undefined): number[] {
  if (Array.isArray(v)) return v.flatMap((x) => portsOf(x));
  const n = num(v);
  if (n !== undefined) return n > 0 && n < 65536 ? [n] : [];
  const range = /^(\d+)[:-](\d+)$/.exec(str(v) ?? '');
  if (!range) return [];
  const [lo, hi] = [Number(range[1]), Number(range[2])];
  return hi >= lo && hi - lo < 64 && hi < 65536 ? Array.from({ length: hi - lo + 1 }, (_, i) => lo + i) : [];
}

/** What `firewall_rule` defaults to when a property is left out: allow, inbound, tcp, from 0.0.0.0/0. */
function opensToAll(r: Resource): boolean {
  const command = (str(r.properties['command']) ?? 'allow').replace(/^:/, '');
  const direction = (str(r.properties['direction']) ?? 'in').replace(/^:/, '');
  const sources = strList(r.properties['source']);
  return (command === 'allow' || command === 'accept') && direction === 'in' && (sources.length === 0 || sources.some((s) => ANYWHERE.has(s)));
}

export function firewallOpenings(resources: readonly Resource[]): FirewallOpening[] {
  return resources.flatMap((r) => {
    if (!RULE_TYPES.has(r.type) || r.actions.includes('nothing') || r.actions.includes('delete') || !opensToAll(r)) return [];
    const protocol = (str(r.properties['protocol']) ?? 'tcp').replace(/^:/, '').toLowerCase() === 'udp' ? 'UDP' : 'TCP';
    const ports = portsOf(r.properties['port'] ?? r.properties['dest_port']);
    return ports.map((port) => ({ port, protocol, where: `${resourceId(r)} at ${sourceAt(r.source)}` }) as const);
  });
}
