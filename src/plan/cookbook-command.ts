/**
 * A started service's command from what the cookbook declares (issue 14,
 * source 1 of 4), in the order Chef and the init system would use it: the
 * service resource's own start_command, then the unit or script the cookbook
 * writes for systemd, runit, supervisord or upstart. The first source that
 * gives a command wins; sources that are there but give none say why, so a
 * service left without a command says everything decant looked at.
 */
import type { Resource } from '../model/converge.js';
import { shellWords } from '../text/shell-words.js';
import { lastValue } from '../text/systemd-unit.js';
import type { CommandAnswer, MadeCommand } from './command-answer.js';
import { runitCommand, supervisorCommand, sysvScriptCommand, upstartJobCommand } from './init-system-commands.js';
import { displayName, str } from './property-values.js';
import { cookbookSystemdUnit } from './systemd-exec-start.js';
import { applyForm, formFor, unitCommand, type FileText, type ForegroundForm } from './unit-command.js';
import { unitDropIns, withDropIns } from './unit-drop-ins.js';
import { whereOf } from './written-text.js';

/** Resource types that start a service through an init system (their start_command is Chef's service provider's). */
const SERVICE_TYPES = new Set(['service', 'systemd_service', 'runit_service', 'poise_service']);

/** A start command that asks an init system to start the service: it names a script or unit, not the daemon. */
function asksInitSystem(words: readonly string[]): boolean {
  const [first = '', second = ''] = words.map((w) => w.split('/').pop()!);
  if (['service', 'invoke-rc.d', 'systemctl', 'initctl', 'sv', 'supervisorctl', 'start', 'rc-service'].includes(first)) return true;
  if (first === 'sudo' || first === 'env') return asksInitSystem(words.slice(1));
  return words[0]!.startsWith('/etc/init.d/') || words[0]!.startsWith('/etc/rc.d/') || second === 'start' && words[0]!.includes('init');
}

/** The service resource's start_command (or init_command): what Chef runs to start it, when set. */
export function startCommand(service: string, resources: readonly Resource[], forms: readonly ForegroundForm[]): CommandAnswer | undefined {
  const r = [...resources].reverse().find((x) => SERVICE_TYPES.has(x.type) && (str(x.properties['service_name']) ?? displayName(x.name)) === service && (x.properties['start_command'] !== undefined || x.properties['init_command'] !== undefined));
  if (!r) return undefined;
  const start = r.properties['start_command'];
  if (start === undefined) {
    const init = str(r.properties['init_command']);
    return { refused: `${whereOf(r)} starts it through its init_command ${init ?? '(not known)'}, a script that puts the daemon in the background` };
  }
  if (typeof start !== 'string') return { refused: `the start_command of ${whereOf(r)} is not known` };
  const split = shellWords(start);
  if (!split.ok) return { refused: `the start_command of ${whereOf(r)} (${start}) is shell code: ${split.reason}` };
  if (split.words.length === 0) return { refused: `the start_command of ${whereOf(r)} is empty` };
  if (asksInitSystem(split.words)) return { refused: `the start_command of ${whereOf(r)} (${start}) asks the init system to start it: it says nothing about the foreground command` };
  const form = formFor(split.words, forms);
  const notes = [`command from the start_command of ${whereOf(r)}, which Chef runs to start the service`];
  if (form) notes.push(`made foreground: ${form.why}`);
  else notes.push(`Chef waits for the start_command to return, so it may put the daemon in the background; no foreground form is known for ${split.words[0]}: check that it stays in the foreground`);
  return { made: { command: form ? applyForm(split.words, form) : split.words, environment: {}, runtimeDirectories: [], notes } };
}

/** The cookbook's systemd unit for the service, run through the same steps as a package's unit. */
export function cookbookUnitCommand(service: string, resources: readonly Resource[], fileText: FileText, forms: readonly ForegroundForm[]): CommandAnswer | undefined {
  const unit = cookbookSystemdUnit(service, resources);
  if (!unit) return undefined;
  if ('unreadable' in unit) return { refused: `the cookbook's unit for ${service}: ${unit.unreadable}` };
  const merged = withDropIns(unit.assignments, unitDropIns([service.endsWith('.service') ? service : `${service}.service`], resources));
  if (!merged.ok) return { refused: `the cookbook's unit for ${service}: ${merged.reason}` };
  const made = unitCommand(merged.assignments, unit.where, fileText, forms);
  if (!made.ok) return { refused: `the cookbook's unit for ${service} gives no command: ${made.reason}` };
  const execLine = [...unit.assignments].reverse().find((a) => a.section === 'Service' && a.key === 'ExecStart')?.line;
  return {
    made: {
      command: made.command,
      ...(made.user ? { user: made.user } : {}),
      ...(made.group ? { group: made.group } : {}),
      environment: made.environment,
      runtimeDirectories: made.runtimeDirectories,
      notes: [
        `command from ExecStart${execLine ? ` (line ${execLine})` : ''} of ${unit.where}`,
        ...merged.notes,
        ...made.notes,
        ...(made.workingDirectory ? [`the unit starts it in ${made.workingDirectory} (WorkingDirectory): the container starts in its image's working directory`] : []),
      ],
    },
  };
}

/** The first cookbook source that gives the service's command, or every reason the ones that are there give none. */
export function cookbookCommandFor(
  service: string,
  resources: readonly Resource[],
  fileText: FileText,
  forms: readonly ForegroundForm[],
): { made: MadeCommand } | { refused: readonly string[] } {
  const sources: (() => CommandAnswer | undefined)[] = [
    () => startCommand(service, resources, forms),
    () => cookbookUnitCommand(service, resources, fileText, forms),
    () => runitCommand(service, resources),
    () => supervisorCommand(service, resources),
    () => upstartJobCommand(service, resources, forms),
    () => sysvScriptCommand(service, resources, fileText, forms),
  ];
  const refused: string[] = [];
  for (const source of sources) {
    const answer = source();
    if (!answer) continue;
    if ('made' in answer) return answer;
    refused.push(answer.refused);
  }
  return { refused };
}

/**
 * The daemon binary the cookbook's own start source runs (a unit's ExecStart,
 * a run script's exec, …), for which packages a unit claims; undefined when
 * the cookbook names none, or not as an absolute path.
 */
export function cookbookDaemonBinary(service: string, resources: readonly Resource[]): string | undefined {
  const unit = cookbookSystemdUnit(service, resources);
  const first = unit
    ? 'assignments' in unit
      ? lastValue(unit.assignments, 'Service', 'ExecStart')?.replace(/^[-@+!:]+/, '').trim().split(/\s+/)[0]
      : undefined
    : ((c) => ('made' in c ? c.made.command[0] : undefined))(cookbookCommandFor(service, resources, () => undefined, []));
  return first?.startsWith('/') ? first : undefined;
}
