import type { Converge, NotificationTiming, Resource } from '../model/converge.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { App, Decision, ImageLabels, Unit } from '../model/plan.js';
import { error, info } from '../diagnostics/create.js';
import { assignContribution } from './assign-unit.js';
import { packageClaims } from './package-claims.js';
import { pointAtInstalledBinary } from './source-install.js';
import { buildUnit } from './build-unit.js';
import { unitWithSpeaks } from './ports/port-protocols.js';
import { withConfigMapKeys } from './config-map-keys.js';
import type { Catalog } from './catalog/catalog-entry.js';
import { guardEffect } from './guard-effect.js';
import { idleResources, neverRuns } from './never-runs.js';
import { displayName } from './property-values.js';
import { resourceId } from './resource-id.js';
import type { Classified, HandlerContext } from './resources/handler.js';
import { serviceHandler, startsService } from './resources/service.js';
import { classifyResource } from './resources/registry.js';
import { secretAttributeEntries, secretMatcher, secretPropertyEntries, type NamedSecret } from './secret-values.js';
import { secretReferences } from './secret-references.js';
import { seedName, uniqueName } from './unit-seed-name.js';
import type { UnitDraft } from './unit-draft.js';
import type { PackageFactsView } from '../model/package-facts.js';
import { findServiceUnit, type ForegroundForm } from './package-unit-command.js';
import { packageStartedUnits, packageStartOf } from './package-started-units.js';
import { seedsOfPackageStarts } from './package-start-seeds.js';
import type { HostServiceEntry } from './catalog/host-service-entry.js';
import { installedPackages } from './package-requests.js';
import { defaultLogDirectives, type LogDirective } from './catalog/load-log-directives.js';
import { defaultVirtualHosts, type VirtualHostSyntax } from './catalog/load-virtual-hosts.js';
import { unitWithLogs } from './logs/unit-logs.js';
import { needsInitOfCatalog, type NeedsInit } from './catalog/load-needs-init.js';
import { underInit } from './under-init.js';
import { dropsPrivilegesOfCatalog, type DropsPrivileges } from './catalog/load-drops-privileges.js';
import { filesAfterPrivilegeDrop } from './files-after-privilege-drop.js';
import { appExposure } from './exposure/decide-exposure.js';
import { networkRules, type PolicyEdge } from './exposure/network-rules.js';

export interface PlanOptions {
  readonly name: string;
  readonly version: string;
  readonly labels: ImageLabels;
  readonly catalog: Catalog;
  /** Values that must never be written anywhere but a Secret (data bag values, found by the caller), with the key each was under. */
  readonly secretValues?: readonly NamedSecret[];
  /** The target platform's real packages: commands from the units they ship. Undefined offline. */
  readonly packageFacts?: PackageFactsView;
  /** How forking daemons run in the foreground (catalog/foreground/forms.yaml). */
  readonly foregroundForms?: readonly ForegroundForm[];
  /** Daemons that manage the host, and node agents (catalog/host/services.yaml). */
  readonly hostServices?: readonly HostServiceEntry[];
  /** Directives that name log files (catalog/logs/log-directives.yaml); the project's table when absent. */
  readonly logDirectives?: readonly LogDirective[];
  /** Daemons that must not be PID 1 (catalog/init/needs-init.yaml); the project's table when absent. */
  readonly needsInit?: readonly NeedsInit[];
  /** Daemons that drop to a config-named user, then write files (catalog/directives/drops-privileges.yaml); the project's table when absent. */
  readonly dropsPrivileges?: readonly DropsPrivileges[];
  /** Directives that name virtual hosts (catalog/exposure/virtual-hosts.yaml); the project's table when absent. */
  readonly virtualHosts?: readonly VirtualHostSyntax[];
  /** Connections between the app's units, for the NetworkPolicies; none known when absent. */
  readonly edges?: readonly PolicyEdge[];
}

const UNSPLIT_NOTE =
  'packages could not be split between units: without package facts (offline) which package ships which service is not known, so a package tied to no one unit is in every unit\'s image';

const EXECUTE_TYPES = new Set(['execute', 'bash', 'script', 'sh', 'csh', 'perl', 'python']);

function onlyIdleNotifiers(notifiers: readonly { resource: string }[]): string {
  return `action :nothing, and only resources that never run notify it (${[...new Set(notifiers.map((n) => n.resource))].join(', ')}): it never runs`;
}

