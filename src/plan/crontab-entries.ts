/**
 * The entries of a system crontab: a file under /etc/cron.d (crontab(5), "the
 * system crontab" form: five time fields or an @keyword, then the user, then
 * the command). Cookbooks write them with a template or a file as often as with
 * Chef's `cron_d` (the cron cookbook's own `cron_d` is a template into
 * /etc/cron.d), and each entry is scheduled work, a CronJob, exactly as a
 * `cron` resource is. Reading the rendered text keeps one rule for all of them.
 */

/** crontab(5) @keywords as the five fields Kubernetes' CronJob schedule takes. */
export const PREDEFINED_SCHEDULES: Readonly<Record<string, string>> = {
  '@hourly': '0 * * * *',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@weekly': '0 0 * * 0',
  '@monthly': '0 0 1 * *',
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
};

export interface CrontabEntry {
  readonly schedule: string;
  readonly user: string;
  /** The command as cron hands it to the shell: `\%` made `%`, the environment lines before it exported. */
  readonly command: string;
  /** 1-based line in the file. */
  readonly line: number;
}

export interface CrontabRead {
  readonly entries: readonly CrontabEntry[];
  /** Lines cron would run that have no CronJob form, each said with its line number. */
  readonly problems: readonly string[];
}

// cron's own variables: they steer cron (mail, delay, time zone), not the command's environment.
const CRON_ONLY = new Set(['MAILTO', 'MAILFROM', 'RANDOM_DELAY', 'CRON_TZ', 'CONTENT_TYPE', 'CONTENT_TRANSFER_ENCODING']);
const ENV_LINE = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;
const TIMED = /^(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S.*)$/;
const KEYWORD = /^(@[a-z]+)\s+(\S+)\s+(\S.*)$/;

/** A value as cron reads it: surrounding quotes of the same kind removed (crontab(5)). */
function envValue(raw: string): string {
  const v = raw.trim();
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@%+-]*$/.test(s) && s !== '' ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The command line with the environment cron gives it, run by the SHELL the file names (cron's default /bin/sh). */
export function withEnvironment(command: string, env: ReadonlyMap<string, string>): string {
  const exported = [...env].filter(([k]) => !CRON_ONLY.has(k) && k !== 'SHELL');
  const prefix = exported.length ? `export ${exported.map(([k, v]) => `${k}=${shellQuote(v)}`).join(' ')}; ` : '';
  const shell = env.get('SHELL');
  const body = shell && shell !== '/bin/sh' ? `exec ${shellQuote(shell)} -c ${shellQuote(command)}` : command;
  return `${prefix}${body}`;
}

/** An unescaped `%` ends the command: cron feeds what follows to its standard input, which a CronJob's command cannot say. */
export function unescapedPercent(command: string): boolean {
  return /(^|[^\\])%/.test(command);
}

/** Reads a system crontab's text: its scheduled entries, and the lines that cannot become CronJobs. */
export function readSystemCrontab(text: string): CrontabRead {
  const entries: CrontabEntry[] = [];
  const problems: string[] = [];
  const env = new Map<string, string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const n = i + 1;
    if (line === '' || line.startsWith('#')) return;
    const assignment = ENV_LINE.exec(line);
    // cron tries an environment setting first: no time field starts with a letter.
    if (assignment) {
      env.set(assignment[1]!, envValue(assignment[2]!));
      return;
    }
    const keyword = KEYWORD.exec(line);
    const timed = keyword ? undefined : TIMED.exec(line);
    const schedule = keyword ? PREDEFINED_SCHEDULES[keyword[1]!] : timed ? timed.slice(1, 6).join(' ') : undefined;
    if (keyword && !schedule) {
      problems.push(`line ${n}: ${keyword[1]} has no CronJob schedule${keyword[1] === '@reboot' ? ' (a container has no boot: run it as an init container or at start)' : ''}`);
      return;
    }
    const parts = keyword ? keyword.slice(2) : timed ? timed.slice(6) : undefined;
    if (!schedule || !parts) {
      problems.push(`line ${n}: not a crontab entry cron can read`);
      return;
    }
    const [user, command] = parts as [string, string];
    if (unescapedPercent(command)) {
      problems.push(`line ${n}: the command's unescaped % sends the rest to its standard input, which a CronJob's command does not do`);
      return;
    }
    entries.push({ schedule, user, command: withEnvironment(command.replace(/\\%/g, '%'), env), line: n });
  });
  return { entries, problems };
}

/**
 * Whether cron reads a file of this name in /etc/cron.d. Debian's cron runs the
 * names run-parts accepts (letters, digits, `_` and `-`: a name with a dot is
 * skipped, which is why the cron cookbook renames `job.with.periods`); cronie
 * skips only names that start with a dot or end in `~` and package leftovers.
 */
export function cronReadsName(name: string, family: string): boolean {
  if (family === 'debian') return /^[A-Za-z0-9_-]+$/.test(name);
  return !name.startsWith('.') && !name.endsWith('~') && !/\.(rpmsave|rpmorig|rpmnew|swp)$/.test(name);
}

/** The name of a file directly under /etc/cron.d, or undefined for any other path. */
export function cronDirectoryName(path: string): string | undefined {
  const m = /^\/etc\/cron\.d\/([^/]+)$/.exec(path.replace(/\/+/g, '/'));
  return m ? m[1] : undefined;
}

export type Period = 'hourly' | 'daily' | 'weekly' | 'monthly';

/**
 * When the platform's cron runs /etc/cron.PERIOD with run-parts, as the five
 * fields of a CronJob. Debian: its /etc/crontab (cron 3.0pl1; anacron, when a
 * cookbook installs it, runs daily and later at about the same times).
 * RHEL's cronie: /etc/cron.d/0hourly at minute 1; /etc/anacrontab runs daily,
 * weekly and monthly once a period from 03:00 (START_HOURS_RANGE=3-22) after
 * its delays of 5, 25 and 45 minutes, which the fields below take.
 */
export const RUN_PARTS_SCHEDULES: Readonly<Record<string, Readonly<Record<Period, string>>>> = {
  debian: { hourly: '17 * * * *', daily: '25 6 * * *', weekly: '47 6 * * 7', monthly: '52 6 1 * *' },
  rhel: { hourly: '1 * * * *', daily: '5 3 * * *', weekly: '25 3 * * 0', monthly: '45 3 1 * *' },
};

/** The period and script name of a file directly under /etc/cron.{hourly,daily,weekly,monthly}. */
export function periodicScript(path: string): { period: Period; name: string } | undefined {
  const m = /^\/etc\/cron\.(hourly|daily|weekly|monthly)\/([^/]+)$/.exec(path.replace(/\/+/g, '/'));
  return m ? { period: m[1] as Period, name: m[2]! } : undefined;
}
