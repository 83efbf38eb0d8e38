/**
 * The command a runit `run` script starts (runsv(8) runs it and supervises
 * what it execs), read the way runit cookbooks write them:
 *
 *     #!/bin/sh
 *     exec 2>&1
 *     exec chpst -u user:group /usr/bin/daemon -f --flag
 *
 * Only plain variable assignments (`X=1`, `export X=1`), `exec` with nothing
 * but redirections, and `set -e`-style options may come before the `exec`
 * that starts the daemon; anything else is a script decant will not pretend
 * to run, so it says why. Privilege wrappers become the user: chpst `-u`
 * (runit) and `setuidgid` (daemontools); chpst's resource limits and nice
 * level are dropped with a note, its envdir and chroot are refused.
 *
 * Imports nothing but its own folder: plan and engine may both depend on it.
 */
import { assignmentWord, isRedirection, shellWords } from './shell-words.js';

export type ScriptCommand =
  | {
      readonly ok: true;
      readonly argv: readonly string[];
      readonly user?: string;
      readonly group?: string;
      /** Variables the script exports to the daemon. */
      readonly env: Readonly<Record<string, string>>;
      /** 1-based line of the exec that starts the daemon. */
      readonly line: number;
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };

/** Logical lines (backslash continuations joined) with their first line's number; blank and comment lines left out. */
export function logicalLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let t = lines[i]!.replace(/\r$/, '');
    while (t.endsWith('\\') && i + 1 < lines.length) t = `${t.slice(0, -1)} ${lines[++i]!.replace(/\r$/, '')}`;
    const trimmed = t.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    out.push({ line: start, text: trimmed });
  }
  return out;
}

/** Words with redirections taken out (`2>&1`, `> /dev/null`); what was taken out, for the notes. */
export function withoutRedirections(words: readonly string[]): { words: string[]; removed: string[] } {
  const out: string[] = [];
  const removed: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (isRedirection(w)) removed.push(w);
    else if (/^[0-9]*(>>?|<)$/.test(w) && i + 1 < words.length) removed.push(`${w} ${words[++i]!}`);
    else out.push(w);
  }
  return { words: out, removed };
}

const CHPST_FLAGS = new Set(['-v', '-P', '-0', '-1', '-2']);
const CHPST_DROPPED = new Set(['-n', '-l', '-L', '-m', '-d', '-o', '-p', '-f', '-c', '-r', '-t', '-b', '-U']);

type Unwrapped = { argv: string[]; user?: string; group?: string; notes: string[] } | { reason: string };

/** `user[:group[:group…]]` as chpst and setuidgid take it (`:uid:gid` numeric form included). */
function userGroup(spec: string): { user?: string; group?: string } {
  const parts = spec.replace(/^:/, '').split(':');
  return { ...(parts[0] ? { user: parts[0] } : {}), ...(parts[1] ? { group: parts[1] } : {}) };
}

/** Takes privilege and limit wrappers off the front of a command: what they set, and the daemon's own argv. */
export function unwrapRunners(argv: readonly string[]): Unwrapped {
  let rest = [...argv];
  let user: string | undefined;
  let group: string | undefined;
  const notes: string[] = [];
  for (;;) {
    const name = rest[0]?.split('/').pop();
    if (name === 'chpst') {
      let i = 1;
      while (i < rest.length && rest[i]!.startsWith('-')) {
        const opt = rest[i]!.slice(0, 2);
        const attached = rest[i]!.length > 2 ? rest[i]!.slice(2) : undefined;
        if (CHPST_FLAGS.has(opt)) {
          i++;
          continue;
        }
        const value = attached ?? rest[i + 1];
        if (value === undefined) return { reason: `chpst ${opt} has no value` };
        if (opt === '-u') ({ user, group } = userGroup(value));
        else if (opt === '-e') return { reason: `chpst -e ${value} sets the environment from the files of a directory at run time` };
        else if (opt === '-/') return { reason: `chpst -/ ${value} changes the root directory` };
        else if (CHPST_DROPPED.has(opt)) notes.push(`chpst ${opt} ${value} dropped: set limits, nice level or locks on the container instead`);
        else return { reason: `chpst option ${opt} is not one decant knows` };
        i += attached === undefined ? 2 : 1;
      }
      rest = rest.slice(i);
      notes.push(user ? `chpst -u: runs as ${user}${group ? `:${group}` : ''}` : 'chpst wrapper taken off');
    } else if (name === 'setuidgid' && rest.length > 2) {
      ({ user, group } = userGroup(rest[1]!));
      rest = rest.slice(2);
      notes.push(`setuidgid: runs as ${user ?? rest[1]}`);
    } else break;
  }
  if (rest.length === 0) return { reason: 'the exec names only a wrapper, no daemon' };
  return { argv: rest, ...(user ? { user } : {}), ...(group ? { group } : {}), notes };
}

/** The daemon a run script execs, with the user it runs as; or why the script is more than that. */
export function runScriptCommand(text: string): ScriptCommand {
  const vars = new Map<string, string>();
  const env: Record<string, string> = {};
  const notes: string[] = [];
  for (const { line, text: cmd } of logicalLines(text)) {
    if (/^set(\s+[-+][a-z]+)+$/.test(cmd)) continue;
    const split = shellWords(cmd, vars);
    if (!split.ok) return { ok: false, reason: `line ${line} (${cmd}): ${split.reason}` };
    let words = [...split.words];
    const exported = words[0] === 'export';
    if (exported) words = words.slice(1);
    const prefix: { name: string; value: string }[] = [];
    while (words.length && assignmentWord(words[0]!)) prefix.push(assignmentWord(words.shift()!)!);
    if (words.length === 0) {
      for (const a of prefix) {
        vars.set(a.name, a.value);
        if (exported) env[a.name] = a.value;
      }
      if (exported && prefix.length === 0) return { ok: false, reason: `line ${line} (${cmd}): export of a variable set elsewhere` };
      continue;
    }
    if (words[0] !== 'exec' || exported) return { ok: false, reason: `line ${line} (${cmd}) is more than a variable assignment or exec: the script does work decant does not run` };
    // `X=1 exec cmd`: X is in the daemon's environment only.
    for (const a of prefix) env[a.name] = a.value;
    const { words: argv, removed } = withoutRedirections(words.slice(1));
    if (argv.length === 0) {
      if (removed.length) notes.push(`\`exec ${removed.join(' ')}\` (line ${line}): the daemon's output goes to the container log`);
      continue;
    }
    if (removed.length) notes.push(`redirection ${removed.join(' ')} dropped (line ${line}): the container's log takes stdout and stderr`);
    const unwrapped = unwrapRunners(argv);
    if ('reason' in unwrapped) return { ok: false, reason: `line ${line} (${cmd}): ${unwrapped.reason}` };
    return {
      ok: true,
      argv: unwrapped.argv,
      ...(unwrapped.user ? { user: unwrapped.user } : {}),
      ...(unwrapped.group ? { group: unwrapped.group } : {}),
      env,
      line,
      notes: [...notes, ...unwrapped.notes],
    };
  }
  return { ok: false, reason: 'the script execs no daemon (no `exec` of a command)' };
}
