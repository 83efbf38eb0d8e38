import { defaultPortsOfCatalog } from './catalog/load-default-ports.js';
import { defaultConfigsOfCatalog } from './catalog/load-default-configs.js';
import type { Resource } from '../model/converge.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type {
  BuildStep,
  ComputeResources,
  DirectorySpec,
  FileSpec,
  HealthCheck,
  HostAlias,
  LinkSpec,
  LogLink,
  NodeAccess,
  Origin,
  PackageManager,
  PortSpec,
  Unit,
} from '../model/plan.js';
import { error, warning } from '../diagnostics/create.js';
import type { CatalogEntry } from './catalog/catalog-entry.js';
import { familyValue } from './catalog/find-entry.js';
import { baseImageUid } from './base-image-users.js';
import { readSetting } from './read-settings.js';
import { resourceId } from './resource-id.js';
import { uniqueSecretKeys } from './secret-keys.js';
import { serviceCommandFor, type CommandFacts } from './service-command.js';
import { directiveNeeds } from './directive-needs.js';
import { directiveNeedsOfCatalog } from './catalog/load-directive-needs.js';
import { unitPorts } from './ports/unit-ports.js';
import { commandRunDirectories } from './tmpfiles-directories.js';
import { defaultProtocols, type ProtocolSpec } from './catalog/load-protocols.js';
import type { ForegroundForm } from './unit-command.js';
import type { Contribution } from './resources/handler.js';
import type { UnitDraft } from './unit-draft.js';

export interface UnitContext {
  /** The whole collection, to find a cookbook-shipped systemd unit for services the catalog does not know. */
  readonly resources: readonly Resource[];
  /** How forking daemons run in the foreground (catalog/foreground/forms.yaml), online or offline. */
  readonly foregroundForms: readonly ForegroundForm[];
  readonly app: string;
  readonly version: string;
  readonly baseImage: string;
  readonly family: string;
  /** Package facts for commands from the units packages ship; undefined offline. */
  readonly commandFacts?: CommandFacts;
  /** Which protocol a port speaks (catalog/protocols/protocols.yaml); the project's table when absent. */
  readonly protocols?: readonly ProtocolSpec[];
}

const DEFAULT_RESOURCES: ComputeResources = {
  requests: { cpu: '100m', memory: '128Mi' },
  limits: { cpu: '1', memory: '512Mi' },
};

function merged(contributions: readonly Contribution[]) {
  const pick = <K extends keyof Contribution>(k: K) =>
    contributions.flatMap((c) => (c[k] ?? []) as NonNullable<Contribution[K]>[number][]) as NonNullable<Contribution[K]>[number][];
  return {
    repositories: pick('repositories'),
    packages: dedupe(pick('packages'), (p) => `${p.name}=${p.version ?? ''}`),
    groups: dedupe(pick('groups'), (g) => g.name),
    users: dedupe(pick('users'), (u) => u.name),
    directories: pick('directories'),
    files: pick('files'),
    links: pick('links'),
    buildSteps: inRunOrder(pick('buildSteps')),
    secrets: pick('secrets'),
    ...nonEmpty('runtimeSteps', pick('runtimeSteps')),
    ...hostAliasesOf(pick('hostAliases')),
    ...nonEmpty('aptPreferences', dedupe(pick('aptPreferences'), (p) => p.file)),
  };
}

/** Steps in the order Chef runs them: those a delayed notification runs wait for the end of the run, in their own order. */
function inRunOrder(steps: readonly BuildStep[]): BuildStep[] {
  return [...steps.filter((s) => !s.notifiedBy?.delayed), ...steps.filter((s) => s.notifiedBy?.delayed)];
}

/** A field that is left out when empty, so plans without it read as before. */
function nonEmpty<K extends string, T>(key: K, items: readonly T[]): Partial<Record<K, readonly T[]>> {
  return items.length ? ({ [key]: items } as Record<K, readonly T[]>) : {};
}

