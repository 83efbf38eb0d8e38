/**
 * The command an upstart job (`/etc/init/<name>.conf`, init(5)) runs: its
 * `exec` stanza, with `env` values, `setuid`/`setgid` and `chdir`. A job that
 * starts through a `script … end script` block runs shell code decant does not
 * run, so it gives no command; `expect fork`/`expect daemon` says the daemon
 * forks, which the caller must make foreground.
 *
 * Imports nothing but its own folder.
 */
import { logicalLines, withoutRedirections } from './run-script.js';
import { shellWords } from './shell-words.js';

export type UpstartCommand =
  | {
      readonly ok: true;
      readonly argv: readonly string[];
      readonly user?: string;
      readonly group?: string;
      readonly workingDirectory?: string;
      readonly env: Readonly<Record<string, string>>;
      /** `expect fork` or `expect daemon`: the process upstart starts forks into the background. */
      readonly forks?: 'fork' | 'daemon';
      readonly line: number;
    }
  | { readonly ok: false; readonly reason: string };

export function upstartCommand(text: string): UpstartCommand {
  const env: Record<string, string> = {};
  let exec: { line: number; text: string } | undefined;
  let user: string | undefined;
  let group: string | undefined;
  let dir: string | undefined;
  let forks: 'fork' | 'daemon' | undefined;
  let inScript = false;
  for (const l of logicalLines(text)) {
    const [stanza = '', ...rest] = l.text.split(/\s+/);
    const arg = l.text.slice(stanza.length).trim();
    if (inScript) {
      if (l.text === 'end script') inScript = false;
      continue;
    }
    if (stanza === 'script') return { ok: false, reason: `line ${l.line}: the job starts through a script block, shell code decant does not run` };
    if (/^(pre|post)-(start|stop)$/.test(stanza)) {
      if (rest[0] === 'script') inScript = true;
      continue;
    }
    if (stanza === 'exec') exec = { line: l.line, text: arg };
    else if (stanza === 'env') {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(arg);
      if (m) {
        const v = shellWords(m[2]!, new Map(Object.entries(env)));
        if (!v.ok) return { ok: false, reason: `line ${l.line} (${l.text}): ${v.reason}` };
        env[m[1]!] = v.words.join(' ');
      }
    } else if (stanza === 'setuid') user = arg;
    else if (stanza === 'setgid') group = arg;
    else if (stanza === 'chdir') dir = arg;
    else if (stanza === 'expect' && (arg === 'fork' || arg === 'daemon')) forks = arg;
  }
  if (!exec) return { ok: false, reason: 'the job has no exec stanza' };
  const split = shellWords(exec.text, new Map(Object.entries(env)));
  if (!split.ok) return { ok: false, reason: `line ${exec.line} (exec ${exec.text}): ${split.reason}` };
  const argv = withoutRedirections(split.words).words;
  if (argv.length === 0) return { ok: false, reason: `line ${exec.line}: the exec stanza is empty` };
  return {
    ok: true,
    argv,
    ...(user ? { user } : {}),
    ...(group ? { group } : {}),
    ...(dir ? { workingDirectory: dir } : {}),
    env,
    ...(forks ? { forks } : {}),
    line: exec.line,
  };
}
