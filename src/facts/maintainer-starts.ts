/**
 * Which systemd units a package's postinst enables and starts on a FRESH
 * install on a systemd host (Debian: debhelper's dh_installsystemd and
 * dh_installinit snippets, or a maintainer's own calls): `deb-systemd-helper
 * enable`, `deb-systemd-invoke start|restart`, `systemctl enable|start`,
 * `update-rc.d X defaults|enable` and `invoke-rc.d X start`; and what it
 * takes back: `deb-systemd-helper disable`, `systemctl disable|mask`,
 * `update-rc.d X disable`, `… stop` (apache2 enables and starts
 * apache-htcacheclean through debhelper, then disables it on a fresh install).
 *
 * Read line by line, functions where they are called, with the if/else
 * branches a fresh install takes: no previous version (`[ -n "$2" ]` is false,
 * `dpkg --compare-versions "$2" lt V` true), the unit was never installed
 * (`deb-systemd-helper debian-installed` is false — dh_installsystemd's
 * --no-enable guard — until this script enables it), `was-enabled` is true
 * (its answer on a first install).
 * A condition not read is taken, as the postinst of a configured host would.
 * Pure text in, data out.
 */
import type { UnitInstallEffect } from '../model/package-facts.js';
import { shellFunctions } from './shell-functions.js';

type Truth = boolean | undefined;

