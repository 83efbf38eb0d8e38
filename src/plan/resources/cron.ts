import type { Resource } from '../../model/converge.js';
import { displayName, str, strMap } from '../property-values.js';
import type { Classified, ResourceHandler } from './handler.js';
import { PREDEFINED_SCHEDULES as PREDEFINED, unescapedPercent, withEnvironment } from '../crontab-entries.js';

/**
 * The environment lines Chef's cron providers write above the entry (MAILTO, PATH, SHELL, HOME, then
 * `environment`), as cron hands them to the command.
 */
function cronEnvironment(r: Resource): Map<string, string> {
  const env = new Map<string, string>();
  for (const [prop, name] of [['mailto', 'MAILTO'], ['path', 'PATH'], ['shell', 'SHELL'], ['home', 'HOME']] as const) {
    const v = str(r.properties[prop]);
    if (v) env.set(name, v);
  }
  for (const [k, v] of Object.entries(strMap(r.properties['environment']))) env.set(k, v);
  return env;
}

/** `time :daily` (Chef's cron) or `predefined_value '@daily'` (cron_d): the @keyword, when one is given. */
function keyword(r: Resource): string | undefined {
  const v = str(r.properties['predefined_value']) ?? str(r.properties['time']);
  return v === undefined ? undefined : v.startsWith('@') ? v : `@${v}`;
}

/** `cron`/`cron_d` → a CronJob: schedule from the five fields (Chef's default `*`) or the @keyword, the command with its environment, and its user. */
export const cronHandler: ResourceHandler = {
  types: ['cron', 'cron_d'],
  describe: () => ({ classes: ['workload', 'skipped', 'unsupported'], reason: 'a CronJob with the entry\'s schedule and command; a deleted entry is skipped; a command that cannot be worked out, @reboot, or a command fed standard input by % is unsupported' }),
  classify(r: Resource): Classified {
    if (r.actions.includes('delete')) return { class: 'skipped', reason: 'cron entry deleted: nothing scheduled' };
    const command = str(r.properties['command']);
    if (!command) return { class: 'unsupported', reason: 'cron command could not be worked out (needs review)' };
    // cron ends the command at an unescaped % and feeds the rest to its standard input, which a CronJob does not.
    if (unescapedPercent(command)) return { class: 'unsupported', reason: 'the command\'s unescaped % sends the rest to its standard input, which a CronJob\'s command does not do: schedule it by hand' };
    const predefined = keyword(r);
    if (predefined && !PREDEFINED[predefined]) {
      return { class: 'unsupported', reason: `${predefined} has no CronJob schedule${predefined === '@reboot' ? ' (a container has no boot: run it as an init container or at start)' : ''}` };
    }
    const field = (k: string) => str(r.properties[k]) ?? '*';
    const schedule = (predefined && PREDEFINED[predefined]) || [field('minute'), field('hour'), field('day'), field('month'), field('weekday')].join(' ');
    const user = str(r.properties['user']);
    return {
      class: 'workload',
      reason: `scheduled job: a CronJob (${schedule})${user && user !== 'root' ? ` running as ${user}` : ''}`,
      seed: { kind: 'cron', name: displayName(r.name), schedule, command: withEnvironment(command.replace(/\\%/g, '%'), cronEnvironment(r)), ...(user ? { user } : {}) },
    };
  },
};
