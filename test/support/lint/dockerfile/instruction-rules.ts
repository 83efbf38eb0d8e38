import type { LintFinding } from '../lint-finding.js';
import type { DockerInstruction } from './dockerfile-instruction.js';
import { finding, type DockerfileRule } from './dockerfile-rule.js';
import { parseFromImage } from './from-image.js';

/** DL3000: a relative WORKDIR depends on whatever the previous one was. */
export const dl3000: DockerfileRule = (instructions) =>
  instructions
    .filter((i) => i.keyword === 'WORKDIR')
    .filter((i) => {
      const path = i.args.replace(/^["']|["']$/g, '');
      return !(path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:[\\/]/.test(path));
    })
    .map((i) => finding('DL3000', 'error', i.line, 'Use absolute WORKDIR'));

/** DL3006 and DL3007: an untagged or `latest` base image changes under the build. */
export const dl3006: DockerfileRule = (instructions) => {
  const aliases = new Set<string>();
  const findings: LintFinding[] = [];
  for (const i of instructions.filter((x) => x.keyword === 'FROM')) {
    const from = parseFromImage(i.args);
    const isStage = aliases.has(from.image);
    if (from.alias) aliases.add(from.alias);
    if (from.image === 'scratch' || from.digest !== null || isStage) continue;
    if (from.tag === null) findings.push(finding('DL3006', 'error', i.line, 'Always tag the version of an image explicitly'));
  }
  return findings;
};

export const dl3007: DockerfileRule = (instructions) =>
  instructions
    .filter((i) => i.keyword === 'FROM')
    .filter((i) => {
      const from = parseFromImage(i.args);
      return from.tag === 'latest' && from.digest === null;
    })
    .map((i) =>
      finding('DL3007', 'error', i.line, 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag'),
    );

const ARCHIVE_SUFFIXES = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz'];

function addSources(i: DockerInstruction): string[] {
  const words = i.execForm ? [...i.execForm] : i.args.split(/\s+/).filter((w) => w.length > 0);
  return words.slice(0, -1).map((w) => w.replace(/^["']|["']$/g, ''));
}

/** DL3020: ADD's archive-unpacking and URL-fetching are surprises when all you want is a copy. */
export const dl3020: DockerfileRule = (instructions) =>
  instructions
    .filter((i) => i.keyword === 'ADD')
    .filter((i) => !addSources(i).every((src) => /^https?:\/\//.test(src) || ARCHIVE_SUFFIXES.some((s) => src.endsWith(s))))
    .map((i) => finding('DL3020', 'error', i.line, 'Use COPY instead of ADD for files and folders'));

/** DL3025: shell-form CMD/ENTRYPOINT runs under /bin/sh -c, so the service is not PID 1 and misses signals. */
export const dl3025: DockerfileRule = (instructions) =>
  instructions
    .filter((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && i.execForm === null)
    .map((i) => finding('DL3025', 'error', i.line, 'Use arguments JSON notation for CMD and ENTRYPOINT arguments'));

export const dl4000: DockerfileRule = (instructions) =>
  instructions
    .filter((i) => i.keyword === 'MAINTAINER')
    .map((i) => finding('DL4000', 'error', i.line, 'MAINTAINER is deprecated'));

/** DL3002: per build stage, the last USER must not be root (stages without USER are not judged). */
export const dl3002: DockerfileRule = (instructions) => {
  const lastRootUser = new Map<number, number>();
  for (const i of instructions) {
    if (i.keyword !== 'USER') continue;
    const user = i.args.trim();
    const isRoot = user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');
    if (isRoot) lastRootUser.set(i.stage, i.line);
    else lastRootUser.delete(i.stage);
  }
  return [...lastRootUser.values()].map((line) => finding('DL3002', 'error', line, 'Last USER should not be root'));
};
