import type { LintFinding } from '../lint-finding.js';
import type { DockerInstruction } from './dockerfile-instruction.js';
import { baseName, finding, runShell, type DockerfileRule } from './dockerfile-rule.js';
import { parseFromImage } from './from-image.js';
import { hasFlag, positionalArgs, type ShellCommand } from './shell-commands.js';

const APT_OPTIONS_WITH_VALUE = ['t', 'target-release', 'o', 'option', 'c', 'config-file'];

function isAptGet(command: ShellCommand, sub: string): boolean {
  return baseName(command.name) === 'apt-get' && positionalArgs(command, APT_OPTIONS_WITH_VALUE).includes(sub);
}

function aptInstalls(i: DockerInstruction): ShellCommand[] {
  return i.keyword === 'RUN' ? runShell(i).commands.filter((c) => isAptGet(c, 'install')) : [];
}

/** The package name of an install argument: `nginx=1.22*`, `nginx/bookworm`, `nginx:amd64`. */
function packageName(arg: string): string {
  return arg.split(/[=/]/)[0]?.replace(/:[a-z0-9]+$/, '') ?? arg;
}

/**
 * DL3008, restricted to the packages the cookbook itself pins: an unpinned
 * install of those silently drops a version the cookbook asked for.
 */
export const dl3008: DockerfileRule = (instructions, context) =>
  instructions.flatMap((i) =>
    aptInstalls(i).flatMap((command) =>
      positionalArgs(command, APT_OPTIONS_WITH_VALUE)
        .filter((arg) => arg !== 'install')
        .filter((arg) => !(arg.includes('=') || arg.includes('/') || arg.endsWith('.deb')))
        .filter((arg) => context.pinnedPackages.has(packageName(arg)))
        .map((arg) =>
          finding('DL3008', 'error', i.line, `Pin versions in apt get install: the cookbook pins \`${arg}\`, use \`apt-get install ${arg}=<version>\``),
        ),
    ),
  );

/** DL3014: without -y the build stops at apt's prompt. hadolint also accepts -q as an answer. */
export const dl3014: DockerfileRule = (instructions) =>
  instructions.flatMap((i) =>
    aptInstalls(i)
      .filter((c) => !['y', 'yes', 'q', 'assume-yes'].some((flag) => hasFlag(c, flag)))
      .map(() => finding('DL3014', 'error', i.line, 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`')),
  );

/** DL3015: recommended packages bloat the image with software nobody asked for. */
export const dl3015: DockerfileRule = (instructions) =>
  instructions.flatMap((i) =>
    aptInstalls(i)
      .filter((c) => !hasFlag(c, 'no-install-recommends') && !c.args.some((a) => /APT::Install-Recommends=(false|0)/i.test(a)))
      .map(() => finding('DL3015', 'error', i.line, 'Avoid additional packages by specifying `--no-install-recommends`')),
  );

function removesAptLists(command: ShellCommand): boolean {
  return baseName(command.name) === 'rm' && command.args.some((a) => a.startsWith('/var/lib/apt/lists'));
}

function cachesAptLists(i: DockerInstruction): boolean {
  const targets = (i.flags.get('mount') ?? [])
    .filter((m) => m.split(',').includes('type=cache'))
    .flatMap((m) => m.split(',').filter((p) => /^(target|dst|destination)=/.test(p)).map((p) => p.split('=')[1] ?? ''));
  return targets.some((t) => t.startsWith('/var/lib/apt/lists')) || (targets.some((t) => t.startsWith('/var/lib/apt')) && targets.some((t) => t.startsWith('/var/cache/apt')));
}

/**
 * DL3009: apt lists left in a layer of a shipped stage. As in hadolint, only
 * the final stage and stages that a later FROM builds on count: a throwaway
 * build stage does not ship its layers.
 */
export const dl3009: DockerfileRule = (instructions) => {
  const froms = instructions.filter((i) => i.keyword === 'FROM').map((i) => ({ stage: i.stage, from: parseFromImage(i.args) }));
  const finalStage = Math.max(0, ...froms.map((f) => f.stage));
  const shipped = new Set<number>([finalStage]);
  for (const { stage, from } of froms) {
    if (from.alias && froms.some((later) => later.stage > stage && later.from.image === from.alias)) shipped.add(stage);
  }
  const findings: LintFinding[] = [];
  for (const i of instructions) {
    if (i.keyword !== 'RUN' || !shipped.has(i.stage)) continue;
    const commands = runShell(i).commands;
    const updates = commands.some((c) => isAptGet(c, 'update'));
    if (updates && !commands.some(removesAptLists) && !cachesAptLists(i)) {
      findings.push(finding('DL3009', 'error', i.line, 'Delete the apt-get lists after installing something (`rm -rf /var/lib/apt/lists/*` in the same RUN)'));
    }
  }
  return findings;
};
