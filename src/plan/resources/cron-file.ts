/**
 * A file written into /etc/cron.d is scheduled work, not a config file: cron
 * reads it, and in a container no cron runs (the cron daemon is host-level).
 * Its entries become CronJobs as a `cron` resource's does; a file whose entries
 * cannot be read is unsupported, so the schedule is never dropped unsaid.
 */
import type { Resource } from '../../model/converge.js';
import { warning } from '../../diagnostics/create.js';
import { RUN_PARTS_SCHEDULES, cronDirectoryName, cronReadsName, periodicScript, readSystemCrontab } from '../crontab-entries.js';
import { mode, str } from '../property-values.js';
import { textOf } from '../written-text.js';
import type { Classified, HandlerContext, UnitSeed } from './handler.js';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The text the resource writes, as its handler would ship it: its rendered or copied text, or a `file`'s content property. */
function writtenText(r: Resource, path: string): { text?: string; why?: string } {
  if (!r.content) {
    const inline = str(r.properties['content']);
    return inline !== undefined ? { text: inline } : { why: `${r.type}[${path}] gives no content` };
  }
  return textOf(r, path);
}

/** The classification of a file under /etc/cron.d; undefined for any other path (the file handler decides it). */
export function cronDirectoryFile(r: Resource, path: string, ctx: HandlerContext): Classified | undefined {
  const name = cronDirectoryName(path);
  if (name === undefined) return undefined;
  if (!cronReadsName(name, ctx.family)) {
    return { class: 'skipped', reason: `cron does not read /etc/cron.d/${name} (on this platform it skips names with characters other than letters, digits, _ and -): nothing is scheduled`, paths: [path] };
  }
  const { text, why } = writtenText(r, path);
  if (text === undefined) {
    return { class: 'unsupported', reason: `a cron.d file whose entries decant cannot read (${why}): schedule them as CronJobs in plan.yaml or by hand`, paths: [path] };
  }
  const read = readSystemCrontab(text);
  const diagnostics = read.problems.map((p) => warning('DEC0332', `${path}: ${p}; that entry is not scheduled`, r.source, 'schedule it by hand (a CronJob, or a step at start) or leave it out knowingly'));
  if (read.entries.length && ctx.holdsSecret(read.entries.map((e) => e.command).join('\n'))) {
    return {
      class: 'unsupported',
      reason: 'a cron.d file whose commands hold a secret value: a CronJob\'s command would show it in the manifest; schedule it by hand with the value from a Secret',
      paths: [path],
      diagnostics,
    };
  }
  if (read.entries.length === 0) {
    return { class: read.problems.length ? 'unsupported' : 'skipped', reason: `cron.d file with no entry a CronJob can run${read.problems.length ? ` (${read.problems.join('; ')})` : ''}: nothing is scheduled`, paths: [path], diagnostics };
  }
  const seeds: UnitSeed[] = read.entries.map((e) => ({
    kind: 'cron',
    name: read.entries.length === 1 ? name : `${name}-${e.line}`,
    schedule: e.schedule,
    command: e.command,
    user: e.user,
  }));
  const schedules = read.entries.map((e) => `${e.schedule}${e.user !== 'root' ? ` as ${e.user}` : ''}`).join('; ');
  return {
    class: 'workload',
    reason: `cron.d file: ${plural(read.entries.length, 'entry', 'entries')} read from it, each a CronJob (${schedules}); no cron runs in a container${read.problems.length ? `; ${plural(read.problems.length, 'line is', 'lines are')} not scheduled (needs review)` : ''}`,
    paths: [path],
    seeds,
    diagnostics,
  };
}

const CRONIE_FAMILIES = new Set(['rhel', 'fedora', 'amazon']);

/**
 * A script written into /etc/cron.{hourly,daily,weekly,monthly}: cron runs it there with run-parts, so it is a
 * CronJob running the script at the time the platform's crontab runs that folder, and the script stays in the
 * image it runs from (`normal` is the file handler's own classification, whose contribution ships it).
 * run-parts skips a script that is not executable (Chef creates a file 0644 unless `mode` says otherwise) and,
 * on Debian, a name with a dot.
 */
export function periodicScriptFile(r: Resource, path: string, ctx: HandlerContext, normal: Classified): Classified | undefined {
  const script = periodicScript(path);
  if (!script) return undefined;
  const folder = `/etc/cron.${script.period}`;
  if (!cronReadsName(script.name, ctx.family)) {
    return { ...normal, reason: `${normal.reason}; run-parts does not run ${script.name} in ${folder} (on this platform it skips names with characters other than letters, digits, _ and -): nothing is scheduled` };
  }
  const given = r.properties['mode'];
  const m = mode(given);
  if (given !== undefined && m === undefined) {
    return { ...normal, class: 'unsupported', reason: `a script in ${folder} whose mode is not known, so whether run-parts runs it is not either: schedule it in plan.yaml or by hand` };
  }
  if (!m || !/[1357]/.test(m.slice(-3))) {
    return { ...normal, reason: `${normal.reason}; not executable (mode ${m ?? '0644, Chef\'s default'}), so run-parts skips it in ${folder}: nothing is scheduled` };
  }
  const schedule = RUN_PARTS_SCHEDULES[CRONIE_FAMILIES.has(ctx.family) ? 'rhel' : ctx.family]?.[script.period];
  if (!schedule) {
    return { ...normal, class: 'unsupported', reason: `a script in ${folder}: when cron runs that folder on this platform is not known to decant: schedule it in plan.yaml or by hand` };
  }
  return {
    ...normal,
    class: 'workload',
    reason: `${script.period} cron script: a CronJob running it at ${schedule}, when the platform's cron runs ${folder}; no cron runs in a container`,
    seeds: [{ kind: 'cron', name: script.name, schedule, command: path, user: 'root' }],
  };
}