function notificationIndex(resources: readonly Resource[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (id: string, action: string) => index.set(id, [...(index.get(id) ?? []), action]);
  for (const r of resources) {
    for (const n of r.notifies) add(n.resource, n.action);
    for (const s of r.subscribes) add(resourceId(r), s.action);
  }
  return index;
}

/** For each notified resource, who notifies it and when (a subscription counts as a notification from what it watches). */
function notifierIndex(resources: readonly Resource[]): Map<string, { resource: string; timing: NotificationTiming }[]> {
  const index = new Map<string, { resource: string; timing: NotificationTiming }[]>();
  const add = (id: string, from: string, timing: NotificationTiming) => index.set(id, [...(index.get(id) ?? []), { resource: from, timing }]);
  for (const r of resources) {
    for (const n of r.notifies) add(n.resource, resourceId(r), n.timing);
    for (const s of r.subscribes) add(resourceId(r), s.resource, s.timing);
  }
  return index;
}

/**
 * Plans one app (one run list): classifies every resource, makes a unit of
 * every started service, cron entry and runtime job, and assigns the rest to
 * units. Every resource gets a Decision, in converge order.
 */
export function planApp(converge: Converge, options: PlanOptions): App {
  try {
    return planAppUnguarded(converge, options);
  } catch (e) {
    // The stage boundary: a bug in the planner becomes a diagnostic, and the caller still emits a report.
    return {
      name: options.name,
      runList: [...converge.runList],
      version: options.version,
      labels: options.labels,
      platform: converge.platform.id,
      units: [],
      decisions: [],
      diagnostics: [error('DEC0901', `internal error in the planner (${messageOf(e)}); no units were planned`, converge.resources[0]?.source)],
    };
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function planAppUnguarded(converge: Converge, options: PlanOptions): App {
  const family = converge.platform.platformFamily;
  const secrets = [...secretAttributeEntries(converge.attributes), ...secretPropertyEntries(converge.resources), ...(options.secretValues ?? [])];
  const notified = notificationIndex(converge.resources);
  const notifiers = notifierIndex(converge.resources);
  const installed = installedPackages(converge.resources);
  const facts = options.packageFacts;
  const starts = facts ? packageStartedUnits(converge.resources, facts) : undefined;
  const ctx: HandlerContext = {
    hostServices: options.hostServices ?? [],
    packagedUnit: (service) => (facts ? findServiceUnit(service, facts.units(installed)) : undefined),
    startedOnInstall: (service) => (starts ? packageStartOf(service, starts) : installed.length > 0 ? 'offline' : undefined),
    family,
    catalog: options.catalog,
    holdsSecret: secretMatcher(secrets.map((s) => s.value)),
    secretReferences: secretReferences(secrets),
    notifiedActions: (id) => notified.get(id) ?? [],
    notifiers: (id) => notifiers.get(id) ?? [],
    actionsOf: (id) => converge.resources.find((x) => resourceId(x) === id)?.actions ?? [],
  };
  const expanded = new Set(converge.resources.flatMap((r) => (r.via ? [r.via] : [])));
  const diagnostics: Diagnostic[] = [];
  const idleChain = idleResources(converge.resources, resourceId, ctx.notifiers, (id) => expanded.has(id));

  const classified: { r: Resource; c: Classified; note?: string }[] = converge.resources.map((r) => {
    const g = guardEffect(r.guards, EXECUTE_TYPES.has(r.type));
    // A guard on a service the cookbook only stops or disables (exim4 before postfix) decides nothing that runs:
    // its handler says why no unit runs it, and no started service is missing. A systemd_unit also writes its
    // unit file, which a skip keeps out: it stays skipped.
    const stopsOnly = r.type !== 'systemd_unit' && serviceHandler.types.includes(r.type) && !startsService(r, ctx);
    if (g.skip && !stopsOnly) return { r, c: { class: 'skipped', reason: g.skip } };
    const id = resourceId(r);
    const idle = neverRuns(r, ctx.notifiedActions(id), expanded.has(id)) ?? (idleChain.has(id) ? onlyIdleNotifiers(ctx.notifiers(id)) : undefined);
    if (idle) return { r, c: { class: 'skipped', reason: idle } };
    const c = classifyResource(r, ctx, expanded.has(resourceId(r)));
    diagnostics.push(...(c.diagnostics ?? []));
    if (c.class === 'host') diagnostics.push(info('DEC0502', `${resourceId(r)} dropped: ${c.reason}`, r.source));
    return { r, c, ...(g.note ? { note: g.note } : {}) };
  });

  const taken = new Set<string>();
  const drafts: UnitDraft[] = [];
  // Chef keeps a re-declared `service[x]` as a clone of the same service: one process, one unit.
  const byService = new Map<string, UnitDraft>();
  const sameServiceAs = new Map<Resource, UnitDraft>();
  for (const { r, c } of classified) {
    for (const seed of c.seeds ?? (c.seed ? [c.seed] : [])) {
      const again = seed.kind === 'service' ? byService.get(seed.service) : undefined;
      if (again) {
        sameServiceAs.set(r, again);
        continue;
      }
      const draft: UnitDraft = { name: uniqueName(seedName(seed), taken), seed, origin: { resource: resourceId(r), source: r.source }, resource: r, contributions: [] };
      drafts.push(draft);
      if (seed.kind === 'service') byService.set(seed.service, draft);
    }
  }
  const packageNotes = new Map<Resource, string[]>();
  for (const seeded of seedsOfPackageStarts(starts ?? [], converge.resources, drafts, ctx)) {
    if ('note' in seeded) {
      packageNotes.set(seeded.resource, [...(packageNotes.get(seeded.resource) ?? []), seeded.note]);
      continue;
    }
    const draft: UnitDraft = { ...seeded.draft, name: uniqueName(seedName(seeded.draft.seed), taken) };
    drafts.push(draft);
    packageNotes.set(draft.resource, [...(packageNotes.get(draft.resource) ?? []), `${draft.startedByPackage}: unit ${draft.name}`]);
  }

  const claims = facts ? { of: packageClaims(drafts, converge.resources, family, { view: facts, installed }), view: facts } : undefined;
  // Offline, a package several units share may belong to one of them only: each such unit says so.
  const unsplit = new Set<string>();
  const decisions: Decision[] = classified.map(({ r, c, note: guardNote }) => {
    const base = { index: r.index, type: r.type, name: displayName(r.name), class: c.class, source: r.source, ...(r.via ? { via: r.via } : {}) };
    const note = [guardNote, ...(packageNotes.get(r) ?? [])].filter(Boolean).join('; ') || undefined;
    const own = drafts.filter((d) => d.resource === r && !d.startedByPackage);
    const others = own.length > 1 ? ` (also ${own.slice(1).map((d) => d.name).join(', ')})` : '';
    if (own[0]) {
      // A resource that is its unit's work and also ships a file it runs (a cron.daily script) ships it there.
      if (c.contribution) own[0].contributions.push(c.contribution);
      return { ...base, unit: own[0].name, reason: withNote(`${c.reason}${others}`, note) };
    }
    const same = sameServiceAs.get(r);
    if (same) return { ...base, unit: same.name, reason: withNote(`${c.reason}; the same service as ${same.origin.resource} declared again`, note) };
    if (!c.contribution) return { ...base, reason: withNote(c.reason, note) };
    const a = assignContribution(r, { ...c, contribution: c.contribution }, drafts, family, claims);
    for (const p of a.parts) p.unit.contributions.push(p.contribution);
    if (!claims && c.contribution.packages?.length && a.units.length > 1) for (const d of a.units) unsplit.add(d.name);
    const unit = a.units[0]?.name;
    const shared = a.units.length > 1 ? ` (also in ${a.units.slice(1).map((u) => u.name).join(', ')})` : '';
    return { ...base, ...(unit ? { unit } : {}), reason: withNote(`${c.reason}; unit: ${a.why}${shared}`, note) };
  });

  const commandFacts = options.packageFacts
    ? { view: options.packageFacts, installed, forms: options.foregroundForms ?? [] }
    : undefined;
  const ctxUnit = { resources: converge.resources, foregroundForms: options.foregroundForms ?? [], app: options.name, version: options.version, baseImage: converge.platform.baseImage, family, ...(commandFacts ? { commandFacts } : {}) };
  const units: Unit[] = drafts.flatMap((d) => {
    try {
      const built = buildUnit(d, ctxUnit);
      const located = pointAtInstalledBinary(built.unit, converge.resources, commandFacts);
      const noted = d.startedByPackage ? { ...located.unit, notes: [`${d.startedByPackage}; no resource of the cookbook starts or stops it`, ...located.unit.notes] } : located.unit;
      const keyed = withConfigMapKeys(unitWithSpeaks(unsplit.has(d.name) ? { ...noted, notes: [...noted.notes, UNSPLIT_NOTE] } : noted));
      diagnostics.push(...built.diagnostics, ...located.diagnostics, ...keyed.diagnostics);
      const logged = unitWithLogs(keyed.unit, options.logDirectives ?? defaultLogDirectives(), options.catalog, facts);
      // Last: whatever wraps the command for logs runs under the init too, and the daemon is known by the command decided before.
      const writable = filesAfterPrivilegeDrop(logged, options.dropsPrivileges ?? dropsPrivilegesOfCatalog());
      return [underInit(writable, keyed.unit.command, options.needsInit ?? needsInitOfCatalog())];
    } catch (e) {
      // One unit that cannot be built must not take the app's other units with it.
      diagnostics.push(error('DEC0901', `internal error while building unit ${d.name} (${messageOf(e)}); the unit is left out`, d.origin.source));
      return [];
    }
  });

  return {
    name: options.name,
    runList: [...converge.runList],
    version: options.version,
    labels: options.labels,
    platform: converge.platform.id,
    units,
    decisions,
    diagnostics,
    ...requestLogRewrites(units),
    ...reachability(options.name, units, converge.resources, options),
  };
}

/** Who may reach the app's units from where: the exposure decisions and the NetworkPolicy rules that follow from them. */
function reachability(app: string, units: readonly Unit[], resources: readonly Resource[], options: PlanOptions): Pick<App, 'exposure' | 'networkRules'> {
  const exposure = appExposure(units, resources, options.virtualHosts ?? defaultVirtualHosts());
  return { ...(exposure.length ? { exposure } : {}), networkRules: networkRules(app, units, exposure, options.edges ?? []) };
}

/** The config lines set so a daemon logs each request, listed with the app's other rewrites. */
function requestLogRewrites(units: readonly Unit[]): Pick<App, 'rewrites'> {
  const rewrites = units.flatMap((u) => u.requestLog?.rewrites ?? []);
  return rewrites.length ? { rewrites } : {};
}

function withNote(reason: string, note: string | undefined): string {
  return note ? `${reason}; ${note}` : reason;
}
