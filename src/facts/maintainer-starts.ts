/**
 * Which systemd units a package's postinst enables and starts on a FRESH
 * install on a systemd host (Debian: debhelper's dh_installsystemd and
 * dh_installinit snippets, or a maintainer's own calls): `deb-systemd-helper
 * enable`, `deb-systemd-invoke start|restart`, `systemctl enable|start`,
 * `update-rc.d X defaults|enable` and `invoke-rc.d X start`.
 *
 * Read line by line with the if/else branches a fresh install takes: no
 * previous version (`[ -n "$2" ]` is false), the unit was never installed
 * (`deb-systemd-helper debian-installed` is false — dh_installsystemd's
 * --no-enable guard), `was-enabled` is true (its answer on a first install).
 * A condition not read is taken, as the postinst of a configured host would.
 * Pure text in, data out.
 */
import type { UnitInstallEffect } from '../model/package-facts.js';

type Truth = boolean | undefined;

/** What a fresh install on a systemd host makes of an if condition; undefined when not read (taken). */
function conditionOnFreshInstall(condition: string): Truth {
  if (/deb-systemd-helper\s+(--quiet\s+)?debian-installed/.test(condition)) return !/^\s*!/.test(condition) ? false : true;
  if (/deb-systemd-helper\s+(--quiet\s+)?was-enabled/.test(condition)) return !/^\s*!/.test(condition);
  if (/\[\s+-n\s+"?\$\{?2\}?"?\s+\]/.test(condition)) return false;
  if (/\[\s+-z\s+"?\$\{?2\}?"?\s+\]/.test(condition)) return true;
  return undefined;
}

interface Frame {
  readonly truth: Truth;
  readonly inElse: boolean;
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

/**
 * The enable/start calls of a postinst for the given unit names. A unit the
 * script never names is neither enabled nor started on install.
 */
export function installStarts(postinst: string, units: readonly string[]): Map<string, UnitInstallEffect> {
  const effects = new Map<string, { enabled: boolean; started: boolean; startedIfEnabled: boolean; from: string[] }>(
    units.map((u) => [u, { enabled: false, started: false, startedIfEnabled: false, from: [] }]),
  );
  const stack: Frame[] = [];
  const vars = new Map<string, string>();
  const active = () => stack.every(taken);
  const mark = (name: string, what: 'enabled' | 'started' | 'startedIfEnabled', line: number) => {
    const e = effects.get(unitName(name));
    if (!e) return;
    e[what] = true;
    e.from.push(`postinst:${line}`);
  };
  const lines = postinst.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const lineNo = i + 1;
    for (const part of line.split(/;\s*/)) {
      const cmd = part.trim();
      if (/^(if|elif)\s/.test(cmd)) {
        const condition = cmd.replace(/^(if|elif)\s+/, '').replace(/\s*then$/, '');
        if (cmd.startsWith('elif')) stack.pop();
        stack.push({ truth: conditionOnFreshInstall(condition), inElse: false });
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
      const args = words.filter((w) => !w.startsWith('-'));
      const [tool, verb, ...names] = args;
      if (tool === 'deb-systemd-helper' && verb === 'enable') names.forEach((n) => mark(n, 'enabled', lineNo));
      // deb-systemd-invoke and invoke-rc.d start only an enabled unit ("a disabled or a static unit, not starting it").
      if (tool === 'deb-systemd-invoke' && (verb === 'start' || verb === 'restart')) names.forEach((n) => mark(n, 'startedIfEnabled', lineNo));
      if (tool === 'systemctl' && (verb === 'start' || verb === 'restart')) names.forEach((n) => mark(n, 'started', lineNo));
      if (tool === 'systemctl' && verb === 'enable') {
        names.forEach((n) => mark(n, 'enabled', lineNo));
        if (words.includes('--now')) names.forEach((n) => mark(n, 'started', lineNo));
      }
      if (tool === 'update-rc.d' && verb !== undefined && (names[0] === 'defaults' || names[0] === 'enable')) mark(verb, 'enabled', lineNo);
      // invoke-rc.d --skip-systemd-native leaves a unit with a native .service to deb-systemd-invoke.
      if (tool === 'invoke-rc.d' && !words.includes('--skip-systemd-native') && (names[0] === 'start' || names[0] === 'restart') && verb) mark(verb, 'startedIfEnabled', lineNo);
    }
  });
  return new Map([...effects].map(([u, e]) => [u, { enabled: e.enabled, started: e.started || (e.startedIfEnabled && e.enabled), from: e.from }]));
}
