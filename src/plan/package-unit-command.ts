/**
 * A service's command from the systemd unit its package ships (issue 14,
 * source 2 of 4: cookbook, package, catalog, plan.yaml). The unit is found
 * by its file name or an [Install] Alias= (bind9.service is named.service's
 * alias), its environment files are read (the cookbook's rendered copy
 * first), variables are expanded at convert time, and a unit that forks is
 * turned into a foreground command the way the foreground data says — each
 * step is said in the result's notes, so a reviewer sees how the command was
 * made.
 */
import type { SystemdUnitFact } from '../model/package-facts.js';
import { lastValue, readUnitFile, splitCommandLine } from '../text/systemd-unit.js';
import { expandCommand, fillSpecifiers, unitEnvironment, unitNames } from './unit-environment.js';

/** How a forking daemon runs in the foreground, keyed by its binary's file name (catalog/foreground/forms.yaml). */
export interface ForegroundForm {
  readonly binary: string;
  readonly replace?: Readonly<Record<string, readonly string[]>>;
  readonly append?: readonly string[];
  readonly remove?: readonly string[];
  readonly why: string;
}

export type PackageUnitCommand =
  | {
      readonly ok: true;
      readonly unit: SystemdUnitFact;
      readonly command: readonly string[];
      readonly user?: string;
      readonly group?: string;
      readonly workingDirectory?: string;
      /** Directories under /run systemd would create before start (RuntimeDirectory=). */
      readonly runtimeDirectories: readonly string[];
      /** ExecStartPre commands the container does not run, for the reviewer. */
      readonly skippedPre: readonly string[];
      /** The unit's Environment= and EnvironmentFile= variables: systemd gives them to the process, so the container does too. */
      readonly environment: Readonly<Record<string, string>>;
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly unit?: SystemdUnitFact; readonly reason: string };

/** A file's text on the converged host; `incomplete` when the cookbook's rendering holds values decant could not know. */
export type FileText = (path: string) => { text: string; from: 'cookbook' | 'package'; incomplete?: boolean } | undefined;

/** The unit a service name starts: `x` or `x.service`, by file name first, then by alias; `x@i` by its template `x@.service`. */
export function findServiceUnit(service: string, units: readonly SystemdUnitFact[]): SystemdUnitFact | undefined {
  const byName = (name: string) => {
    const real = units.filter((u) => !u.linkTo);
    return real.find((u) => u.name === name) ?? units.find((u) => u.name === name && u.linkTo) ?? real.find((u) => unitNames(u.name, readUnitFile(u.raw)).includes(name));
  };
  const name = serviceUnitName(service);
  const template = /^([^@]+)@[^@]+(\.service)$/.exec(name);
  return byName(name) ?? (template ? byName(`${template[1]}@${template[2]}`) : undefined);
}

const serviceUnitName = (service: string) => (service.endsWith('.service') ? service : `${service}.service`);

function resolveLink(unit: SystemdUnitFact, units: readonly SystemdUnitFact[]): SystemdUnitFact {
  if (!unit.linkTo) return unit;
  const target = unit.linkTo.split('/').pop();
  return units.find((u) => u.name === target && !u.linkTo) ?? unit;
}

function applyForm(argv: readonly string[], form: ForegroundForm): string[] {
  const out: string[] = [];
  for (const w of argv) {
    if (form.remove?.includes(w)) continue;
    const r = form.replace?.[w];
    if (r) out.push(...r);
    else out.push(w);
  }
  return [...out, ...(form.append ?? [])];
}

