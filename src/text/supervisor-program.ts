/**
 * The `[program:x]` sections of a supervisord configuration file
 * (supervisord.conf(5), "[program:x] Section Settings"): what supervisord
 * starts and keeps in the foreground. Read as Python's configparser reads it:
 * `key = value` or `key: value`, `;`/`#` comment lines, a ` ;` inline comment,
 * indented lines continuing the value before them. The command is split as
 * supervisord does (shlex); `%(program_name)s` is filled in, any other
 * `%(…)s` expansion comes from supervisord's environment and gives no command.
 *
 * Imports nothing but its own folder.
 */
import { shellWords } from './shell-words.js';

export interface SupervisorProgram {
  readonly name: string;
  /** 1-based line of the section header. */
  readonly line: number;
  readonly settings: ReadonlyMap<string, { value: string; line: number }>;
}

export function supervisorPrograms(text: string): SupervisorProgram[] {
  const out: { name: string; line: number; settings: Map<string, { value: string; line: number }> }[] = [];
  let current: (typeof out)[number] | undefined;
  let last: string | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (/^\s*[;#]/.test(raw) || raw.trim() === '') continue;
    const header = /^\[([^\]]+)\]\s*$/.exec(raw.trim());
    if (header) {
      const program = /^program:(.+)$/.exec(header[1]!.trim());
      current = program ? { name: program[1]!.trim(), line: i + 1, settings: new Map() } : undefined;
      if (current) out.push(current);
      last = undefined;
      continue;
    }
    if (!current) continue;
    const value = (v: string) => v.replace(/\s;.*$/, '').trim();
    if (/^\s/.test(raw) && last) {
      const prev = current.settings.get(last)!;
      current.settings.set(last, { value: `${prev.value}\n${value(raw)}`, line: prev.line });
      continue;
    }
    const kv = /^([A-Za-z0-9_.-]+)\s*[=:]\s*(.*)$/.exec(raw.trim());
    if (!kv) continue;
    last = kv[1]!.toLowerCase();
    current.settings.set(last, { value: value(kv[2]!), line: i + 1 });
  }
  return out;
}

export type ProgramCommand =
  | { readonly ok: true; readonly argv: readonly string[]; readonly user?: string; readonly directory?: string; readonly env: Readonly<Record<string, string>>; readonly line: number }
  | { readonly ok: false; readonly reason: string };

/** `KEY="val",KEY2=val2` (supervisord's environment setting). */
export function supervisorEnvironment(text: string): Record<string, string> | undefined {
  const env: Record<string, string> = {};
  const re = /\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^,]*)\s*(,|$)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < text.length && (m = re.exec(text))) {
    env[m[1]!] = m[2]!.replace(/^"(.*)"$|^'(.*)'$/s, (_, d?: string, s?: string) => d ?? s ?? '');
    at = re.lastIndex;
    if (m[3] === '') break;
  }
  return at >= text.trim().length ? env : undefined;
}

/** A program's command, user, directory and environment. */
export function programCommand(p: SupervisorProgram): ProgramCommand {
  const command = p.settings.get('command');
  if (!command) return { ok: false, reason: `[program:${p.name}] has no command` };
  const filled = command.value.replace(/%\(program_name\)s/g, p.name);
  const other = /%\(([^)]*)\)[sd]/.exec(filled);
  if (other) return { ok: false, reason: `the command of [program:${p.name}] uses %(${other[1]})s, filled in by supervisord at run time` };
  const split = shellWords(filled.replace(/%%/g, '%'));
  if (!split.ok) return { ok: false, reason: `the command of [program:${p.name}]: ${split.reason}` };
  if (split.words.length === 0) return { ok: false, reason: `the command of [program:${p.name}] is empty` };
  const envText = p.settings.get('environment')?.value;
  const env = envText === undefined ? {} : supervisorEnvironment(envText.replace(/\n/g, ' '));
  if (!env) return { ok: false, reason: `the environment of [program:${p.name}] is not KEY=value pairs decant can read` };
  const user = p.settings.get('user')?.value;
  const directory = p.settings.get('directory')?.value;
  return { ok: true, argv: split.words, ...(user ? { user } : {}), ...(directory ? { directory } : {}), env, line: command.line };
}
