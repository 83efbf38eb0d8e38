import type { LintFinding } from '../lint-finding.js';
import type { DockerInstruction } from './dockerfile-instruction.js';
import { parseShell, type ParsedShell } from './shell-commands.js';

export interface DockerfileRuleContext {
  /** Packages whose versions the cookbook pins: only these must be pinned in `apt-get install` (DL3008). */
  readonly pinnedPackages: ReadonlySet<string>;
}

export type DockerfileRule = (instructions: readonly DockerInstruction[], context: DockerfileRuleContext) => LintFinding[];

/** The shell program a RUN executes; an exec-form RUN is one command with no shell around it. */
export function runShell(instruction: DockerInstruction): ParsedShell {
  if (instruction.execForm) {
    const [name, ...args] = instruction.execForm;
    return { commands: name === undefined ? [] : [{ name, args }], hasPipe: false };
  }
  return parseShell(instruction.args);
}

export function finding(rule: string, severity: LintFinding['severity'], line: number, message: string): LintFinding {
  return { rule, severity, line, message };
}

/** `/usr/bin/apt-get` and `apt-get` are the same program. */
export function baseName(command: string): string {
  return command.slice(command.lastIndexOf('/') + 1);
}
