/**
 * A unit whose daemon logs to syslog, which no container runs, gets a log
 * target it can write to (issue 20). Preferred: the daemon's own documented
 * option that sends the log to its output (catalog/logs/stderr-forms.yaml).
 * Otherwise its command starts behind a /dev/log relay
 * (src/text/syslog-reader.ts) that prints every message on the container's
 * stderr and execs the daemon, so Docker, compose and Kubernetes, which all
 * run the image's command, show the lines alike.
 *
 * Which daemons log to syslog is read from package facts, not names: an ELF
 * executable of the package shipping the program the command runs (and its
 * siblings built from the same source, where Debian splits a daemon from its
 * wrapper) imports syslog(3) or names /dev/log, when that family ships a
 * service (a systemd unit or an init script: a daemon package, not a toolbox
 * whose applets can log to syslog) and the command does not already send its
 * log to the output by an option the catalog knows (a request-logging option,
 * a stderr form it holds); or the config sends its log to syslog. A unit
 * whose config names a log file writes that file (linked to the output) and
 * needs no relay.
 */
import type { PackageFactsView } from '../../model/package-facts.js';
import type { Unit } from '../../model/plan.js';
import { isAccountName, SYSLOG_RELAY_PATH } from '../../text/syslog-reader.js';
import type { ForegroundForm } from '../package-unit-command.js';
import { applyForm, formFor, pidWatchedArgv } from '../unit-command.js';
import { holdsWords } from './request-logging.js';
import { PATH_DIRS } from '../source-install.js';

/** The service's binaries that talk to syslog, per package facts; undefined offline or when facts predate the look. */
export function syslogTalkers(view: PackageFactsView, unit: Unit): string[] | undefined {
  // Only the family of the package that ships the program the command runs: a helper package the unit also
  // installs (rsync beside a tarball's /opt/prometheus/prometheus) says nothing of how that program logs.
  const installed = unit.packages.map((p) => p.name);
  const owner = programOwner(view, daemonProgram(unit.command), installed);
  if (owner === undefined) return [];
  const sourceOf = (name: string) => {
    const f = view.packageFact(name);
    return f ? (f.sourcePackage ?? f.name) : undefined;
  };
  // Its siblings built from the same source come along (Debian splits a daemon, dnsmasq-base, from the package shipping its unit, dnsmasq).
  const family = sourceOf(owner);
  const own = view.closure(installed).filter((n) => n === owner || (family !== undefined && sourceOf(n) === family));
  const facts = own.map((n) => view.packageFact(n)).filter((f) => f !== undefined);
  if (facts.some((f) => f.binaries.length && f.syslogBinaries === undefined)) return undefined;
  // A toolbox that can also log to syslog (busybox's applets) is not a daemon package: only a family
  // that ships a service — a systemd unit, or an init script where the package has none (Debian's
  // slapd) — is taken to log through syslog when its daemon runs.
  if (!facts.some((f) => f.units.length || f.files.some(isInitScript))) return [];
  // A syslog daemon (Debian's virtual system-log-daemon) names /dev/log because it reads it: it needs no relay in its way.
  if (facts.some((f) => f.provides.includes('system-log-daemon'))) return [];
  return [...new Set(facts.flatMap((f) => f.syslogBinaries ?? []))].sort();
}

const isInitScript = (path: string) => path.startsWith('/etc/init.d/');

/**
 * The program a unit's command runs, past the wrappers the plan puts in front of a daemon: a pre-start
 * chain that ends `exec "$@"` (src/plan/pre-start-helpers.ts), the shell that watches a forking daemon's
 * pid file (pidWatch, src/plan/unit-command.ts) and tini's `--`.
 */
export function daemonProgram(command: readonly string[]): string | undefined {
  let words = command;
  for (;;) {
    const watched = pidWatchedArgv(words);
    if (watched) words = watched;
    else if ((words[0] === '/bin/sh' || words[0] === 'sh') && words[1] === '-c' && words[2]?.trimEnd().endsWith('exec "$@"')) words = words.slice(4);
    else if (words[0]?.split('/').pop() === 'tini' && words[1] === '--') words = words.slice(2);
    else return words[0];
  }
}

/** The installed package that ships the program: its path as written, or a bare name looked up on PATH. */
function programOwner(view: PackageFactsView, program: string | undefined, installed: readonly string[]): string | undefined {
  if (!program) return undefined;
  const candidates = program.includes('/') ? [program] : PATH_DIRS.map((d) => `${d}/${program}`);
  for (const path of candidates) {
    const owner = view.packageOf(path, installed);
    if (owner) return owner;
  }
  return undefined;
}

/** Whether the command holds a form's result already: every word it appends, and for a replacement, what replaces and not what is replaced. */
function holdsForm(command: readonly string[], form: ForegroundForm): boolean {
  const replaced = Object.keys(form.replace ?? {});
  const replacements = Object.values(form.replace ?? {});
  if (!form.append?.length && !replacements.length) return false;
  const appended = (form.append ?? []).every((w) => command.includes(w));
  const swapped = !replacements.length || (replacements.some((words) => words.every((w) => command.includes(w))) && !replaced.some((w) => command.includes(w)));
  return appended && swapped;
}

/**
 * Why the command already sends the daemon's log to the container's output,
 * by the catalog's data: the request-logging option it holds or was given
 * (catalog/logs/request-options.yaml: mini_httpd `-l /dev/stdout`, webfsd
 * `-L -`; not a request-logging directive of its config, which can log to
 * syslog), or the stderr form it already holds (catalog/logs/stderr-forms.yaml:
 * named `-g`, dhcpd `-d`). Undefined when nothing says so.
 */
