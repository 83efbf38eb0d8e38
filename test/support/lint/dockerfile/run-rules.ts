import type { LintFinding } from '../lint-finding.js';
import { baseName, finding, runShell, type DockerfileRule } from './dockerfile-rule.js';
import { parseShell } from './shell-commands.js';

/** DL3003: `cd` in a RUN is forgotten by the next instruction; WORKDIR is not. */
export const dl3003: DockerfileRule = (instructions) =>
  instructions
    .filter((i) => i.keyword === 'RUN' && runShell(i).commands.some((c) => c.name === 'cd'))
    .map((i) => finding('DL3003', 'warning', i.line, 'Use WORKDIR to switch to a directory'));

export const dl3004: DockerfileRule = (instructions) =>
  instructions
    .filter((i) => i.keyword === 'RUN' && runShell(i).commands.some((c) => baseName(c.name) === 'sudo'))
    .map((i) => finding('DL3004', 'error', i.line, 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root'));

const NON_POSIX_SHELLS = ['pwsh', 'powershell', 'cmd'];

/** Whether a SHELL instruction's shell makes a failing pipeline stage fail the RUN. */
function shellHasPipefail(argv: readonly string[]): boolean {
  const program = baseName(argv[0] ?? '');
  if (NON_POSIX_SHELLS.some((s) => program.startsWith(s))) return true;
  const command = parseShell(argv.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ')).commands[0];
  if (!command || !['bash', 'zsh', 'ash'].includes(baseName(command.name))) return false;
  return command.args.some((arg, index) => arg === 'pipefail' && index > 0 && /^-[a-z]*o$/.test(command.args[index - 1] as string));
}

/**
 * DL4006: under /bin/sh a pipeline's status is its last command's, so
 * `curl … | tar x` succeeds even when curl fails. SHELL is per stage.
 */
export const dl4006: DockerfileRule = (instructions) => {
  const findings: LintFinding[] = [];
  let pipefail = false;
  for (const i of instructions) {
    if (i.keyword === 'FROM') pipefail = false;
    else if (i.keyword === 'SHELL') pipefail = shellHasPipefail(i.execForm ?? []);
    else if (i.keyword === 'RUN' && !pipefail && i.execForm === null && runShell(i).hasPipe) {
      findings.push(finding('DL4006', 'error', i.line, 'Set the SHELL option -o pipefail before RUN with a pipe in it'));
    }
  }
  return findings;
};

/**
 * DL3059: consecutive RUNs cost a layer each. As in hadolint, RUNs with
 * different flags (mounts) or more than two commands are a deliberate split.
 */
export const dl3059: DockerfileRule = (instructions) => {
  const findings: LintFinding[] = [];
  let previous: { flags: string; count: number } | null = null;
  for (const i of instructions) {
    if (i.keyword !== 'RUN') {
      previous = null;
      continue;
    }
    const flags = JSON.stringify([...i.flags.entries()].sort());
    const count = runShell(i).commands.length;
    if (previous && previous.flags === flags && count <= 2 && previous.count <= 2) {
      findings.push(finding('DL3059', 'warning', i.line, 'Multiple consecutive `RUN` instructions. Consider consolidation'));
    }
    previous = { flags, count };
  }
  return findings;
};