/** A forking daemon without a known foreground form: start it, then live as long as the pid its PIDFile names. */
function pidWatch(argv: readonly string[], pidFile: string): string[] {
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const pf = `'${pidFile.replace(/'/g, `'\\''`)}'`;
  return [
    '/bin/sh',
    '-c',
    `${quoted} || exit $?; i=0; while [ ! -s ${pf} ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done; pid=$(cat ${pf}) || exit 1; ` +
      `trap 'kill -TERM $pid' TERM INT; while kill -0 $pid 2>/dev/null; do sleep 1 & wait $!; done`,
  ];
}

export function packageUnitCommand(service: string, units: readonly SystemdUnitFact[], fileText: FileText, forms: readonly ForegroundForm[]): PackageUnitCommand | undefined {
  const found = findServiceUnit(service, units);
  if (!found) return undefined;
  const unit = resolveLink(found, units);
  const asked = serviceUnitName(service);
  const instance = /@[^@]+\.service$/.test(asked) && unit.name.endsWith('@.service');
  // Specifiers (%i, %n, %t, …) are filled in for the name asked, as systemd does when it loads the instance.
  const filled = fillSpecifiers(unit.raw, instance ? asked : unit.name);
  if ('unknown' in filled) return { ok: false, unit, reason: `${unit.path} uses the specifier ${filled.unknown}, which only the host running it knows` };
  const a = readUnitFile(filled.text);
  const alias = instance ? ` (${asked} is an instance of the template ${unit.name})` : unit.name !== asked ? ` (${asked} is an alias of ${unit.name})` : '';
  const notes: string[] = [`command from ${unit.path}${alias}, shipped by the package`];
  const execValues = a.filter((x) => x.section === 'Service' && x.key === 'ExecStart');
  const exec = lastValue(a, 'Service', 'ExecStart');
  if (exec === undefined) return { ok: false, unit, reason: `${unit.path} has no ExecStart` };
  if (execValues.filter((x) => x.value !== '').length > 1) return { ok: false, unit, reason: `${unit.path} runs several ExecStart commands in a row` };
  const type = lastValue(a, 'Service', 'Type') ?? (exec ? 'simple' : 'oneshot');
  if (type === 'oneshot') return { ok: false, unit, reason: `${unit.path} is Type=oneshot: it runs once and exits, not a service a container keeps running` };
  const prefix = /^[-@:+!]*/.exec(exec)![0];
  const body = exec.slice(prefix.length).trim();
  let argv: string[];
  let environment: Record<string, string> = {};
  if (prefix.includes(':')) argv = splitCommandLine(body);
  else {
    const env = unitEnvironment(a, fileText);
    if (!env.ok) return { ok: false, unit, reason: env.reason };
    argv = expandCommand(body, env.vars);
    environment = Object.fromEntries(env.vars);
    // systemd passes an unset ${VAR} as an empty argument: faithful, and usually a broken start. Say which.
    const unsetVars = [...body.matchAll(/\$\{([A-Za-z_]\w*)\}|(?:^|\s)\$([A-Za-z_]\w*)(?=\s|$)/g)].map((m) => (m[1] ?? m[2])!).filter((v) => !env.vars.has(v));
    if (unsetVars.length) notes.push(`ExecStart uses ${[...new Set(unsetVars)].map((v) => `$${v}`).join(', ')}, which no environment file of the unit sets: systemd passes them empty, as here (check the cookbook writes the variables the package's unit reads)`);
    for (const s of env.sources) notes.push(`variables of ExecStart read from ${s.path} (${s.from === 'cookbook' ? "the cookbook's" : "the package's"} file)`);
  }
  if (prefix.includes('@')) argv = [argv[0]!, ...argv.slice(2)];
  if (argv.length === 0) return { ok: false, unit, reason: `ExecStart of ${unit.path} is empty once its variables are expanded` };
  if (type === 'forking') {
    const binary = argv[0]!.split('/').pop()!;
    const form = forms.find((f) => f.binary === binary);
    const pidFile = lastValue(a, 'Service', 'PIDFile');
    if (form) {
      argv = applyForm(argv, form);
      notes.push(`the unit forks (Type=forking); made foreground: ${form.why}`);
    } else if (pidFile) {
      argv = pidWatch(argv, pidFile);
      notes.push(`the unit forks (Type=forking) and no foreground form is known for ${binary}: the container starts it and lives as long as the pid in ${pidFile}, forwarding TERM to it`);
    } else {
      return { ok: false, unit, reason: `${unit.path} forks (Type=forking), names no PIDFile, and no foreground form is known for ${binary}` };
    }
  } else if (type === 'notify') {
    notes.push('the unit is Type=notify: the daemon stays in the foreground; with no notify socket in a container it just starts');
  }
  const pre = a.filter((x) => x.section === 'Service' && x.key === 'ExecStartPre' && x.value !== '').map((x) => x.value);
  if (pre.length) notes.push(`ExecStartPre not run at container start: ${pre.join('; ')}`);
  const user = lastValue(a, 'Service', 'User');
  const group = lastValue(a, 'Service', 'Group');
  const workingDirectory = lastValue(a, 'Service', 'WorkingDirectory');
  const runtimeDirectories = (lastValue(a, 'Service', 'RuntimeDirectory') ?? '').split(/\s+/).filter(Boolean);
  return {
    ok: true,
    unit,
    command: argv,
    ...(user ? { user } : {}),
    ...(group ? { group } : {}),
    ...(workingDirectory && !workingDirectory.startsWith('~') ? { workingDirectory: workingDirectory.replace(/^-/, '') } : {}),
    runtimeDirectories,
    skippedPre: pre,
    environment,
    notes,
  };
}

