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
import type { DefaultConfig } from '../catalog/load-default-configs.js';
import { isLoopbackAddress, type FoundPort } from './found-port.js';
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
  /** Ports options of the daemon's config turn on at its compiled-in numbers (catalog/directives/needs.yaml): they add to the rest, and leave the default in place. */
  readonly optionPorts?: readonly FoundPort[];
  /** catalog/config/defaults.yaml: the file a daemon reads when its command names none. */
  readonly defaultConfigs?: readonly DefaultConfig[];
}

/**
 * Where the service's config lives: `/etc/<service>/`, and the files its
 * command names — or, when it names none, `/etc/<binary>/`. A binary's
 * directory may hold the configs of several instances (gunicorn's, one per
 * app), so once the command says which file is its own, only that one counts.
 */
export function serviceConfigScope(service: string, command: readonly string[], defaultConfigs: readonly DefaultConfig[] = []): { files: string[]; dirs: string[] } {
  const named = configFilesOfCommand(command);
  const binary = command[0]?.split('/').pop();
  // A daemon's documented default file (catalog/config/defaults.yaml) when the command names none.
  const files = named.length ? named : defaultConfigs.filter((d) => d.binary === binary).map((d) => d.file);
  const names = [service.replace(/\.service$/, ''), ...(named.length ? [] : [binary])].filter((n): n is string => !!n && /^[\w.@+-]+$/.test(n));
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
  const scope = serviceConfigScope(input.service, input.command, input.defaultConfigs);
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

/** The daemon's executable: the command's, or, for a pid-file watch (`/bin/sh -c "'/usr/sbin/x' … || exit"`), the one it starts. */
function daemonPath(command: readonly string[]): string | undefined {
  const [first, flag, script] = command;
  if (/(^|\/)(ba)?sh$/.test(first ?? '') && flag === '-c' && script) return /^\s*(?:exec\s+)?'?([^'\s]+)'?/.exec(script)?.[1];
  return first;
}

/**
 * The documented defaults of the daemon the command starts. A command outside
 * the bin directories is a package's wrapper script (dnsmasq's
 * /usr/share/dnsmasq/systemd-helper execs /usr/sbin/dnsmasq): the daemon is
 * then the one binary with documented defaults that the wrapper's package and
 * its dependencies ship.
 */
