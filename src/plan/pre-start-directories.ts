/**
 * An ExecStartPre that only makes directories under /run (`-/bin/mkdir -p
 * /var/run/vsftpd/empty`, Debian's vsftpd unit) does what RuntimeDirectory=
 * does: the directory the daemon needs at start. A container has no systemd
 * to run it, so it is made in the image, as RuntimeDirectory's are; without
 * it vsftpd refuses every login ("secure_chroot_dir … not found").
 */
import { splitCommandLine } from '../text/systemd-unit.js';

/**
 * The directories, relative to /run (as RuntimeDirectory= names them), that
 * the ExecStartPre line makes; undefined when it does anything else, runs
 * with other rights (`+`, `!`) or makes a directory elsewhere.
 */
export function runDirectoriesMadeBy(pre: string): string[] | undefined {
  const prefix = /^[-@:+!]*/.exec(pre)![0];
  if (prefix.includes('+') || prefix.includes('!') || prefix.includes('@')) return undefined;
  const [binary, ...args] = splitCommandLine(pre.slice(prefix.length).trim());
  if (!binary || !/^(\/usr)?\/bin\/mkdir$|^mkdir$/.test(binary)) return undefined;
  const dirs: string[] = [];
  for (const a of args) {
    if (a === '-p' || a === '--parents') continue;
    const under = /^\/(?:var\/)?run\/([\w.@+-]+(?:\/[\w.@+-]+)*)\/?$/.exec(a);
    if (!under || under[1]!.split('/').some((seg) => seg === '.' || seg === '..')) return undefined;
    dirs.push(under[1]!);
  }
  return dirs.length ? dirs : undefined;
}