/** What a fresh install on a systemd host makes of an if condition; undefined when not read (taken). */
function conditionOnFreshInstall(condition: string): Truth {
  if (/deb-systemd-helper\s+(--quiet\s+)?debian-installed/.test(condition)) return !/^\s*!/.test(condition) ? false : true;
  if (/deb-systemd-helper\s+(--quiet\s+)?was-enabled/.test(condition)) return !/^\s*!/.test(condition);
  if (/\[\s+-n\s+"?\$\{?2\}?"?\s+\]/.test(condition)) return false;
  if (/\[\s+-z\s+"?\$\{?2\}?"?\s+\]/.test(condition)) return true;
  const compared = /dpkg\s+--compare-versions\s+"?\$\{?2\}?"?\s+(\S+)\s/.exec(condition);
  if (compared) return versionFromNothing(compared[1]!.replace(/^['"]|['"]$/g, ''));
  return undefined;
}

/**
 * `dpkg --compare-versions "$2" OP V` on a fresh install, where $2 (the
 * version configured before) is empty: dpkg takes an empty version as earlier
 * than any, except the -nl operators, which take it as later (checked against
 * dpkg 1.21 on Debian 12). Undefined for an operator not known.
 */
function versionFromNothing(op: string): Truth {
  const earlier: Record<string, boolean> = { lt: true, le: true, '<<': true, '<=': true, '<': true, gt: false, ge: false, '>>': false, '>=': false, '>': false, eq: false, ne: true };
  const later: Record<string, boolean> = { 'lt-nl': false, 'le-nl': false, 'gt-nl': true, 'ge-nl': true };
  return earlier[op] ?? later[op];
}

interface Frame {
  truth: Truth;
  readonly inElse: boolean;
  /** A `case … in` block: on "$1" (the maintainer script's action, `configure` on an install) or on a word not read. */
  readonly caseOn?: 'action' | 'other';
  /** Case blocks: a branch's commands are being read (false before a pattern and after `;;`). */
  inBranch?: boolean;
  /** Case on "$1": a branch already matched, so `*)` does not. */
  matched?: boolean;
}

/** `configure|abort-upgrade)` → its alternatives, quotes dropped; undefined when the text is not a case pattern. */
function casePattern(cmd: string): { alternatives: string[]; rest: string } | undefined {
  const m = /^\(?\s*([^()\s][^()]*?)\s*\)\s*(.*)$/.exec(cmd);
  return m ? { alternatives: m[1]!.split('|').map((a) => a.trim().replace(/^['"]|['"]$/g, '')), rest: m[2]! } : undefined;
}

/** Enters a case branch: on "$1", the first branch naming `configure` (or `*`) is the install's; other subjects are not read (taken). */
function enterBranch(frame: Frame, alternatives: readonly string[]): void {
  frame.inBranch = true;
  if (frame.caseOn !== 'action') return;
  frame.truth = !frame.matched && (alternatives.includes('configure') || alternatives.includes('*'));
  if (frame.truth) frame.matched = true;
}

const taken = (f: Frame) => f.truth === undefined || (f.inElse ? !f.truth : f.truth);

/** Words of a command, quotes dropped and `$var` / `${var}` filled in from the assignments seen. */
function wordsOf(command: string, vars: ReadonlyMap<string, string>): string[] {
  const filled = command.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (all, name: string) => vars.get(name) ?? all);
  return filled
    .replace(/\s*(>|2>|>>)\s*\S+/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^['"]|['"]$/g, ''))
    .filter((w) => w !== '');
}

/** `x` (an init script or a bare unit name) as the unit name systemd gives it. */
const unitName = (name: string) => (/\.(service|socket|timer|target|path|mount)$/.test(name) ? name : `${name}.service`);

/** A unit's state as the walk through the script goes. */
interface UnitState {
  enabled: boolean;
  running: boolean;
  disabled: boolean;
  /** debian-installed: deb-systemd-helper enable or update-state has recorded it. */
  known: boolean;
  /** A start-if-enabled seen while the unit was not (yet) enabled. */
  startedIfEnabled: boolean;
  from: string[];
}

/** Function calls followed this deep at most: a recursive function is not run forever. */
const MAX_CALL_DEPTH = 8;

/**
 * The enable/start/disable/stop calls of a postinst for the given unit names,
 * in the order a fresh install runs them: a function's body where the function
 * is called, not where it is defined. A unit the script never names is neither
 * enabled nor started on install.
 */
export function installStarts(postinst: string, units: readonly string[]): Map<string, UnitInstallEffect> {
  const states = new Map<string, UnitState>(
    units.map((u) => [u, { enabled: false, running: false, disabled: false, known: false, startedIfEnabled: false, from: [] }]),
  );
  const stack: Frame[] = [];
  const vars = new Map<string, string>();
  const active = () => stack.every(taken);
  const stateOf = (name: string) => states.get(unitName(name));
  const act = (name: string, line: number, change: (s: UnitState) => void) => {
    const s = stateOf(name);
    if (!s) return;
    change(s);
    if (!s.from.includes(`postinst:${line}`)) s.from.push(`postinst:${line}`);
  };
  const enable = (s: UnitState) => Object.assign(s, { enabled: true, known: true });
  const disable = (s: UnitState) => Object.assign(s, { enabled: false, disabled: true });
  // deb-systemd-invoke and invoke-rc.d start only an enabled unit ("a disabled or a static unit, not starting it").
  const startIfEnabled = (s: UnitState) => (s.enabled ? (s.running = true) : (s.startedIfEnabled = true));
  const stop = (s: UnitState) => Object.assign(s, { running: false, startedIfEnabled: false });
  const isInstalled = (condition: string) => /debian-installed\s+'?"?([^'"\s;]+)/.exec(condition)?.[1];
  const lines = postinst.split('\n');
  const functions = shellFunctions(lines);

  const walk = (indexes: readonly number[], depth: number): void => {
    for (const i of indexes) {
      const line = lines[i]!.replace(/(^|\s)#.*$/, '').trim();
      if (line === '') continue;
      const lineNo = i + 1;
      const parts = line.split(/\s*(;;)\s*|;\s*/).filter((p): p is string => p !== undefined);
      while (parts.length > 0) {
        const cmd = parts.shift()!.trim();
        if (cmd === '') continue;
        const top = stack[stack.length - 1];
        if (/^case\s.*\sin$/.test(cmd)) {
          const onAction = /^case\s+"?\$\{?1\}?"?\s+in$/.test(cmd);
          stack.push({ truth: onAction ? false : undefined, inElse: false, caseOn: onAction ? 'action' : 'other', inBranch: false, matched: false });
          continue;
        }
        if (top?.caseOn && cmd === ';;') {
          top.inBranch = false;
          if (top.caseOn === 'action') top.truth = false;
          continue;
        }
        if (top?.caseOn && /^esac\b/.test(cmd)) {
          stack.pop();
          continue;
        }
        const pattern = top?.caseOn && !top.inBranch ? casePattern(cmd) : undefined;
        if (top && pattern) {
          enterBranch(top, pattern.alternatives);
          if (pattern.rest !== '') parts.unshift(pattern.rest);
          continue;
        }
        if (/^(if|elif)\s/.test(cmd)) {
          const condition = cmd.replace(/^(if|elif)\s+/, '').replace(/\s*then$/, '');
          if (cmd.startsWith('elif')) stack.pop();
          // debian-installed answers what this very script has recorded so far (apache2 asks it after enabling).
          const installedName = isInstalled(condition);
          const known = installedName !== undefined && stateOf(installedName)?.known === true;
          stack.push({ truth: known ? !/^\s*!/.test(condition) : conditionOnFreshInstall(condition), inElse: false });
          continue;
        }
        if (/^else\b/.test(cmd)) {
          const top = stack.pop();
          if (top) stack.push({ ...top, inElse: true });
          continue;
        }
        if (/^fi\b/.test(cmd)) {
          stack.pop();
          continue;
        }
        if (!active()) continue;
        const assign = /^([A-Za-z_][A-Za-z0-9_]*)=(\S*)$/.exec(cmd);
        if (assign) {
          vars.set(assign[1]!, assign[2]!.replace(/^['"]|['"]$/g, ''));
          continue;
        }
        const all = wordsOf(cmd, vars);
        // The command ends where `|| true`, `&& …` or a pipe begins.
        const end = all.findIndex((w) => w === '||' || w === '&&' || w === '|');
        const words = end >= 0 ? all.slice(0, end) : all;
        const called = functions.bodies.get(words[0] ?? '');
        if (called) {
          if (depth < MAX_CALL_DEPTH) walk(called, depth + 1);
          continue;
        }
        const args = words.filter((w) => !w.startsWith('-'));
        const [tool, verb, ...names] = args;
        const each = (change: (s: UnitState) => void) => names.forEach((n) => act(n, lineNo, change));
        if (tool === 'deb-systemd-helper' && verb === 'enable') each(enable);
        if (tool === 'deb-systemd-helper' && verb === 'update-state') names.forEach((n) => stateOf(n) && (stateOf(n)!.known = true));
        if ((tool === 'deb-systemd-helper' || tool === 'systemctl') && (verb === 'disable' || verb === 'mask')) each(disable);
        if (tool === 'deb-systemd-invoke' && (verb === 'start' || verb === 'restart')) each(startIfEnabled);
        if ((tool === 'deb-systemd-invoke' || tool === 'systemctl') && verb === 'stop') each(stop);
        if (tool === 'systemctl' && (verb === 'start' || verb === 'restart')) each((s) => (s.running = true));
        if (tool === 'systemctl' && verb === 'enable') each((s) => (enable(s), words.includes('--now') && (s.running = true)));
        if (tool === 'systemctl' && verb === 'disable' && words.includes('--now')) each(stop);
        if (tool === 'update-rc.d' && verb !== undefined && (names[0] === 'defaults' || names[0] === 'enable')) act(verb, lineNo, enable);
        if (tool === 'update-rc.d' && verb !== undefined && names[0] === 'disable') act(verb, lineNo, disable);
        // invoke-rc.d --skip-systemd-native leaves a unit with a native .service to deb-systemd-invoke.
        if (tool === 'invoke-rc.d' && !words.includes('--skip-systemd-native') && verb) {
          if (names[0] === 'start' || names[0] === 'restart') act(verb, lineNo, startIfEnabled);
          if (names[0] === 'stop') act(verb, lineNo, stop);
        }
      }
    }
  };
  walk(lines.map((_, i) => i).filter((i) => !functions.definitionLines.has(i)), 0);
  // A start written before the enable (a maintainer's own order) still starts the unit the script leaves enabled.
  return new Map(
    [...states].map(([u, s]) => [u, { enabled: s.enabled, started: s.running || (s.startedIfEnabled && s.enabled), disabled: s.disabled, from: s.from }]),
  );
}
