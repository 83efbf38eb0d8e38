/**
 * The ports of a service whose command does not come from the catalog
 * (issue 14), from every source that can say, in this order: the cookbook's
 * resource properties, the command's own flags, the config the cookbook
 * renders, the config its package ships and the cookbook leaves in place, and
 * the package's socket unit. Only files that belong to the service are read:
 * those under its config directory (`/etc/<service>/`, `/etc/<binary>/`, the
 * directory of a file its command names) and the files its command names.
 */
import type { Resource } from '../../model/converge.js';
import type { FileSpec, PortSpec } from '../../model/plan.js';
import type { PackageFactsView } from '../../model/package-facts.js';
import { readUnitFile } from '../../text/systemd-unit.js';
import { protocolOfPort, type ProtocolSpec } from '../catalog/load-protocols.js';
import type { DefaultPorts } from '../catalog/load-default-ports.js';
import { displayName, str } from '../property-values.js';
import { configFilesOfCommand, portsInCommand } from './command-line-ports.js';
import { portsInConfigText } from './config-text-ports.js';
import type { FoundPort } from './found-port.js';
import { portsOfServiceResource } from './resource-ports.js';
import { portsInSocketUnit } from './socket-unit-ports.js';

export interface UnitPortInput {
  readonly service: string;
  readonly command: readonly string[];
  readonly serviceResource?: Resource;
  readonly collection: readonly Resource[];
  /** The unit's files (the cookbook's). */
  readonly files: readonly FileSpec[];
  readonly facts?: { readonly view: PackageFactsView; readonly installed: readonly string[] };
  readonly protocols: readonly ProtocolSpec[];
  /** catalog/ports/defaults.yaml: where a daemon listens when nothing names a port. */
  readonly defaults?: readonly DefaultPorts[];
}

/**
 * Where the service's config lives: `/etc/<service>/`, and the files its
 * command names — or, when it names none, `/etc/<binary>/`. A binary's
 * directory may hold the configs of several instances (gunicorn's, one per
 * app), so once the command says which file is its own, only that one counts.
 */
export function serviceConfigScope(service: string, command: readonly string[]): { files: string[]; dirs: string[] } {
  const files = configFilesOfCommand(command);
  const binary = command[0]?.split('/').pop();
  const names = [service.replace(/\.service$/, ''), ...(files.length ? [] : [binary])].filter((n): n is string => !!n && /^[\w.@+-]+$/.test(n));
  // Not `/etc/<name>.conf` by convention: a daemon reads it only if it says so (mini_httpd only with -C; the e2e runit
  // fixture's `-p 8091` would have gained the package file's port=80).
  return { files, dirs: [...new Set(names.map((n) => `/etc/${n}`))] };
}

const belongs = (path: string, scope: { files: string[]; dirs: string[] }) => scope.files.includes(path) || scope.dirs.some((d) => path.startsWith(`${d}/`));

/** Paths the cookbook writes or deletes anywhere in the run: the package's copy is not what the host holds there. */
function cookbookPaths(collection: readonly Resource[]): Set<string> {
  const out = new Set<string>();
  for (const r of collection) {
    if (r.type === 'template' || r.type === 'file' || r.type === 'cookbook_file' || r.type === 'link') out.add(str(r.properties['path']) ?? str(r.properties['target_file']) ?? displayName(r.name));
  }
  return out;
}

/**
 * Files an installed package ships under a directory (its conffiles have
 * text), a few levels deep. A `*-available/` file is read only when its
 * `*-enabled/` sibling holds the same name (Debian's convention for sites,
 * modules and confs): what is only available is not served.
 */
function shippedFiles(view: PackageFactsView, installed: readonly string[], dir: string, depth = 3): string[] {
  if (depth === 0) return [];
  const available = /-available$/.test(dir);
  const enabled = available ? new Set(view.listDirectory(dir.replace(/-available$/, '-enabled'), installed)) : undefined;
  return view.listDirectory(dir, installed).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (view.isDirectory(path, installed)) return shippedFiles(view, installed, path, depth - 1);
    return enabled && !enabled.has(name) ? [] : [path];
  });
}

function configPorts(input: UnitPortInput): FoundPort[] {
  const scope = serviceConfigScope(input.service, input.command);
  const out: FoundPort[] = [];
  for (const f of input.files) {
    if (!belongs(f.path, scope) || (f.content.kind !== 'rendered' && f.content.kind !== 'inline')) continue;
    out.push(...portsInConfigText(f.content.text, f.path));
  }
  if (!input.facts) return out;
  const { view, installed } = input.facts;
  const written = cookbookPaths(input.collection);
  const shipped = [...new Set([...scope.files, ...scope.dirs.flatMap((d) => shippedFiles(view, installed, d))])].sort();
  for (const path of shipped) {
    if (written.has(path)) continue;
    const text = view.fileContent(path, installed);
    if (text !== undefined) out.push(...portsInConfigText(text, path).map((p) => ({ ...p, from: 'package' as const })));
  }
  return out;
}

