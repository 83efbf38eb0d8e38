import { reshapedReachability } from '../exposure/reshaped-reachability.js';
import { withSpeaks } from '../ports/port-protocols.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { App, NetworkAttach, Origin, PlanFileApp, PlanFileNetwork, PlanFileUnit, PortSpec, Unit } from '../../model/plan.js';
import { info, warning } from '../../diagnostics/create.js';
import { withConfigMapKeys } from '../config-map-keys.js';
import { unitMembers } from './unit-members.js';
import { defaultRequestOptions } from '../catalog/load-request-options.js';
import { requestLoggingAsWritten } from '../logs/request-logging.js';

const attachOf = (n: PlanFileNetwork): NetworkAttach => ('hostNetwork' in n ? { kind: 'host' } : { kind: 'attachment', name: n.attachment });

/**
 * The unit's network need with plan.yaml's answer; a null or missing answer leaves it open. An answer on a
 * unit whose config asked nothing is still the reviewer's word (a need decant did not read, say): it is
 * kept, with plan.yaml as the place that asked, rather than dropped while the notes say it was applied.
 */
function networkAnswered(template: Unit, pu: PlanFileUnit): Pick<Unit, 'network'> | Record<string, never> {
  if (!template.network) {
    return pu.network ? { network: { subnets: [], where: 'plan.yaml', why: 'plan.yaml asks for it; its config declares no subnet decant read', need: 'as plan.yaml says', attach: attachOf(pu.network) } } : {};
  }
  const { attach: _old, ...need } = template.network;
  return { network: pu.network ? { ...need, attach: attachOf(pu.network) } : need };
}

function networkNote(template: Unit, pu: PlanFileUnit): string[] {
  if (!pu.network) return [];
  const served = template.network ? ': the node must be on the subnets its config serves' : '';
  return ['hostNetwork' in pu.network ? `runs on its node's network, as plan.yaml says${served}` : `gets a second interface from the Multus network attachment ${pu.network.attachment}, as plan.yaml says`];
}

const inSet = <T extends Origin>(items: readonly T[], ids: ReadonlySet<string>) => items.filter((i) => ids.has(i.resource));

/**
 * Applies a reviewer's plan.yaml to a computed app. Units are rebuilt from the
 * resources listed under them, so moving a resource moves everything it
 * contributed; values set in the file replace computed ones.
 */