/** Entries for one address are merged in order; none at all leaves the field out. */
function hostAliasesOf(entries: readonly HostAlias[]): { hostAliases?: HostAlias[] } {
  const byIp = new Map<string, HostAlias>();
  for (const e of entries) {
    const seen = byIp.get(e.ip);
    byIp.set(e.ip, seen ? { ...seen, hostnames: [...new Set([...seen.hostnames, ...e.hostnames])] } : e);
  }
  return byIp.size ? { hostAliases: [...byIp.values()] } : {};
}

function dedupe<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(key(i)) ? false : (seen.add(key(i)), true)));
}

/** Fills `{name}` placeholders; an unresolved one stays visible and is reported. */
function fill(parts: readonly string[], values: Readonly<Record<string, string>>): string[] {
  return parts.map((p) => p.replace(/\{([a-z_]+)\}/g, (m, k: string) => values[k] ?? m));
}

function catalogOrigin(entry: CatalogEntry): Origin {
  return { resource: `catalog[${entry.name}]`, source: { file: `catalog/${entry.name}.yaml`, line: 1, column: 1 } };
}

/** Turns a unit draft and the contributions assigned to it into the plan's Unit. */
export function buildUnit(draft: UnitDraft, ctx: UnitContext): { unit: Unit; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const picked = merged(draft.contributions);
  const keyed = uniqueSecretKeys(draft.name, picked.secrets);
  diagnostics.push(...keyed.diagnostics);
  const m = { ...picked, secrets: keyed.secrets };
  const packageManager: PackageManager = ctx.family === 'rhel' || ctx.family === 'fedora' || ctx.family === 'amazon' ? 'dnf' : 'apt';
  const common = {
    name: draft.name,
    baseImage: ctx.baseImage,
    packageManager,
    image: `${ctx.app}-${draft.name}:${ctx.version}`,
    origin: draft.origin,
    ...m,
    env: {} as Record<string, string>,
    resources: DEFAULT_RESOURCES,
    notes: [] as string[],
    capabilities: [] as string[],
    dataDirs: [] as { path: string; size: string }[],
    logs: [] as LogLink[],
  };
  const seed = draft.seed;
  switch (seed.kind) {
    case 'cron':
    case 'job': {
      const user = seed.user && seed.user !== 'root' ? seed.user : undefined;
      const uid = user ? (m.users.find((u) => u.name === user)?.uid ?? baseImageUid(ctx.family, user)) : undefined;
      const unit: Unit = {
        ...common,
        workload: seed.kind === 'cron' ? 'CronJob' : 'Job',
        command: ['/bin/sh', '-c', seed.command],
        commandSource: 'cookbook',
        ...(user ? { user } : {}),
        // `user 'root'` said outright is known root (uid 0), not an unknown user.
        ...(uid !== undefined ? { uid } : seed.user === 'root' ? { uid: 0 } : {}),
        runAsNonRoot: uid !== undefined && uid !== 0,
        ports: [],
        ...(seed.kind === 'cron' ? { schedule: seed.schedule } : {}),
        notes: [
          ...(user && uid === undefined ? [`runs as ${user}, whose uid is not known: runAsNonRoot cannot be checked by Kubernetes`] : []),
          ...(seed.kind === 'job' ? ['one-shot: runs after the services it talks to are up; order it with your deployment tooling'] : []),
        ],
      };
      return { unit, diagnostics };
    }
    case 'service': {
      if (seed.nodeAgent) return asNodeAgent(buildService(seed, common, draft, m, ctx, diagnostics), seed.nodeAgent);
      return buildService(seed, common, draft, m, ctx, diagnostics);
    }
    default: {
      const kind = (seed as { kind: string }).kind;
      diagnostics.push(warning('DEC0901', `unit ${draft.name}: unknown seed kind ${kind}`));
      return { unit: { ...common, workload: 'Deployment', command: [], commandSource: 'unknown', runAsNonRoot: false, ports: [] }, diagnostics };
    }
  }
}

type Merged = ReturnType<typeof merged>;
type ServiceSeed = Extract<UnitDraft['seed'], { kind: 'service' }>;

