/**
 * Services a package starts on install (issue 14). On Debian, installing a
 * daemon's package enables and starts its unit (debhelper's postinst:
 * deb-systemd-helper enable, deb-systemd-invoke start), so the converged
 * server runs it although the cookbook never starts it — mosquitto's cookbook
 * only reloads service[mosquitto], declared `action :nothing`.
 *
 * Only packages the run list asks for count (with what they stand for:
 * packagesAskedFor): a library's or daemon's other pulled dependencies start
 * nothing decant makes a unit of. A unit that only runs
 * once (Type=oneshot) or that a timer or socket starts is not a long-running
 * service. The run list can keep the package from running it: a service
 * resource that stops, disables or masks it, an execute that does, or a
 * policy-rc.d it writes before the package (Debian's switch that forbids
 * maintainer scripts to start daemons).
 */
import type { Resource } from '../model/converge.js';
import type { PackageFact, PackageFactsView, SystemdUnitFact, UnitInstallEffect } from '../model/package-facts.js';
import { installedPackages, packageRequests } from './package-requests.js';
import { failedFileCondition } from './unit-conditions.js';
import { findServiceUnit } from './package-unit-command.js';
import { displayName, str } from './property-values.js';

export interface PackageStart {
  /** The service as a `service` resource names it: the unit's name without `.service`. */
  readonly service: string;
  readonly unit: SystemdUnitFact;
  readonly packageName: string;
  /** The package resource that installs it. */
  readonly resource: Resource;
  /** The virtual names (Provides:) of the package that ships the unit. */
  readonly provides: readonly string[];
  /** What keeps it from running, when something does: the run list stops it, or a condition of its unit fails. */
  readonly keptFromRunning?: string;
}

const STOPPING = new Set(['stop', 'disable', 'mask']);
const SERVICE_TYPES = new Set(['service', 'systemd_service', 'systemd_unit', 'runit_service', 'poise_service', 'supervisor_service']);
const COMMAND_TYPES = new Set(['execute', 'bash', 'script', 'sh']);

