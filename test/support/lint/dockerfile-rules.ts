import type { LintFinding } from './lint-finding.js';
import { dl3008, dl3009, dl3014, dl3015 } from './dockerfile/apt-rules.js';
import { parseDockerfile } from './dockerfile/dockerfile-instruction.js';
import type { DockerfileRule } from './dockerfile/dockerfile-rule.js';
import { dl3000, dl3002, dl3006, dl3007, dl3020, dl3025, dl4000 } from './dockerfile/instruction-rules.js';
import { dl3003, dl3004, dl3059, dl4006 } from './dockerfile/run-rules.js';

export type { LintFinding } from './lint-finding.js';

const RULES: readonly DockerfileRule[] = [dl3000, dl3002, dl3003, dl3004, dl3006, dl3007, dl3008, dl3009, dl3014, dl3015, dl3020, dl3025, dl3059, dl4000, dl4006];

/**
 * hadolint's rules that decant's Dockerfiles must pass (hadolint itself cannot
 * be installed here). Findings are sorted by line, then rule.
 */
export function lintDockerfile(text: string, options?: { pinnedPackages?: readonly string[] }): LintFinding[] {
  const context = { pinnedPackages: new Set(options?.pinnedPackages ?? []) };
  let instructions;
  try {
    instructions = parseDockerfile(text);
  } catch (error) {
    return [{ rule: 'parse', severity: 'error', line: 1, message: `Dockerfile could not be parsed: ${String(error)}` }];
  }
  return RULES.flatMap((rule) => rule(instructions, context)).sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}
