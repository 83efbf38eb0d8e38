/**
 * Files and directories a maintainer script makes on a fresh install, beside
 * what the .deb ships: bind9's postinst makes /var/lib/bind, memcached's copies
 * its default config to /etc/memcached.conf, openssh-server's ucf puts
 * /etc/ssh/sshd_config in place. Read from mkdir, install, cp, touch, ln -s
 * and ucf with literal absolute destinations (after plain variables); the
 * source may be computed (a mktemp file), the destination may not.
 *
 * Not covered: paths built at run time, files programs write (rndc-confgen -a
 * makes /etc/bind/rndc.key), and anything under a condition the script could
 * only decide on the machine — read as if the fresh-install branch ran.
 */
import { plainAssignments, shellWords, simpleCommands, substitute } from './shell-commands.js';
import { normalFactPath } from './fact-paths.js';

export interface ScriptPaths {
  files: string[];
  directories: string[];
}

const VALUED: Readonly<Record<string, ReadonlySet<string>>> = {
  mkdir: new Set(['-m', '--mode']),
  install: new Set(['-m', '--mode', '-o', '--owner', '-g', '--group', '-S', '--suffix', '-t', '--target-directory']),
  cp: new Set(['-t', '--target-directory', '-S', '--suffix']),
  touch: new Set(['-d', '-r', '-t', '--date', '--reference']),
  ln: new Set(['-t', '--target-directory', '-S', '--suffix']),
  // ucf(1) NEW DEST: installs a config file debconf-style.
  ucf: new Set(['--src-dir', '--sum-file', '--state-dir']),
};

/** Operands (undefined where computed) and flags of a coreutils-style call. */
function operands(command: string, words: readonly (string | undefined)[]): { args: (string | undefined)[]; flags: Set<string> } {
  const args: (string | undefined)[] = [];
  const flags = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined) {
      args.push(undefined);
      continue;
    }
    if (/^\d*[<>]/.test(w)) {
      if (/^\d*[<>]&?$/.test(w)) i++;
      continue;
    }
    if (w.startsWith('-') && w !== '-') {
      if (VALUED[command]!.has(w.replace(/=.*$/, '')) && !w.includes('=')) i++;
      if (w.startsWith('--')) flags.add(w.replace(/=.*$/, ''));
      else for (const c of w.slice(1)) flags.add(`-${c}`);
      continue;
    }
    args.push(w);
  }
  return { args, flags };
}

export function pathsFromScript(script: string, out: ScriptPaths = { files: [], directories: [] }): ScriptPaths {
  const vars = plainAssignments(script);
  for (const { text } of simpleCommands(script)) {
    const words = shellWords(substitute(text, vars));
    const command = words[0]?.replace(/^.*\//, '');
    if (command === undefined || !(command in VALUED)) continue;
    const call = operands(command, words.slice(1));
    const abs = call.args.map((a) => (a === undefined ? '' : normalFactPath(a)));
    if (command === 'mkdir' || command === 'touch' || (command === 'install' && call.flags.has('-d'))) {
      // Every operand is made: all must be known.
      if (abs.length === 0 || abs.some((p) => p === '')) continue;
      (command === 'touch' ? out.files : out.directories).push(...abs);
    } else if (abs.length >= 2 && abs[abs.length - 1] !== '') {
      out.files.push(abs[abs.length - 1]!);
    }
  }
  return out;
}
