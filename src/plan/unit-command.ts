/**
 * The command a systemd service unit runs, as a container's exec-form
 * command — the same steps for a unit a package ships and a unit the cookbook
 * writes (issue 14: sources 1 and 2 treated alike): environment files read
 * (the cookbook's rendered copy first), `$VAR` expanded at convert time, a
 * unit that forks made foreground by the foreground data or watched through
 * its PIDFile. Each step is said in the notes, so a reviewer sees how the
 * command was made. The unit text itself is read by src/text/systemd-unit.ts.
 */
import { lastValue, splitCommandLine, type UnitAssignment } from '../text/systemd-unit.js';
import { expandCommand, unitEnvironment } from './unit-environment.js';
import { runDirectoriesMadeBy } from './pre-start-directories.js';
import { packagedHelperStep, withPreStart } from './pre-start-helpers.js';

/** How a forking daemon runs in the foreground, keyed by its binary's file name (catalog/foreground/forms.yaml). */
export interface ForegroundForm {
  readonly binary: string;
  readonly replace?: Readonly<Record<string, readonly string[]>>;
  readonly append?: readonly string[];
  readonly remove?: readonly string[];
  readonly why: string;
}

/** A file's text on the converged host; `incomplete` when the cookbook's rendering holds values decant could not know. */
export type FileText = (path: string) => { text: string; from: 'cookbook' | 'package'; incomplete?: boolean } | undefined;