/** The socket units that start the service: `<service>.socket`, or one whose Service= names it. */
function socketPorts(input: UnitPortInput): FoundPort[] {
  if (!input.facts) return [];
  const base = input.service.replace(/\.service$/, '');
  return input.facts.view
    .units(input.facts.installed)
    .filter((u) => u.name.endsWith('.socket') && !u.linkTo)
    .filter((u) => u.name === `${base}.socket` || readUnitFile(u.raw).some((a) => a.section === 'Socket' && a.key === 'Service' && a.value === `${base}.service`))
    .flatMap((u) => portsInSocketUnit(u.raw, u.path));
}

/** Kubernetes port names: at most 15 characters, lowercase letters, digits and single hyphens. */
function portName(port: number, transport: 'TCP' | 'UDP', speaks: string | undefined, both: boolean): string {
  const suffix = both && transport === 'UDP' ? '-udp' : '';
  const named = `${speaks ?? 'port'}-${port}${suffix}`;
  return named.length <= 15 ? named : `${transport.toLowerCase()}-${port}`;
}

/**
 * A port with no transport in its source takes the protocol table's: a
 * protocol served over TCP and UDP (DNS's `port 53`) is declared on both.
 */
function transportsOf(found: FoundPort, protocols: readonly ProtocolSpec[]): ('TCP' | 'UDP')[] {
  if (found.transport) return [found.transport];
  const spec = protocolOfPort(found.port, protocols);
  return spec ? spec.transports.map((t) => (t === 'udp' ? 'UDP' : 'TCP')) : ['TCP'];
}

/** The daemon's executable name: the command's, or, for a pid-file watch (`/bin/sh -c "'/usr/sbin/x' … || exit"`), the one it starts. */
function daemonBinary(command: readonly string[]): string | undefined {
  const [first, flag, script] = command;
  if (/(^|\/)(ba)?sh$/.test(first ?? '') && flag === '-c' && script) {
    const m = /^\s*(?:exec\s+)?'?([^'\s]+)'?/.exec(script);
    return m?.[1]?.split('/').pop();
  }
  return first?.split('/').pop();
}

export function unitPorts(input: UnitPortInput): { ports: PortSpec[]; notes: string[] } {
  const found = [...portsOfServiceResource(input.serviceResource, input.collection), ...portsInCommand(input.command), ...configPorts(input), ...socketPorts(input)];
  const declared = new Map<string, FoundPort & { transport: 'TCP' | 'UDP' }>();
  const loopback = new Map<string, FoundPort>();
  for (const f of found) {
    for (const transport of transportsOf(f, input.protocols)) {
      const key = `${f.port}/${transport}`;
      if (!f.loopback) {
        if (!declared.has(key)) declared.set(key, { ...f, transport });
      } else if (!loopback.has(key)) loopback.set(key, f);
    }
  }
  // A bare number (`port 8001`) says nothing of the address; a config that binds that port to loopback does.
  for (const [key, f] of declared) if (f.bare && loopback.has(key) && !found.some((o) => !o.loopback && !o.bare && `${o.port}` === key.split('/')[0])) declared.delete(key);
  // Nothing names a port the daemon serves from outside: it listens where its documentation says it does by default.
  if (declared.size === 0) {
    const binary = daemonBinary(input.command);
    const entry = input.defaults?.find((d) => d.binary === binary);
    for (const port of entry?.ports ?? []) {
      const f: FoundPort = { port, loopback: false, from: 'catalog', where: `${binary}'s default (${entry!.why}; catalog/ports/defaults.yaml)` };
      for (const transport of transportsOf(f, input.protocols)) if (!loopback.has(`${port}/${transport}`)) declared.set(`${port}/${transport}`, { ...f, transport });
    }
  }
  const list = [...declared.values()];
  const ports: PortSpec[] = list.map((f) => {
    const spec = protocolOfPort(f.port, input.protocols);
    const speaks = spec && spec.transports.includes(f.transport === 'UDP' ? 'udp' : 'tcp') ? spec.name : undefined;
    const both = list.filter((o) => o.port === f.port).length > 1;
    return { port: f.port, protocol: f.transport, name: portName(f.port, f.transport, speaks, both), from: f.from, where: f.where, ...(speaks ? { speaks } : {}) };
  });
  const notes: string[] = [];
  if (ports.length) notes.push(`ports ${ports.map((p) => `${p.port}/${p.protocol}`).join(', ')} found in ${[...new Set(ports.map((p) => p.where))].join('; ')}: verify checks that they listen`);
  for (const [key, f] of loopback) {
    if (!declared.has(key)) notes.push(`port ${key} listens on loopback only (${f.where}): not declared, other pods cannot reach it`);
  }
  // Nothing found at all is unknown; a port on loopback only is known, and its note says so.
  if (!ports.length && !loopback.size) notes.push('ports are not known: add them in plan.yaml');
  return { ports, notes };
}