function defaultsOf(input: UnitPortInput): DefaultPorts | undefined {
  const path = daemonPath(input.command);
  const binary = path?.split('/').pop();
  // An entry a command word picks (dhcpd -6) wins over the binary's plain one; one whose word is absent does not apply.
  const candidates = (input.defaults ?? []).filter((d) => d.binary === binary && (d.flag === undefined || input.command.includes(d.flag)));
  const direct = candidates.find((d) => d.flag !== undefined) ?? candidates[0];
  if (direct || !path || !input.facts || /(^|\/)s?bin\//.test(path)) return direct;
  const { view, installed } = input.facts;
  const wrapper = view.packageOf(path, installed);
  if (!wrapper) return undefined;
  const shipped = (input.defaults ?? []).filter((d) => ['/usr/sbin/', '/usr/bin/', '/sbin/', '/bin/'].some((dir) => view.fileExists(`${dir}${d.binary}`, [wrapper])));
  return shipped.length === 1 ? shipped[0] : undefined;
}

/**
 * Every line of the service's own config files (the cookbook's rendered or
 * inline ones) that `pattern` matches, in file order, with where it is.
 */
function configSettings(input: UnitPortInput, pattern: RegExp): { match: RegExpExecArray; where: string }[] {
  const scope = serviceConfigScope(input.service, input.command);
  const out: { match: RegExpExecArray; where: string }[] = [];
  for (const f of input.files) {
    if (!belongs(f.path, scope) || (f.content.kind !== 'rendered' && f.content.kind !== 'inline')) continue;
    f.content.text.split('\n').forEach((l, i) => {
      const match = pattern.exec(l);
      if (match) out.push({ match, where: `${f.path}:${i + 1}` });
    });
  }
  return out;
}

/**
 * The defaults the daemon serves: those its config's picking option names
 * (the last setting in the cookbook's files of the service wins; `$var`
 * words are the package's own and left out), else all of them.
 */
function pickedDefaults(entry: DefaultPorts, input: UnitPortInput): { ports: readonly number[]; byConfig?: true; note?: string } {
  if (!entry.by) return { ports: entry.ports };
  const setting = configSettings(input, new RegExp(`^\\s*${entry.by.option}\\s*=\\s*(.*?)\\s*$`)).at(-1);
  if (!setting) return { ports: entry.ports };
  const last = { words: setting.match[1]!.split(/\s+/).filter((w) => w !== '' && !w.startsWith('$')), where: setting.where };
  const ports = [...new Set(last.words.flatMap((w) => entry.by!.ports[w] ?? []))];
  return ports.length ? { ports, byConfig: true } : { ports, byConfig: true, note: `serves no port: ${last.where} sets ${entry.by.option} = ${last.words.join(' ') || '(nothing)'}, which turns on none of ${entry.binary}'s listeners` };
}

/**
 * The line of the service's config where the entry's address option names an
 * address other than loopback (`interface: 0.0.0.0`), which opens a default
 * the daemon otherwise binds to loopback only; any such line does (the option
 * may be given several times, each address listened on).
 */
function publicAddressSet(entry: DefaultPorts, input: UnitPortInput): string | undefined {
  if (!entry.addressOption) return undefined;
  const sets = configSettings(input, new RegExp(`^\\s*${entry.addressOption}(?:\\s*[:=]\\s*|\\s+)["']?([^"'\\s#]+)`));
  const open = sets.filter((s) => !isLoopbackAddress(s.match[1]!.replace(/@\d+$/, ''))).at(-1);
  return open ? `${open.where} (${entry.addressOption} ${open.match[1]})` : undefined;
}

export function unitPorts(input: UnitPortInput): { ports: PortSpec[]; notes: string[] } {
  const notes: string[] = [];
  const entry = defaultsOf(input);
  const picked = entry ? pickedDefaults(entry, input) : undefined;
  if (picked?.note) notes.push(picked.note);
  // No systemd hands the socket unit's sockets over in a container: the daemon opens only what its config turns on.
  const sockets = socketPorts(input).filter((f) => !picked?.byConfig || picked.ports.includes(f.port));
  const found = [...portsOfServiceResource(input.serviceResource, input.collection), ...portsInCommand(input.command), ...configPorts(input), ...sockets];
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
    const opened = entry ? publicAddressSet(entry, input) : undefined;
    for (const port of picked?.ports ?? []) {
      const where = `${entry!.binary}'s default (${entry!.why}; catalog/ports/defaults.yaml)${opened ? `, on the address ${opened} names` : ''}`;
      const f: FoundPort = { port, loopback: entry!.loopback === true && !opened, from: 'catalog', where, ...(entry!.transport ? { transport: entry!.transport } : {}) };
      for (const transport of transportsOf(f, input.protocols)) {
        const key = `${port}/${transport}`;
        // A default bound to loopback only is known and said, never declared: other pods cannot reach it.
        if (f.loopback) loopback.set(key, f);
        else if (!loopback.has(key)) declared.set(key, { ...f, transport });
      }
    }
  }
  for (const f of input.optionPorts ?? []) {
    const key = `${f.port}/${f.transport ?? 'TCP'}`;
    if (!declared.has(key)) declared.set(key, { ...f, transport: f.transport ?? 'TCP' });
  }
  const list = [...declared.values()];
  const ports: PortSpec[] = list.map((f) => {
    const spec = f.relay ? undefined : protocolOfPort(f.port, input.protocols);
    const speaks = spec && spec.transports.includes(f.transport === 'UDP' ? 'udp' : 'tcp') ? spec.name : undefined;
    const both = list.filter((o) => o.port === f.port).length > 1;
    return { port: f.port, protocol: f.transport, name: portName(f.port, f.transport, speaks, both), from: f.from, where: f.where, ...(speaks ? { speaks } : {}), ...(f.relay ? { relays: true as const } : {}) };
  });
  if (ports.length) notes.push(`ports ${ports.map((p) => `${p.port}/${p.protocol}`).join(', ')} found in ${[...new Set(ports.map((p) => p.where))].join('; ')}: verify checks that they listen`);
  const relayed = ports.filter((p) => p.relays).map((p) => `${p.port}/${p.protocol}`);
  if (relayed.length) notes.push(`ports ${relayed.join(', ')} relay what the other end of their tunnel speaks, whatever their numbers usually carry: verify and the probes check they accept connections`);
  for (const [key, f] of loopback) {
    if (!declared.has(key)) notes.push(`port ${key} listens on loopback only (${f.where}): not declared, other pods cannot reach it`);
  }
  // Nothing found at all is unknown; a port on loopback only is known, and its note says so.
  if (!ports.length && !loopback.size && !notes.length) notes.push('ports are not known: add them in plan.yaml');
  return { ports, notes };
}
