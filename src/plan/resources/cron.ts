import type { Resource } from '../../model/converge.js';
import { displayName, str } from '../property-values.js';
import type { Classified, ResourceHandler } from './handler.js';
import { PREDEFINED_SCHEDULES as PREDEFINED } from '../crontab-entries.js';

/** `cron`/`cron_d` → a CronJob: schedule from the five fields (Chef's default `*`), the command, and its user. */
export const cronHandler: ResourceHandler = {
  types: ['cron', 'cron_d'],
  describe: () => ({ classes: ['workload', 'skipped', 'unsupported'], reason: 'a CronJob with the entry\'s schedule and command; a deleted entry is skipped; a command that cannot be worked out is unsupported' }),
  classify(r: Resource): Classified {
    if (r.actions.includes('delete')) return { class: 'skipped', reason: 'cron entry deleted: nothing scheduled' };
    const command = str(r.properties['command']);
    if (!command) return { class: 'unsupported', reason: 'cron command could not be worked out (needs review)' };
    const predefined = str(r.properties['predefined_value']);
    const field = (k: string) => str(r.properties[k]) ?? '*';
    const schedule =
      (predefined && PREDEFINED[predefined]) ||
      [field('minute'), field('hour'), field('day'), field('month'), field('weekday')].join(' ');
    const user = str(r.properties['user']);
    return {
      class: 'workload',
      reason: `scheduled job: a CronJob (${schedule})${user && user !== 'root' ? ` running as ${user}` : ''}`,
      seed: { kind: 'cron', name: displayName(r.name), schedule, command, ...(user ? { user } : {}) },
    };
  },
};