/** The services a shell command stops, disables or masks: `systemctl stop|disable|mask x y`, `service x stop`, `update-rc.d x disable|remove`. */
export function stoppedInCommand(command: string): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const unquote = (w: string) => w.replace(/^['"]|['"]$/g, '');
  for (const m of command.matchAll(/\bsystemctl\s+(?:-\S+\s+)*(?:stop|disable|mask)\s+([^;&|\n]+)/g)) {
    for (const w of m[1]!.trim().split(/\s+/)) if (!w.startsWith('-')) out.push({ name: unquote(w), text: m[0].trim() });
  }
  for (const m of command.matchAll(/\bservice\s+(\S+)\s+stop\b/g)) out.push({ name: unquote(m[1]!), text: m[0] });
  for (const m of command.matchAll(/\bupdate-rc\.d\s+(?:-f\s+)?(\S+)\s+(?:disable|remove)\b/g)) out.push({ name: unquote(m[1]!), text: m[0] });
  return out;
}

/** Where the run list stops, disables or masks the service, or forbids maintainer scripts to start daemons. */
export function keptFromRunning(service: string, unit: SystemdUnitFact, packageResource: Resource, resources: readonly Resource[]): string | undefined {
  const names = new Set([service, unit.name, unit.name.replace(/\.service$/, '')]);
  for (const r of resources) {
    const id = `${r.type}[${displayName(r.name)}]`;
    const at = `${r.source.file}:${r.source.line}`;
    if (SERVICE_TYPES.has(r.type)) {
      const named = str(r.properties['service_name']) ?? str(r.properties['unit_name']) ?? displayName(r.name);
      const stopping = r.actions.filter((a) => STOPPING.has(a));
      if (names.has(named) && stopping.length > 0) return `${id} (${at}) has action ${stopping.map((a) => `:${a}`).join(', ')}`;
    }
    if (COMMAND_TYPES.has(r.type)) {
      const command = str(r.properties['command']) ?? str(r.properties['code']) ?? displayName(r.name);
      const stopped = stoppedInCommand(command);
      const hit = stopped.find((s) => names.has(s.name));
      if (hit) return `${id} (${at}) runs \`${hit.text}\``;
    }
    const path = str(r.properties['path']) ?? displayName(r.name);
    // Debian asks /usr/sbin/policy-rc.d before a maintainer script starts anything; one written before the package forbids it.
    if (path === '/usr/sbin/policy-rc.d' && r.index < packageResource.index && !r.actions.every((a) => a === 'delete' || a === 'nothing')) return `${id} (${at}) writes policy-rc.d before the package is installed`;
  }
  return undefined;
}

/** Why a unit the package starts is not a long-running service, or undefined when it is one. */
export function notLongRunning(unit: SystemdUnitFact): string | undefined {
  if (!unit.name.endsWith('.service')) return `${unit.name} is not a service`;
  if (unit.name.includes('@')) return `${unit.name} is a template: which instances run is the host's choice`;
  if (unit.type === 'oneshot') return `${unit.name} is Type=oneshot: it runs once and exits`;
  if (/^RemainAfterExit\s*=\s*(yes|true|on|1)\s*$/im.test(unit.raw)) return `${unit.name} has RemainAfterExit=yes: a task that runs once and exits`;
  return undefined;
}

const sourceOf = (fact: PackageFact) => fact.sourcePackage ?? fact.name;

/** A package that ships nothing but its documentation: a metapackage (php-fpm, postgresql) that stands for what it depends on. */
const isMetapackage = (fact: PackageFact) => fact.files.every((f) => f.startsWith('/usr/share/doc/') || f.startsWith('/usr/share/lintian/'));

/**
 * The packages a request stands for: itself, what it pulls from its own source
 * package (nginx ships its unit in nginx-common), and for a metapackage what it
 * depends on, read the same way. A library's or tool's other dependencies are
 * not asked for, and what they start is not the run list's doing.
 */
export function packagesAskedFor(name: string, facts: PackageFactsView, seen: Set<string> = new Set()): string[] {
  const fact = facts.packageFact(name);
  if (!fact || seen.has(name)) return [];
  seen.add(name);
  const sameSource = facts.closure([name]).filter((n) => n !== name && facts.packageFact(n) && sourceOf(facts.packageFact(n)!) === sourceOf(fact));
  const stoodFor = isMetapackage(fact) ? fact.depends.flatMap((group) => group.filter((n) => facts.packageFact(n)).slice(0, 1)) : [];
  return [name, ...sameSource.filter((n) => !seen.has(n) && seen.add(n)), ...stoodFor.flatMap((n) => packagesAskedFor(n, facts, seen))];
}

/**
 * What the postinst itself says against a unit it started: it disables it
 * again, so the unit runs at most until the next boot, and a container's every
 * start is a boot. apache2 starts apache-htcacheclean through debhelper's
 * snippet, then disables it on a fresh install ("disabled by default").
 */
function disabledByPostinst(effect: UnitInstallEffect | undefined): string | undefined {
  if (!effect?.disabled || effect.enabled) return undefined;
  const lines = effect.from.map((f) => f.replace(/^postinst:/, ''));
  return `its postinst disables it again after starting it (postinst lines ${lines.join(', ')}): it runs only until the next boot, and a container's every start is a boot`;
}

/** Every service unit the run list's own packages start on install, with what (if anything) keeps it from running. */
export function packageStartedUnits(resources: readonly Resource[], facts: PackageFactsView): PackageStart[] {
  const out: PackageStart[] = [];
  const seen = new Set<string>();
  const installed = installedPackages(resources);
  for (const request of packageRequests(resources)) {
    if (seen.has(request.name)) continue;
    seen.add(request.name);
    const asked = new Set(packagesAskedFor(request.name, facts));
    const own = facts.units([request.name]).filter((u) => !u.linkTo && asked.has(facts.packageOf(u.path, [request.name]) ?? ''));
    for (const unit of own) {
      if (out.some((o) => o.unit === unit)) continue;
      if (!unit.onInstall?.started && !unit.onInstall?.enabled) continue;
      if (notLongRunning(unit)) continue;
      const service = unit.name.replace(/\.service$/, '');
      const kept = keptFromRunning(service, unit, request.resource, resources) ?? disabledByPostinst(unit.onInstall) ?? failedFileCondition(unit, resources, facts, installed);
      const provides = facts.packageFact(facts.packageOf(unit.path, [request.name]) ?? '')?.provides ?? [];
      out.push({ service, unit, packageName: request.name, resource: request.resource, provides, ...(kept ? { keptFromRunning: kept } : {}) });
    }
  }
  return out;
}

/** The package start of a service a resource names (by unit name or alias), among those packageStartedUnits found. */
export function packageStartOf(service: string, starts: readonly PackageStart[]): PackageStart | undefined {
  const unit = findServiceUnit(service, starts.map((s) => s.unit));
  return unit ? starts.find((s) => s.unit === unit) : undefined;
}

/** How the report says it: "started by package mosquitto's maintainer scripts on install (…)". */
export function startedByPackageReason(start: PackageStart): string {
  const how = start.unit.onInstall?.started ? 'started' : 'enabled (it starts at boot)';
  const lines = (start.unit.onInstall?.from ?? []).map((f) => f.replace(/^postinst:/, ''));
  return `${how} by package ${start.packageName}'s maintainer scripts on install (Debian starts daemons it installs${lines.length ? `: postinst lines ${lines.join(', ')}` : ''})`;
}
