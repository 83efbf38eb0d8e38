/**
 * InSpec `file` and `directory`: one stat inside the container for type,
 * mode, owner and link target; content and checksums only when asked for.
 * Like InSpec, properties follow a symlink to its target, `be_symlink` and
 * `type` look at the link itself.
 */
import { quote, sh } from '../exec.js';
import { ProbeError, failed, type Facts, type Resource } from './facts.js';

const MAX_CONTENT = 4 * 1024 * 1024;

const TYPES: Record<string, string> = {
  'regular file': 'file',
  'regular empty file': 'file',
  directory: 'directory',
  'symbolic link': 'symlink',
  fifo: 'pipe',
  socket: 'socket',
  'character special file': 'character_device',
  'block special file': 'block_device',
};

export function parseStat(line: string): { type: string; mode: number; owner: string; group: string; uid: number; gid: number; size: number } | undefined {
  const f = line.split('|');
  if (f.length < 7) return undefined;
  return { type: TYPES[f[0]!] ?? f[0]!, mode: parseInt(f[1]!, 8), owner: f[2]!, group: f[3]!, uid: Number(f[4]), gid: Number(f[5]), size: Number(f[6]) };
}

export function fileResource(kind: 'file' | 'directory'): Resource {
  return async (args, ctx) => {
    const [path] = args;
    if (typeof path !== 'string') return { unsupported: `${kind} needs a path` };
    const q = quote(path);
    const r = await sh(
      ctx.exec,
      `if [ -e ${q} ] || [ -L ${q} ]; then echo "L|$(stat -c '%F|%a|%U|%G|%u|%g|%s' ${q})"; echo "F|$(stat -L -c '%F|%a|%U|%G|%u|%g|%s' ${q} 2>/dev/null)"; [ -L ${q} ] && echo "T|$(readlink -f ${q})"; else echo missing; fi; true`,
    );
    if (r.error) return failed(r.error);
    const line = (tag: string) => r.stdout.split('\n').find((l) => l.startsWith(`${tag}|`))?.slice(2);
    const own = parseStat(line('L') ?? '');
    const target = parseStat(line('F') ?? '');
    const st = target ?? own;
    const exists = !!target;
    const readText = async (cmd: string) => {
      const c = await sh(ctx.exec, cmd);
      if (c.error || c.exitCode !== 0) throw new ProbeError(c.error ?? (c.stderr.trim() || `exit ${c.exitCode}`));
      return c.stdout;
    };
    const facts: Facts = {
      predicates: {
        exist: kind === 'directory' ? st?.type === 'directory' : exists,
        file: st?.type === 'file',
        directory: st?.type === 'directory',
        symlink: own?.type === 'symlink',
        pipe: st?.type === 'pipe',
        socket: st?.type === 'socket',
        character_device: st?.type === 'character_device',
        block_device: st?.type === 'block_device',
        readable: !!st && (st.mode & 0o444) !== 0,
        writable: !!st && (st.mode & 0o222) !== 0,
        executable: !!st && (st.mode & 0o111) !== 0,
        owned_by: ([u]) => st?.owner === u,
        grouped_into: ([g]) => st?.group === g,
      },
      properties: {
        path,
        basename: path.split('/').filter(Boolean).pop() ?? '/',
        exist: exists,
        type: own?.type ?? null,
        mode: st ? st.mode : null,
        owner: st?.owner ?? null,
        group: st?.group ?? null,
        uid: st?.uid ?? null,
        gid: st?.gid ?? null,
        size: st?.size ?? null,
        link_path: own?.type === 'symlink' ? line('T') ?? null : null,
        content: async () => {
          if (!st || st.type !== 'file') return null;
          if (st.size > MAX_CONTENT) throw new ProbeError(`${path} is ${st.size} bytes, more than decant reads`);
          return readText(`cat -- ${q}`);
        },
        md5sum: async () => (st?.type === 'file' ? (await readText(`md5sum -- ${q}`)).split(' ')[0]! : null),
        sha256sum: async () => (st?.type === 'file' ? (await readText(`sha256sum -- ${q}`)).split(' ')[0]! : null),
      },
    };
    return facts;
  };
}
