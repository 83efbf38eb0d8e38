/**
 * What decant knows is missing from a planned app, said where it shows: a
 * file a unit ships with values decant could not know is an error at the
 * resource that writes it, and the unit is marked `needsInput` with the
 * reasons (report.json); a started service that became no unit is an error
 * too. Nothing is shipped as if it were whole (issue 16).
 */
import { error } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { App, FileSpec, Unit } from '../model/plan.js';

/** The reasons the «decant: unknown …» markers in a rendered file give, each once, in order. */
export function markerReasons(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/«decant: unknown ([^»]*)»/g)) out.add(m[1]!.trim());
  return [...out];
}

/**
 * Why one shipped file is not whole; undefined when it is. A marker in the text makes it incomplete however it got
 * there: an Unknown a helper joined into a string the template then printed is in no list the render kept.
 */
export function incompleteFile(f: FileSpec): string | undefined {
  if (f.content.kind === 'unknown') return `${f.path}: its content is unknown (${f.content.reason})`;
  if (f.content.kind !== 'rendered' && f.content.kind !== 'inline') return undefined;
  const reasons = markerReasons(f.content.text);
  if ((f.content.kind === 'inline' || f.content.complete) && reasons.length === 0) return undefined;
  const shown = reasons.slice(0, 3).join('; ') + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : '');
  return `${f.path}: rendered with values decant could not know${shown ? ` (${shown})` : ''}`;
}

/** Every reason the unit cannot run as emitted, most consequential first. */
export function needsInputReasons(unit: Unit): string[] {
  const reasons: string[] = [];
  if (unit.command.length === 0 && unit.workload !== 'Job') reasons.push('no command is known for it');
  for (const f of unit.files) {
    const why = incompleteFile(f);
    if (why) reasons.push(why);
  }
  const network = openNetwork(unit);
  if (network) reasons.push(network);
  return reasons;
}

/** Why the unit's pod network cannot serve its config, while plan.yaml has not said where it runs; undefined otherwise. */
export function openNetwork(unit: Unit): string | undefined {
  const n = unit.network;
  if (!n || n.attach) return undefined;
  const subnets = n.subnets.length ? `subnet ${n.subnets.join(', ')}` : 'a subnet it declares';
  return `its config (${n.where}) needs its interface on ${subnets}, which the pod's own network is not: answer \`network:\` of unit ${unit.name} in plan.yaml`;
}

const SERVICE_TYPES = new Set(['service', 'systemd_service', 'runit_service', 'poise_service']);

/** The app with `needsInput` set on its units and an error for each incomplete file and each started service left without a unit. */
export function markNeedsInput(app: App): App {
  const diagnostics: Diagnostic[] = [];
  const units = app.units.map((u) => {
    for (const f of u.files) {
      const why = incompleteFile(f);
      if (!why) continue;
      diagnostics.push(
        error(
          'DEC0520',
          `unit ${u.name} ships ${why}`,
          f.source,
          `answer the open questions under values: in plan.yaml (each reason names its key) and convert with --plan, or give the values in the cookbook's attributes or an environment; --strict leaves unit ${u.name} out`,
        ),
      );
    }
    if (openNetwork(u)) {
      const n = u.network!;
      diagnostics.push(
        error('DEC0541', `unit ${u.name}: ${n.where}${n.subnets.length ? ` declares ${n.subnets.join(', ')}` : ''}: ${n.why}`, u.origin?.source, `${n.need}; say which in plan.yaml: \`network: { hostNetwork: true }\` or \`network: { attachment: NAME }\` under unit ${u.name}, and convert with --plan`),
      );
    }
    // Reasons an earlier step gave (key material kept out of the image) stay, after these.
    const reasons = [...needsInputReasons(u), ...(u.needsInput ?? [])];
    return reasons.length ? { ...u, needsInput: reasons } : u;
  });
  // A started service that became no unit: lost on the way (a workload without a unit), or, when the app
  // has no unit at all, decided away (a guard that skips it on a fresh image): the output runs nothing the
  // run list starts. Host-level and never-started services are dropped with their reason, not errors.
  for (const d of app.decisions) {
    if (!SERVICE_TYPES.has(d.type) || d.unit !== undefined) continue;
    if (!(d.class === 'workload' || (d.class === 'skipped' && app.units.length === 0))) continue;
    diagnostics.push(
      error('DEC0521', `${d.type}[${d.name}] is in the run list but no unit runs it (${d.reason}), and the app has ${app.units.length} unit(s)`, d.source, 'check the guard or give the unit in plan.yaml; if it need not run in a container, remove it from the run list'),
    );
  }
  return { ...app, units, diagnostics: [...app.diagnostics, ...diagnostics] };
}