/** A node agent runs once per node with what it reads of the node; the reviewer sees the access in the notes. */
function asNodeAgent(built: { unit: Unit; diagnostics: Diagnostic[] }, access: NodeAccess): { unit: Unit; diagnostics: Diagnostic[] } {
  const paths = access.hostPaths.map((h) => (h.path === h.mountPath ? h.path : `${h.path} at ${h.mountPath}`));
  const note = `node agent: a DaemonSet, one pod on every node${paths.length ? `, with the node's ${paths.join(', ')} mounted read-only` : ''}${access.hostNetwork ? ", on the node's network (it serves on a node port)" : ''}`;
  return { unit: { ...built.unit, workload: 'DaemonSet', dataDirs: [], nodeAccess: access, notes: [...built.unit.notes, note] }, diagnostics: built.diagnostics };
}

function buildService(seed: ServiceSeed, common: Common, draft: UnitDraft, m: Merged, ctx: UnitContext, diagnostics: Diagnostic[]): { unit: Unit; diagnostics: Diagnostic[] } {
  const entry = seed.entry;
  if (!entry) return commandlessEntryUnit(common, draft, seed.service, m.users, ctx, diagnostics);
  // Secret files are read for settings too (a port in a config that also holds a password); the value stays in the plan only.
  const secretTexts: FileSpec[] = m.secrets.flatMap((s) =>
    s.path && s.value !== undefined ? [{ ...s, path: s.path, content: { kind: 'inline' as const, text: s.value }, config: true, tunable: false }] : [],
  );
  // Files the cookbook deletes show up as `rm -f PATH` steps.
  const removed = m.buildSteps.flatMap((st) => /^rm -f (\S+)$/.exec(st.command)?.slice(1) ?? []).map((p) => p.replace(/^'|'$/g, ''));
  return serviceUnit(common, entry, [...m.files, ...secretTexts], removed, ctx, draft.origin, diagnostics);
}

type Common = Omit<Unit, 'workload' | 'command' | 'runAsNonRoot' | 'ports'> & { notes: string[] };