export type UnitCommand =
  | {
      readonly ok: true;
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
  | { readonly ok: false; readonly reason: string };

/** The form for a binary, applied to a command's words: a word replaced, removed, words appended. */
export function applyForm(argv: readonly string[], form: ForegroundForm): string[] {
  const out: string[] = [];
  for (const w of argv) {
    if (form.remove?.includes(w)) continue;
    const r = form.replace?.[w];
    if (r) out.push(...r);
    else out.push(w);
  }
  return [...out, ...(form.append ?? [])];
}

/** The foreground form known for a command's binary, by its file name. */
export function formFor(argv: readonly string[], forms: readonly ForegroundForm[]): ForegroundForm | undefined {
  const binary = argv[0]?.split('/').pop();
  return binary === undefined ? undefined : forms.find((f) => f.binary === binary);
}

// What follows the daemon's words in pidWatch's script: pidWatchedArgv finds them by it.
const PID_WATCH_TAIL = ' || exit $?; i=0; while [ ! -s ';

/** A forking daemon without a known foreground form: start it, then live as long as the pid its PIDFile names. */
export function pidWatch(argv: readonly string[], pidFile: string): string[] {
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const pf = `'${pidFile.replace(/'/g, `'\\''`)}'`;
  return [
    '/bin/sh',
    '-c',
    `${quoted}${PID_WATCH_TAIL}${pf} ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done; pid=$(cat ${pf}) || exit 1; ` +
      `trap 'kill -TERM $pid' TERM INT; while kill -0 $pid 2>/dev/null; do sleep 1 & wait $!; done`,
  ];
}

/** The daemon's words a pidWatch command starts; undefined for any other command. */
export function pidWatchedArgv(command: readonly string[]): string[] | undefined {
  if (command.length !== 3 || command[0] !== '/bin/sh' || command[1] !== '-c') return undefined;
  const at = command[2]!.indexOf(PID_WATCH_TAIL);
  return at > 0 ? splitCommandLine(command[2]!.slice(0, at)) : undefined;
}

/**
 * The command of a unit's [Service] section. `where` names the unit for
 * reasons and notes (its path, or the cookbook resource that writes it).
 * `shippedBy` names the installed package shipping a path (package facts):
 * an ExecStartPre running a packaged helper then runs before the command.
 */
export function unitCommand(
  a: readonly UnitAssignment[],
  where: string,
  fileText: FileText,
  forms: readonly ForegroundForm[],
  shippedBy: (path: string) => string | undefined = () => undefined,
): UnitCommand {
  const notes: string[] = [];
  const execValues = a.filter((x) => x.section === 'Service' && x.key === 'ExecStart');
  const exec = lastValue(a, 'Service', 'ExecStart');
  if (exec === undefined) return { ok: false, reason: `${where} has no ExecStart` };
  // An empty `ExecStart=` resets the list: only the lines after the last reset run.
  const lastReset = execValues.map((x) => x.value).lastIndexOf('');
  if (execValues.slice(lastReset + 1).length > 1) return { ok: false, reason: `${where} runs several ExecStart commands in a row` };
  const execLine = execValues[execValues.length - 1]!.line;
  const type = lastValue(a, 'Service', 'Type') ?? 'simple';
  if (type === 'oneshot') return { ok: false, reason: `${where} is Type=oneshot: it runs once and exits, not a service a container keeps running` };
  const prefix = /^[-@:+!]*/.exec(exec)![0];
  // Specifiers are filled in by the caller, for the unit's name, before the text is read.
  const body = exec.slice(prefix.length).trim();
  let argv: string[];
  let environment: Record<string, string> = {};
  if (prefix.includes(':')) argv = splitCommandLine(body);
  else {
    const env = unitEnvironment(a, fileText);
    if (!env.ok) return { ok: false, reason: env.reason };
    argv = expandCommand(body, env.vars);
    environment = Object.fromEntries(env.vars);
    // systemd passes an unset ${VAR} as an empty argument: faithful, and usually a broken start. Say which.
    const unsetVars = [...body.matchAll(/\$\{([A-Za-z_]\w*)\}|(?:^|\s)\$([A-Za-z_]\w*)(?=\s|$)/g)].map((m) => (m[1] ?? m[2])!).filter((v) => !env.vars.has(v));
    if (unsetVars.length) notes.push(`ExecStart uses ${[...new Set(unsetVars)].map((v) => `$${v}`).join(', ')}, which no environment file of the unit sets: systemd passes them empty, as here (check the cookbook writes the variables the unit reads)`);
    if (body.includes('$') && env.sources.length === 0 && env.vars.size > 0) notes.push(`variables of ExecStart (line ${execLine}) expanded from the unit's Environment= at convert time`);
    for (const s of env.sources) notes.push(`variables of ExecStart read from ${s.path} (${s.from === 'cookbook' ? "the cookbook's" : "the package's"} file)`);
  }
  if (prefix.includes('@')) argv = [argv[0]!, ...argv.slice(2)];
  if (argv.length === 0) return { ok: false, reason: `ExecStart of ${where} is empty once its variables are expanded` };
  // systemd runs one command per ExecStart line; a `;` word is a shell's separator a container's exec form would pass on as an argument.
  if (argv.includes(';')) return { ok: false, reason: `ExecStart of ${where} holds several commands: ${body}` };
  if (type === 'forking') {
    const form = formFor(argv, forms);
    const pidFile = lastValue(a, 'Service', 'PIDFile');
    if (form) {
      argv = applyForm(argv, form);
      notes.push(`the unit forks (Type=forking); made foreground: ${form.why}`);
    } else if (pidFile) {
      const binary = argv[0]!.split('/').pop()!;
      argv = pidWatch(argv, pidFile);
      notes.push(`the unit forks (Type=forking) and no foreground form is known for ${binary}: the container starts it and lives as long as the pid in ${pidFile}, forwarding TERM to it`);
    } else {
      return { ok: false, reason: `${where} forks (Type=forking), names no PIDFile, and no foreground form is known for ${argv[0]!.split('/').pop()!}` };
    }
  } else if (type === 'notify') {
    notes.push('the unit is Type=notify: the daemon stays in the foreground; with no notify socket in a container it just starts');
  }
  const preLines = a.filter((x) => x.section === 'Service' && x.key === 'ExecStartPre' && x.value !== '').map((x) => x.value);
  const preDirs = preLines.map((p) => ({ line: p, dirs: runDirectoriesMadeBy(p) }));
  const made = preDirs.flatMap((p) => p.dirs ?? []);
  const others = preDirs.filter((p) => !p.dirs).map((p) => ({ line: p.line, step: packagedHelperStep(p.line, shippedBy) }));
  const steps = others.flatMap((o) => (o.step ? [o.step] : []));
  const pre = others.filter((o) => !o.step).map((o) => o.line);
  if (made.length) notes.push(`ExecStartPre made in the image, as a RuntimeDirectory is: ${preDirs.filter((p) => p.dirs).map((p) => p.line).join('; ')}`);
  if (steps.length) {
    argv = withPreStart(argv, steps);
    const helpers = [...new Set(steps.map((s) => `${s.argv[0]} (package ${s.packageName})`))].join(', ');
    notes.push(`ExecStartPre run at container start before the command, in the unit's order, as systemd runs them: ${steps.map((s) => s.line).join('; ')} — the package's own helper ${helpers}`);
  }
  if (pre.length) notes.push(`ExecStartPre not run at container start: ${pre.join('; ')}`);
  const user = lastValue(a, 'Service', 'User');
  const group = lastValue(a, 'Service', 'Group');
  const workingDirectory = lastValue(a, 'Service', 'WorkingDirectory');
  const declaredRuntime = (lastValue(a, 'Service', 'RuntimeDirectory') ?? '').split(/\s+/).filter(Boolean);
  const runtimeDirectories = [...new Set([...declaredRuntime, ...made])];
  return {
    ok: true,
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
