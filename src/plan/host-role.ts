/**
 * Whether a started service manages the host (no place in a pod) or watches
 * it (a node agent: one pod per node), decided from package facts where they
 * are there — the capabilities, host paths and boot placement (DefaultDependencies=no,
 * ConditionVirtualization=!container) of the unit its package ships —
 * and otherwise from catalog/host/services.yaml. Issue 14.
 */
import type { SystemdUnitFact } from '../model/package-facts.js';
import type { HostServiceEntry, NodeAccess } from './catalog/host-service-entry.js';

export type HostRole =
  | { readonly role: 'host'; readonly reason: string }
  | { readonly role: 'node-agent'; readonly reason: string; readonly access: NodeAccess };

/** Capabilities that act on the whole node rather than on a process: a unit keeping one manages the host. */
const HOST_CAPABILITIES: Readonly<Record<string, string>> = {
  CAP_SYS_TIME: "sets the node's clock",
  CAP_SYS_MODULE: 'loads kernel modules into the node',
  CAP_NET_ADMIN: "configures the node's network (interfaces, routes, firewall)",
  CAP_MAC_ADMIN: "administers the node's mandatory access control (AppArmor, SELinux)",
};

/** Kernel and node interfaces: a unit that may write one changes the node, not a process. */
const HOST_PATHS = ['/proc/sys', '/sys', '/dev', '/etc/resolv.conf', '/run/resolvconf', '/run/systemd/resolve'];

function capabilitiesOf(unit: SystemdUnitFact): string[] {
  // A set starting with `~` is everything except what it names: it says nothing about what the unit needs.
  return [unit.capabilityBoundingSet, unit.ambientCapabilities].flatMap((v) => (v && !v.trim().startsWith('~') ? v.trim().split(/\s+/) : []));
}

function writablePathsOf(unit: SystemdUnitFact): string[] {
  return unit.raw
    .split('\n')
    .flatMap((line) => /^\s*(ReadWritePaths|ReadWriteDirectories)\s*=\s*(.*)$/.exec(line)?.[2]?.split(/\s+/) ?? [])
    .map((p) => p.replace(/^[-+]/, ''))
    .filter(Boolean);
}

/**
 * What the unit says of its own place in the boot: `DefaultDependencies=no`
 * takes it out of the ordinary services (started after sysinit.target and
 * basic.target, stopped at shutdown) — systemd's own early-boot units,
 * journald, udev and the NFS kernel helpers (nfs-blkmap, rpc-gssd) declare it;
 * a daemon that serves applications never does. `ConditionVirtualization=!container`
 * says in the unit's own words that it does not run in a container.
 */
export function bootLevelOf(unit: SystemdUnitFact): string | undefined {
  const lines = unit.raw.split('\n').map((l) => l.trim());
  const value = (key: string) => lines.flatMap((l) => (l.startsWith(`${key}=`) ? [l.slice(key.length + 1).trim()] : []));
  if (value('ConditionVirtualization').some((v) => v === '!container')) return `its unit ${unit.name} says ConditionVirtualization=!container: it does not run in a container (package facts)`;
  if (value('DefaultDependencies').some((v) => /^(no|false|off|0)$/i.test(v))) {
    return `its unit ${unit.name} sets DefaultDependencies=no: it runs in the node's early boot or shutdown, outside the ordinary services (package facts)`;
  }
  return undefined;
}

/** What the service's packaged unit says about the host, when it says anything. */
export function hostRoleFromUnit(unit: SystemdUnitFact): HostRole | undefined {
  const boot = bootLevelOf(unit);
  if (boot) return { role: 'host', reason: boot };
  const cap = capabilitiesOf(unit).find((c) => HOST_CAPABILITIES[c] !== undefined);
  if (cap) return { role: 'host', reason: `${HOST_CAPABILITIES[cap]}: its unit ${unit.name} keeps ${cap} (package facts)` };
  const path = writablePathsOf(unit).find((p) => HOST_PATHS.some((h) => p === h || p.startsWith(`${h}/`)));
  if (path) return { role: 'host', reason: `its unit ${unit.name} writes ${path}, which is the node's (package facts)` };
  return undefined;
}

export function hostRoleFromList(service: string, list: readonly HostServiceEntry[]): HostRole | undefined {
  // service_name may carry the unit suffix (`nfs-config.service`): systemd names the same service either way.
  const bare = (name: string) => name.replace(/\.service$/, '');
  const entry = list.find((e) => e.services.some((s) => bare(s) === bare(service)));
  if (!entry) return undefined;
  const from = `catalog/host/services.yaml, ${entry.name}`;
  if (entry.role === 'host') return { role: 'host', reason: `${entry.reason} (${from})` };
  return { role: 'node-agent', reason: `${entry.reason} (${from})`, access: entry.access };
}

/** Facts first, then the list; a node agent the list names stays one even when facts say nothing more. */
export function hostRoleOf(service: string, unit: SystemdUnitFact | undefined, list: readonly HostServiceEntry[]): HostRole | undefined {
  const listed = hostRoleFromList(service, list);
  if (listed?.role === 'node-agent') return listed;
  return (unit ? hostRoleFromUnit(unit) : undefined) ?? listed;
}

/**
 * A host entry for what the unit's package provides (Debian's virtual names:
 * syslog-ng-core provides system-log-daemon). Only for a service its package
 * starts and no resource names: a cookbook that only installs a system logger
 * makes it the node's; one that configures and starts it decides by that resource.
 */
export function hostRoleFromProvides(provides: readonly string[], list: readonly HostServiceEntry[]): HostRole | undefined {
  for (const entry of list) {
    const virtual = entry.role === 'host' ? entry.provides.find((v) => provides.includes(v)) : undefined;
    if (virtual) return { role: 'host', reason: `its package provides ${virtual}: ${entry.reason} (catalog/host/services.yaml, ${entry.name})` };
  }
  return undefined;
}

/** The entry whose packages include one of these, for package resources. */
export function hostEntryForPackages(names: readonly string[], list: readonly HostServiceEntry[]): HostServiceEntry | undefined {
  return list.find((e) => e.role === 'host' && names.some((n) => e.packages.includes(n)));
}