function serviceUnit(
  common: Common,
  entry: CatalogEntry,
  files: readonly FileSpec[],
  removedPaths: readonly string[],
  ctx: UnitContext,
  origin: Origin,
  diagnostics: Diagnostic[],
): { unit: Unit; diagnostics: Diagnostic[] } {
  const values: Record<string, string> = {};
  const notes = [...common.notes];
  let ports: PortSpec[] = entry.ports.map((p) => ({ port: p.port, protocol: 'TCP', name: p.name, from: 'catalog' }));
  for (const s of entry.settings) {
    const found = readSetting(s, files);
    if (s.name === 'port' && found.length) {
      const nums = found.map(Number).filter((n) => Number.isInteger(n) && n > 0 && n < 65536);
      if (nums.length) {
        const base = entry.ports[0]?.name ?? 'port';
        ports = nums.map((n, i) => ({ port: n, protocol: 'TCP', name: i === 0 ? base : `${base}-${i + 1}`.slice(0, 15), from: 'config' }));
        notes.push(`ports ${nums.join(', ')} read from the rendered configuration`);
      }
    }
    // A service the rendered config puts on a unix socket instead of a port (php-fpm's `listen = /run/php/x.sock`) declares none.
    if (s.name === 'socket' && found.length && ports.every((p) => p.from === 'catalog')) {
      ports = [];
      notes.push(`listens on the unix socket ${found.join(', ')} (rendered configuration), not on a port: units that use it share its pod`);
    }
    const value = found[0] ?? s.default;
    if (value !== undefined) values[s.name] = value;
  }
  const replaced = new Set([...files.map((f) => f.path), ...removedPaths]);
  for (const sp of entry.shippedPorts) {
    if (sp.files.some((f) => replaced.has(f)) || ports.some((p) => p.port === sp.port)) continue;
    ports.push({ port: sp.port, protocol: 'TCP', name: `shipped-${sp.port}`.slice(0, 15), from: 'catalog' });
    notes.push(`port ${sp.port} is opened by the package's own ${sp.files[0]}, which the cookbook leaves in place`);
  }
  if (values['port'] === undefined && ports[0]) values['port'] = String(ports[0].port);
  const rawCommand = familyValue(entry.command, ctx.family) ?? [];
  const command = fill(rawCommand, values);
  const unresolved = command.filter((p) => /\{[a-z_]+\}/.test(p));
  if (unresolved.length) {
    diagnostics.push(warning('DEC0503', `unit ${common.name}: command placeholders not resolved: ${unresolved.join(' ')}`, origin.source));
  }
  const user = entry.user;
  const catalogOriginOf = catalogOrigin(entry);
  const runtimeDirs: DirectorySpec[] = entry.runtimeDirs.map((path) => ({
    ...catalogOriginOf,
    path,
    mode: '0755',
    ...(user ? { owner: user.name, group: user.name } : {}),
  }));
  // Services write their logs through these links like the official images do: the runtime gives the
  // container's stdout and stderr to the container's user, so root and a USER alike can open them.
  const logLinks: LinkSpec[] = entry.logs.map((l) => ({ ...catalogOriginOf, path: l.path, to: `/dev/${l.stream}`, hard: false }));
  const health: HealthCheck | undefined = !entry.health
    ? undefined
    : entry.health.kind === 'tcp'
      ? ports[0]
        ? { kind: 'tcp', port: ports[0].port }
        : undefined
      : entry.health.kind === 'exec'
        ? { kind: 'exec', command: fill(entry.health.command, values) }
        : ports[0]
          ? { kind: 'http', port: ports[0].port, path: entry.health.path }
          : undefined;
  if (entry.dataDirs.length) {
    notes.push(`data in ${entry.dataDirs.join(', ')} lives on a volume, seeded from the image on first start (what the package created there, e.g. a database cluster)`);
  }
  const unit: Unit = {
    ...common,
    workload: entry.dataDirs.length ? 'StatefulSet' : 'Deployment',
    catalog: entry.name,
    command,
    commandSource: 'catalog',
    ...(user ? { user: user.name, uid: user.uid, gid: user.gid, home: user.home } : {}),
    runAsNonRoot: user !== undefined,
    capabilities: user ? [] : [...entry.capabilities].sort(),
    ports,
    dataDirs: entry.dataDirs.map((path) => ({ path, size: '1Gi' })),
    logs: [...entry.logs],
    directories: [...common.directories, ...runtimeDirs],
    links: [...common.links, ...logLinks],
    env: { ...(entry.env ?? {}) },
    ...(health ? { health } : {}),
    notes: [
      ...notes,
      user ? `runs as ${user.name} (uid ${user.uid}), created before the package layer with a fixed id` : 'starts as root and drops privileges itself, as the package runs it; capabilities limited to what that needs',
    ],
  };
  return { unit, diagnostics };
}

/**
 * A service the catalog does not describe: its command from the cookbook's
 * unit or the package's (service-command.ts), or an error at the service's
 * line saying what to write in plan.yaml.
 */
