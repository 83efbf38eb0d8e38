/**
 * The container's processes, read from /proc by one shell loop (no `ps` in a
 * minimal image). The loop's own processes are left out.
 */
import { sh, type Exec } from '../exec.js';

export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly uid: number;
  readonly user: string;
  readonly comm: string;
  /** argv joined with spaces, like `ps -o args`. */
  readonly command: string;
  readonly state: string;
}

const SCRIPT = `echo "self $$"
for p in /proc/[0-9]*; do
  [ "\${p#/proc/}" = "$$" ] && continue
  printf '@@%s\\n' "\${p#/proc/}"
  cat "$p/status" 2>/dev/null
  printf 'Cmdline:\\t'; tr '\\0' ' ' < "$p/cmdline" 2>/dev/null; printf '\\n'
done
echo '@@passwd'; getent passwd 2>/dev/null || cat /etc/passwd`;

export function parseProcessDump(text: string): ProcessInfo[] {
  const self = Number(/^self (\d+)/m.exec(text)?.[1] ?? -1);
  const [procPart = '', passwdPart = ''] = text.split('@@passwd\n');
  const names = new Map<number, string>();
  for (const line of passwdPart.split('\n')) {
    const f = line.split(':');
    if (f.length >= 3) names.set(Number(f[2]), f[0]!);
  }
  const out: ProcessInfo[] = [];
  for (const block of procPart.split('\n@@').slice(1)) {
    const lines = block.split('\n');
    const pid = Number(lines[0]);
    const field = (k: string) => lines.find((l) => l.startsWith(`${k}:`))?.slice(k.length + 1).trim() ?? '';
    const ppid = Number(field('PPid'));
    if (!pid || ppid === self || !field('Name')) continue;
    const uid = Number(field('Uid').split(/\s+/)[0]);
    const comm = field('Name');
    const cmd = field('Cmdline').trim();
    out.push({ pid, ppid, uid, user: names.get(uid) ?? String(uid), comm, command: cmd || `[${comm}]`, state: field('State').split(' ')[0] ?? '' });
  }
  return out.sort((a, b) => a.pid - b.pid);
}

export async function listProcesses(exec: Exec): Promise<ProcessInfo[] | { error: string }> {
  const r = await sh(exec, SCRIPT);
  if (r.error) return { error: r.error };
  return parseProcessDump(r.stdout);
}

/** Does the process run `name` (its comm, or argv[0]'s basename)? */
export function runsProgram(p: ProcessInfo, name: string): boolean {
  const argv0 = p.command.split(' ')[0] ?? '';
  const base = argv0.split('/').pop() ?? '';
  // Daemons rewrite their title ("nginx: master process ..."), so the title's first word counts too.
  return p.comm === name || base === name || base === `${name}:` || p.comm === name.slice(0, 15);
}
