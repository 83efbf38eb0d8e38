/**
 * A service's command from the SysV init script its package ships, for
 * packages with no systemd unit (systemd runs those through
 * systemd-sysv-generator, which starts the script itself). Debian's scripts
 * follow one shape (/etc/init.d/skeleton): plain assignments, an
 * /etc/default file sourced for the tunables, and a
 * `start-stop-daemon --start … --exec DAEMON -- ARGS` in the start branch.
 * That shape is read here, with the script's branches taken or skipped as sh
 * would where the script's own variables or the host's known files decide
 * them (init-script-flow.ts); anything else — a variable set under a
 * condition only the running host answers, a start line built some other way
 * — is refused with the reason, never guessed. The daemon is taken to detach itself as the script expects
 * (unless start-stop-daemon backgrounds it), so it is made foreground like a
 * forking unit: by catalog/foreground/forms.yaml, or a pid-file watch.
 */
import { applyForm, formFor, pidWatch, type FileText, type ForegroundForm } from './unit-command.js';
import { readInitScript, type StartLine } from './init-script-run.js';

export type InitScriptCommand =
  | { readonly ok: true; readonly command: readonly string[]; readonly user?: string; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** A start line's words as a key: two calls that expand alike are one way to start. */
const keyOf = (l: StartLine) => JSON.stringify(l.words);

export function initScriptCommand(script: string, scriptPath: string, fileText: FileText, forms: readonly ForegroundForm[]): InitScriptCommand {
  const run = readInitScript(script, scriptPath, fileText);
  if (run.refused) return { ok: false, reason: run.refused };
  if (run.starts.length === 0) return { ok: false, reason: `${scriptPath} has no start-stop-daemon --start line to read the daemon from` };
  const distinct = [...new Map(run.starts.map((l) => [keyOf(l), l])).values()];
  if (distinct.length > 1) {
    // Every one runs: the script starts several daemons (isc-dhcp-server's v4 and v6 servers), and a container runs one.
    if (distinct.every((l) => l.reach === 'runs')) {
      const shown = distinct.map((l) => `\`${exec(l) ?? l.words.join(' ')} ${argsOf(l).join(' ')}\``.replace(/ `$/, '`')).join(', ');
      return { ok: false, reason: `${scriptPath} starts ${distinct.length} daemons (${shown}); a container runs one` };
    }
    // Two ways to start, chosen by a condition only the running host answers: not to be guessed.
    return { ok: false, reason: `${scriptPath} starts the daemon in ${distinct.length} different ways, chosen by conditions in the script that only the running host answers` };
  }
  return commandOf(distinct[0]!, scriptPath, run.notes, forms);
}

function optionsOf(l: StartLine): readonly string[] {
  const dashdash = l.words.indexOf('--');
  return dashdash >= 0 ? l.words.slice(0, dashdash) : l.words;
}

function argsOf(l: StartLine): readonly string[] {
  const dashdash = l.words.indexOf('--');
  return dashdash >= 0 ? l.words.slice(dashdash + 1) : [];
}

function option(options: readonly string[], ...names: string[]): string | undefined {
  for (let i = 0; i < options.length; i++) {
    const o = options[i]!;
    for (const n of names) {
      if (o === n) return options[i + 1];
      if (o.startsWith(`${n}=`)) return o.slice(n.length + 1);
    }
  }
  return undefined;
}

const exec = (l: StartLine) => option(optionsOf(l), '--startas', '-a') ?? option(optionsOf(l), '--exec', '-x');
const shownParam = (p: string) => `$${p}`;

function commandOf(start: StartLine, scriptPath: string, runNotes: readonly string[], forms: readonly ForegroundForm[]): InitScriptCommand {
  const byKind = (kind: string) => [...start.unsure].filter(([, k]) => k === kind).map(([p]) => shownParam(p));
  const conditional = byKind('condition');
  if (conditional.length) return { ok: false, reason: `${scriptPath} starts the daemon with ${conditional.join(', ')}, set only under a condition only the running host answers` };
  const computed = byKind('computed');
  if (computed.length) return { ok: false, reason: `${scriptPath} starts the daemon with ${computed.join(', ')}, computed by a command when the script runs` };
  const options = optionsOf(start);
  const daemon = exec(start);
  if (!daemon) return { ok: false, reason: `${scriptPath}: start-stop-daemon names no --exec or --startas` };
  if (!daemon.startsWith('/')) return { ok: false, reason: `${scriptPath} starts ${daemon}, which is not an absolute path` };
  // A tunable nobody ships is usually written by the maintainer script at install time (debconf): not knowable here.
  if (start.missing.length) {
    return { ok: false, reason: `${scriptPath} starts ${daemon} with ${start.missing.map(shownParam).join(', ')}, which neither the package's files nor the cookbook set (a maintainer script may write them at install time)` };
  }
  const user = option(options, '--chuid', '-c')?.split(':')[0];
  let argv = [daemon, ...argsOf(start)];
  const pidFile = option(options, '--pidfile', '-p');
  const notes = [`command from ${scriptPath} (start-stop-daemon), shipped by the package`, ...runNotes];
  if (options.includes('--background') || options.includes('-b')) {
    notes.push('start-stop-daemon runs it in the background itself, so the daemon stays in the foreground');
  } else {
    const binary = daemon.split('/').pop()!;
    const form = formFor(argv, forms);
    if (form) {
      argv = applyForm(argv, form);
      notes.push(`the daemon detaches itself; made foreground: ${form.why}`);
    } else if (pidFile && start.pidFileUnsure) {
      return { ok: false, reason: `${scriptPath} starts ${daemon}, which detaches itself, with no foreground form known for ${binary}, and its pid file is worked out only when the script runs` };
    } else if (pidFile) {
      argv = pidWatch(argv, pidFile);
      notes.push(`the daemon detaches itself and no foreground form is known for ${binary}: the container lives as long as the pid in ${pidFile}`);
    } else {
      return { ok: false, reason: `${scriptPath} starts ${daemon}, which detaches itself, with no pid file and no foreground form known for ${binary}` };
    }
  }
  return { ok: true, command: argv, ...(user && user !== 'root' ? { user } : {}), notes };
}