function commandlessEntryUnit(
  common: Common,
  draft: UnitDraft,
  service: string,
  users: readonly { name: string; uid?: number }[],
  ctx: UnitContext,
  diagnostics: Diagnostic[],
): { unit: Unit; diagnostics: Diagnostic[] } {
  const decided = serviceCommandFor(service, ctx.resources, ctx.commandFacts, ctx.foregroundForms);
  if (!decided.found) {
    diagnostics.push(
      error(
        'DEC0503',
        `unit ${draft.name}: no command known for service ${service}: ${decided.reasons.join('; ')}`,
        draft.origin.source,
        `write the foreground command of ${service} as \`command\` of unit ${draft.name} in plan.yaml (exec form), then convert with --plan`,
      ),
    );
    return {
      unit: {
        ...common,
        workload: 'Deployment',
        command: [],
        commandSource: 'unknown',
        runAsNonRoot: false,
        ports: [],
        notes: [...common.notes, `service ${service}: no command known (${decided.reasons.join('; ')}): command, ports and user need review`],
      },
      diagnostics,
    };
  }
  const user = decided.user && decided.user !== 'root' ? decided.user : undefined;
  const account = user ? ctx.commandFacts?.view.users(ctx.commandFacts.installed).find((u) => u.name === user) : undefined;
  const uid = user ? (users.find((u) => u.name === user)?.uid ?? account?.id ?? baseImageUid(ctx.family, user)) : undefined;
  const packages = [...common.packages.map((p) => p.name), ...(ctx.commandFacts ? ctx.commandFacts.view.closure(ctx.commandFacts.installed) : [])];
  const asked = directiveNeeds(common.files, packages, directiveNeedsOfCatalog());
  const found = unitPorts({
    service,
    command: decided.command,
    serviceResource: draft.resource,
    collection: ctx.resources,
    files: common.files,
    ...(ctx.commandFacts ? { facts: ctx.commandFacts } : {}),
    protocols: ctx.protocols ?? defaultProtocols(),
    defaults: defaultPortsOfCatalog(),
    optionPorts: asked.ports,
    defaultConfigs: defaultConfigsOfCatalog(),
  });
  const runtimeDirs: DirectorySpec[] = decided.runtimeDirectories.map((d) => ({
    ...draft.origin,
    path: `/run/${d}`,
    mode: '0755',
    ...(user ? { owner: user, group: decided.group ?? user } : {}),
  }));
  // What systemd-tmpfiles would make at boot; the unit's own RuntimeDirectory= settles a path both name.
  const tmpfilesDirs = ctx.commandFacts
    ? commandRunDirectories(ctx.commandFacts.view, decided.command, ctx.commandFacts.installed).filter((d) => !runtimeDirs.some((r) => r.path === d.path))
    : [];
  const bootDirs: DirectorySpec[] = tmpfilesDirs.map((d) => ({ ...draft.origin, path: d.path, mode: d.mode, owner: d.owner, group: d.group }));
  // A value that looks like a secret stays out of the manifest and the image; the service reads it from its file.
  const secretName = /pass|secret|token|key|credential/i;
  const env = Object.fromEntries(Object.entries(decided.environment).filter(([k]) => !secretName.test(k)));
  const withheld = Object.keys(decided.environment).filter((k) => secretName.test(k));
  return {
    unit: {
      ...common,
      workload: 'Deployment',
      command: decided.command,
      commandSource: decided.source,
      env: { ...common.env, ...env },
      ...(user ? { user } : {}),
      ...(uid !== undefined ? { uid } : {}),
      runAsNonRoot: uid !== undefined && uid !== 0,
      ports: found.ports,
      capabilities: [...asked.capabilities],
      // Open until plan.yaml answers it (src/plan/needs-input.ts says DEC0541).
      ...(asked.network[0] ? { network: asked.network[0] } : {}),
      directories: [...common.directories, ...runtimeDirs, ...bootDirs],
      notes: [
        ...common.notes,
        // One line for a cookbook's unit, as reviewers have read it since wave 1.
        ...(decided.source === 'cookbook' ? [`${decided.notes.join('; ')}; ${found.notes[0]}`, ...found.notes.slice(1)] : [...decided.notes, ...found.notes]),
        ...(user && uid === undefined ? [`runs as ${user}, whose uid is not known: runAsNonRoot cannot be checked by Kubernetes`] : []),
        ...asked.notes,
        ...(runtimeDirs.length ? [`RuntimeDirectory of the unit made in the image: ${runtimeDirs.map((d) => d.path).join(', ')}`] : []),
        ...(tmpfilesDirs.length ? [`made in the image, as no container runs systemd-tmpfiles at boot: ${tmpfilesDirs.map((d) => `${d.path} (${d.from})`).join(', ')}`] : []),
        ...(Object.keys(env).length ? [`the unit's environment is the container's: ${Object.keys(env).sort().join(', ')}`] : []),
        ...(withheld.length ? [`not put in the container's environment, as they look like secrets: ${withheld.sort().join(', ')}`] : []),
      ],
    },
    diagnostics,
  };
}
