/**
 * Configs are copied last so a config-only change rebuilds one layer, but a
 * build step that reads a config needs it first: `a2ensite default-site`
 * fails unless sites-available/default-site.conf is there. A step reads a
 * config when its command names the config's path or its file name (with or
 * without the extension) as a word, and follows the configs whose
 * notification runs it; such a config is copied just before the first step
 * that needs it, the others stay last.
 */
import type { BuildStep, FileSpec } from '../../model/plan.js';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names a command may use for the file: its path, its file name, and the file name without extension. */
function namesOf(path: string): string[] {
  const file = path.split('/').pop() ?? path;
  const stem = file.replace(/\.[^.]+$/, '');
  return [...new Set([path, file, ...(stem.length >= 3 ? [stem] : [])])];
}

export function namesConfig(command: string, path: string): boolean {
  // A word: not part of a longer name or path (`security` is not `security2`, `dir` is not `/dir/x`).
  return namesOf(path).some((n) => new RegExp(`(^|[\\s'"=])${escapeRe(n)}($|[\\s'";&|])`).test(command));
}

/**
 * Whether the step must follow the config: it names it, or Chef runs the
 * step only after the config is written — at the end of the run for a
 * delayed notification (`rsyslogd -N 1` checks rsyslog.conf and every
 * rsyslog.d file it includes), right after its notifier for an immediate one.
 */
function follows(step: BuildStep, config: FileSpec): boolean {
  if (namesConfig(step.command, config.path)) return true;
  const by = step.notifiedBy;
  return by !== undefined && (by.delayed || by.immediately.includes(config.resource));
}

/** For each step (by index), the configs to copy right before it; `last` keeps the rest, in their order. */
export function placeConfigs(configs: readonly FileSpec[], steps: readonly BuildStep[]): { before: Map<number, FileSpec[]>; last: FileSpec[] } {
  const before = new Map<number, FileSpec[]>();
  const placed = new Set<FileSpec>();
  steps.forEach((step, i) => {
    const read = configs.filter((c) => !placed.has(c) && follows(step, c));
    for (const c of read) placed.add(c);
    if (read.length) before.set(i, read);
  });
  return { before, last: configs.filter((c) => !placed.has(c)) };
}