export function logsToOutputAlready(unit: Unit, forms: readonly ForegroundForm[]): string | undefined {
  // A request log set by a config directive (nrpe.cfg debug=1) may still go to syslog: only the command's own option says where.
  if (unit.requestLog && holdsWords(unit.command, unit.requestLog.option)) return `${unit.requestLog.option.join(' ')}: ${unit.requestLog.why}`;
  const form = formFor(unit.command, forms);
  return form && holdsForm(unit.command, form) ? form.why : undefined;
}

/** The command with the daemon's own stderr form applied, when one is known and the command does not already set it. */
export function withStderrForm(command: readonly string[], forms: readonly ForegroundForm[]): { command: string[]; why: string } | undefined {
  const form = formFor(command, forms);
  if (!form) return undefined;
  const optionOf = (w: string) => w.split('=')[0]!;
  const already = (form.append ?? []).some((w) => w.startsWith('-') && command.some((c) => optionOf(c) === optionOf(w)));
  const edited = applyForm(command, form);
  if (already || edited.join('\0') === command.join('\0')) return undefined;
  return { command: edited, why: form.why };
}

/**
 * The command started behind the relay file the image holds: perl binds
 * /dev/log, forks the reader, becomes `user` when given, execs the daemon
 * (its words after `--`, untouched).
 */
export function relayedCommand(command: readonly string[], user?: string): string[] {
  return ['perl', SYSLOG_RELAY_PATH, ...(user ? ['--user', user] : []), '--', ...command];
}

/** Whether the image starts the unit as root (binding /dev/log needs root: /dev is root's tmpfs in every runtime). */
function startsAsRoot(unit: Unit): boolean {
  return unit.user === undefined || unit.user === 'root' || unit.uid === 0;
}

const RELAY_SAYS = `the command starts behind decant's /dev/log relay (${SYSLOG_RELAY_PATH}, run by perl from perl-base), which prints every syslog message on the container's stderr`;

const DROP_WHY = "the image starts as root so decant's syslog relay can bind /dev/log, then the relay becomes the service's user before it execs the daemon";

/**
 * A unit that runs as a user starts as root behind the relay, which becomes
 * the user: the image has no USER, Kubernetes and compose start it as root
 * with SETUID and SETGID kept (the rest of root's capabilities go with the
 * uid change), and `dropsTo` says for whom.
 */
function droppingUnit(unit: Unit, user: string, note: string): Unit {
  const { user: _user, uid: _uid, ...rest } = unit;
  return {
    ...rest,
    dropsTo: { user, by: 'relay', why: DROP_WHY },
    runAsNonRoot: false,
    capabilities: [...new Set([...unit.capabilities, 'SETGID', 'SETUID'])].sort(),
    command: relayedCommand(unit.command, user),
    notes: [...unit.notes, `${note}; ${DROP_WHY} (${user})`],
  };
}

export interface SyslogEvidence {
  /** Binaries of the service that talk to syslog (package facts). */
  readonly talkers: readonly string[];
  /** Where the config sends the log to syslog. */
  readonly configSyslog: readonly string[];
  /** Whether the config names a log file the daemon writes instead. */
  readonly configFiles: boolean;
}

/**
 * The unit given a log target for what it sends to syslog, with the note that
 * says how; unchanged when nothing goes to syslog or the command is unknown.
 * `relayed` says the config's syslog targets now reach the output.
 */
export function unitWithSyslogTarget(unit: Unit, evidence: SyslogEvidence, forms: readonly ForegroundForm[]): { unit: Unit; relayed: boolean } {
  if (!unit.command.length) return { unit, relayed: false };
  // A form is itself the catalog's word that the daemon logs to syslog by default: it applies online and offline.
  const form = withStderrForm(unit.command, forms);
  if (form) return { unit: { ...unit, command: form.command, notes: [...unit.notes, `logs to syslog by default; sent to the container's output instead: ${form.why}`] }, relayed: true };
  const talking = evidence.talkers.length > 0 && !evidence.configFiles;
  // Facts say a binary can talk to syslog; a command whose own options send its log to the output does not.
  const already = talking && !evidence.configSyslog.length ? logsToOutputAlready(unit, forms) : undefined;
  if (already !== undefined) {
    const note = `${evidence.talkers.join(', ')} talk(s) to syslog (package facts), but the command sends its log to the container's output already (${already}): no /dev/log relay`;
    return { unit: { ...unit, notes: [...unit.notes, note] }, relayed: false };
  }
  if (!talking && !evidence.configSyslog.length) return { unit, relayed: false };
  const why = evidence.configSyslog.length
    ? `the config sends its log to syslog (${evidence.configSyslog.join('; ')})`
    : `${evidence.talkers.join(', ')} talk(s) to syslog (package facts: imports syslog(3) or names /dev/log) and the config names no log file`;
  if (!startsAsRoot(unit)) {
    // A catalog service's user is made before its package layer from the catalog's ids (emit's account block): it keeps its USER.
    if (unit.catalog || !isAccountName(unit.user!)) {
      const note = `${why}; binding /dev/log for decant's syslog relay needs root, and the unit runs as ${unit.user}: its syslog lines are lost (needs review: a directive naming a file or stderr, or a form in catalog/logs/stderr-forms.yaml)`;
      return { unit: { ...unit, notes: [...unit.notes, note] }, relayed: false };
    }
    return { unit: droppingUnit(unit, unit.user!, `${why}: ${RELAY_SAYS}`), relayed: true };
  }
  const note = `${why}: ${RELAY_SAYS} and execs the daemon`;
  return { unit: { ...unit, command: relayedCommand(unit.command), notes: [...unit.notes, note] }, relayed: true };
}
