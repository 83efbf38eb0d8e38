/**
 * What the running container listens on, against what the unit declares:
 * a declared port nothing listens on is a unit that does not serve what its
 * Service routes to; a listener nobody declared is a port no Service reaches.
 * Loopback-only listeners are the service's own business (an admin socket):
 * reported, not failed. Read from /proc/net inside the container (the
 * InSpec `port` resource's reader), so the image needs no ss or netstat.
 */
import type { ImagePort } from '../model/image-data.js';
import type { Listener } from './inspec/resources/proc-net.js';

export interface SocketCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

/** The shell loop that prints the four /proc/net tables, each after `@@name` (parseListeners reads it). */
export const PROC_NET_SCRIPT = 'for t in tcp tcp6 udp udp6; do echo "@@$t"; cat /proc/net/$t 2>/dev/null; done';

const isLoopback = (address: string) => /^127\./.test(address) || address === '::1' || /^::ffff:127\./.test(address);

/**
 * Linux gives client UDP sockets a port from 32768-60999 (ip_local_port_range):
 * a resolver's or a sender's socket there is not a service, so only UDP
 * listeners below it count as undeclared.
 */
const EPHEMERAL_UDP_FROM = 32768;

const transportOf = (l: Listener): 'TCP' | 'UDP' => (l.protocol.startsWith('tcp') ? 'TCP' : 'UDP');

function describe(ls: readonly Listener[]): string {
  return [...new Set(ls.map((l) => `${l.address.includes(':') ? `[${l.address}]` : l.address}:${l.port}`))].join(', ');
}

export function compareListeners(declared: readonly ImagePort[], listeners: readonly Listener[]): SocketCheck[] {
  const checks: SocketCheck[] = [];
  for (const d of declared) {
    const on = listeners.filter((l) => l.port === d.port && transportOf(l) === d.protocol);
    const reachable = on.filter((l) => !isLoopback(l.address));
    const name = `port ${d.port}/${d.protocol} listens`;
    if (reachable.length) checks.push({ name, ok: true, detail: `listening on ${describe(reachable)}` });
    else if (on.length) checks.push({ name, ok: false, detail: `declared, but listening on loopback only (${describe(on)}): other pods cannot reach it` });
    else checks.push({ name, ok: false, detail: `declared, but nothing in the container listens on ${d.port}/${d.protocol}` });
  }
  const undeclared = listeners.filter(
    (l) => !declared.some((d) => d.port === l.port && d.protocol === transportOf(l)) && !(transportOf(l) === 'UDP' && l.port >= EPHEMERAL_UDP_FROM),
  );
  const byPort = new Map<string, Listener[]>();
  for (const l of undeclared) byPort.set(`${l.port}/${transportOf(l)}`, [...(byPort.get(`${l.port}/${transportOf(l)}`) ?? []), l]);
  for (const [key, ls] of [...byPort].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    const reachable = ls.filter((l) => !isLoopback(l.address));
    checks.push(
      reachable.length
        ? { name: `listener ${key} is declared`, ok: false, detail: `the container listens on ${describe(reachable)}, which the unit does not declare: add the port in plan.yaml or stop the service from opening it` }
        : { name: `listener ${key} (loopback only)`, ok: true, detail: `info: listens on ${describe(ls)} only, not reachable from other pods; not declared` },
    );
  }
  return checks;
}