export function applyPlanFile(app: App, edited: PlanFileApp): { app: App; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const all = app.units;
  const known = new Set(all.flatMap(unitMembers));
  const pool = {
    repositories: all.flatMap((u) => u.repositories),
    packages: all.flatMap((u) => u.packages),
    groups: all.flatMap((u) => u.groups),
    users: all.flatMap((u) => u.users),
    directories: all.flatMap((u) => u.directories),
    files: all.flatMap((u) => u.files),
    links: all.flatMap((u) => u.links),
    buildSteps: all.flatMap((u) => u.buildSteps),
    secrets: all.flatMap((u) => u.secrets),
  };
  const dedupe = <T extends Origin>(items: T[]) => [...new Map(items.map((i) => [JSON.stringify(i), i])).values()];
  const reshaped: Unit[] = edited.units.map((pu) => {
    const ids = new Set(pu.resources);
    for (const id of pu.resources) if (!known.has(id)) diagnostics.push(warning('DEC0504', `plan.yaml: unit ${pu.name} names ${id}, which no unit of ${app.name} holds`));
    const base = all.find((u) => u.name === pu.name) ?? all.find((u) => u.origin && ids.has(u.origin.resource)) ?? all[0];
    const ports: PortSpec[] = withSpeaks(
      pu.ports.map((port, i) => {
        const same = base?.ports.find((p) => p.port === port);
        return same ?? { port, protocol: 'TCP', name: `port-${i + 1}`, from: 'plan' };
      }),
    );
    const tunable = new Set(pu.tunable);
    const template: Unit = base ?? {
      name: pu.name, workload: pu.workload, baseImage: pu.baseImage, packageManager: 'apt', image: '', repositories: [], packages: [], groups: [],
      users: [], directories: [], files: [], links: [], buildSteps: [], secrets: [], command: [], runAsNonRoot: false, capabilities: [], ports: [],
      dataDirs: [], logs: [], env: {}, resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } }, notes: [],
    };
    const userChanged = pu.user !== template.user;
    return {
      ...template,
      name: pu.name,
      image: `${app.name}-${pu.name}:${app.version}`,
      workload: pu.workload,
      baseImage: pu.baseImage,
      command: [...pu.command],
      ...(commandChanged(template.command, pu.command) ? { commandSource: 'plan' as const } : {}),
      ...(pu.user !== undefined ? { user: pu.user } : {}),
      ...(userChanged ? { uid: undefined, gid: undefined, runAsNonRoot: false } : {}),
      ports,
      dataDirs: pu.dataDirs.map((path) => template.dataDirs.find((d) => d.path === path) ?? { path, size: '1Gi' }),
      ...(pu.schedule !== undefined ? { schedule: pu.schedule } : {}),
      repositories: dedupe(inSet(pool.repositories, ids)),
      packages: dedupe(inSet(pool.packages, ids)),
      groups: dedupe(inSet(pool.groups, ids)),
      users: dedupe(inSet(pool.users, ids)),
      directories: dedupe(inSet(pool.directories, ids)),
      files: dedupe(inSet(pool.files, ids)).map((f) => ({ ...f, tunable: tunable.has(f.path) })),
      links: dedupe(inSet(pool.links, ids)),
      buildSteps: dedupe(inSet(pool.buildSteps, ids)),
      secrets: dedupe(inSet(pool.secrets, ids)),
      ...networkAnswered(template, pu),
      notes: [...template.notes, 'shaped by the plan file', ...networkNote(template, pu)],
    };
  });
  // Tunable files may have changed and moved between units: their ConfigMap keys are worked out again.
  const units = reshaped.map((u) => {
    // A command the file changed says for itself whether it logs each request (verify then asks for the line).
    const keyed = withConfigMapKeys(u.commandSource === 'plan' ? requestLoggingAsWritten(u, defaultRequestOptions()) : u);
    diagnostics.push(...keyed.diagnostics);
    return keyed.unit;
  });
  const unitOf = new Map<string, string>();
  for (const pu of edited.units) for (const id of pu.resources) if (!unitOf.has(id)) unitOf.set(id, pu.name);
  const decisions = app.decisions.map((d) => {
    const id = `${d.type}[${d.name}]`;
    const unit = unitOf.get(id);
    if (!d.unit || unit === d.unit) return d;
    const { unit: _old, ...rest } = d;
    return unit ? { ...rest, unit, reason: `${d.reason}; moved to ${unit} by the plan file` } : { ...rest, reason: `${d.reason}; left out by the plan file` };
  });
  // The planner's key collisions are replaced by those of the units as the file shapes them; a "no command
  // known" the file answers is answered (said as a note, as values: answers are).
  const answered = units.filter((u) => u.commandSource === 'plan' && u.command.length > 0);
  for (const u of answered) {
    if (all.some((b) => b.name === u.name && b.commandSource === 'unknown')) diagnostics.push(info('DEC0320', `command of unit ${u.name} from plan.yaml: ${JSON.stringify(u.command)}`, u.origin?.source));
  }
  const kept = app.diagnostics.filter((d) => d.code !== 'DEC0506' && !answered.some((u) => isNoCommandOf(d, u.name)));
  const { exposure: _exposure, networkRules: _rules, ...rest } = app;
  return { app: { ...rest, units, decisions, diagnostics: kept, ...reshapedReachability(app, units) }, diagnostics };
}

/** The planner's DEC0503 "no command known" for a unit (build-unit.ts words it `unit NAME: no command known …`). */
function isNoCommandOf(d: Diagnostic, unit: string): boolean {
  return d.code === 'DEC0503' && d.severity === 'error' && d.message.startsWith(`unit ${unit}: no command known`);
}

function commandChanged(before: readonly string[], after: readonly string[]): boolean {
  return before.length !== after.length || before.some((w, i) => w !== after[i]);
}
