/**
 * The environment systemd gives a unit's ExecStart (systemd.exec(5),
 * "Environment=" and "EnvironmentFile="), and the expansion of `$VAR` and
 * `${VAR}` in its command line (systemd.service(5), "Command lines").
 *
 * A container's exec-form command expands nothing, so decant expands at
 * convert time from what it knows: the cookbook's rendered file at that path
 * first (Chef writes it over the package's), then the file the package ships.
 * A file nobody ships is an error for systemd unless its name starts with `-`.
 */
import { splitCommandLine, type UnitAssignment } from '../text/systemd-unit.js';

export interface EnvironmentSource {
  readonly path: string;
  /** Where the text came from: the cookbook's resource, or the package. */
  readonly from: 'cookbook' | 'package';
}

export type UnitEnvironment =
  | { readonly ok: true; readonly vars: ReadonlyMap<string, string>; readonly sources: readonly EnvironmentSource[] }
  | { readonly ok: false; readonly reason: string };

/** Reads an environment file the way systemd does: KEY=VALUE lines, `#`/`;` comments, quotes, `\` continuation. */
export function readEnvironmentFile(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  const logical = text.replace(/\\\n/g, '').split('\n');
  for (const raw of logical) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    vars.set(m[1]!, unquote(m[2]!));
  }
  return vars;
}

function unquote(value: string): string {
  const v = value.trim();
  const dq = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(v);
  if (dq) return dq[1]!.replace(/\\(["\\$`])/g, '$1');
  const sq = /^'([^']*)'\s*(?:#.*)?$/.exec(v);
  if (sq) return sq[1]!;
  // An unquoted value ends at a shell comment, as /etc/default files are also read by sh.
  return v.replace(/\s+#.*$/, '');
}

/**
 * The unit's environment: Environment= assignments and EnvironmentFile= files
 * in file order (a later one wins), with `fileText` answering a path's content.
 */
export function unitEnvironment(
  assignments: readonly UnitAssignment[],
  fileText: (path: string) => { text: string; from: 'cookbook' | 'package'; incomplete?: boolean } | undefined,
): UnitEnvironment {
  const vars = new Map<string, string>();
  const sources: EnvironmentSource[] = [];
  for (const a of assignments) {
    if (a.section !== 'Service') continue;
    if (a.key === 'Environment') {
      if (a.value === '') vars.clear();
      for (const word of splitCommandLine(a.value)) {
        const eq = word.indexOf('=');
        if (eq > 0) vars.set(word.slice(0, eq), word.slice(eq + 1));
      }
    } else if (a.key === 'EnvironmentFile' && a.value !== '') {
      const optional = a.value.startsWith('-');
      const path = optional ? a.value.slice(1) : a.value;
      if (/%[^%]/.test(path)) return { ok: false, reason: `EnvironmentFile ${path} names a systemd specifier, filled in per instance at run time` };
      const found = fileText(path);
      if (!found) {
        if (optional) continue;
        return { ok: false, reason: `EnvironmentFile ${path} is required by the unit and neither the cookbook nor the package ships it` };
      }
      // A rendering with unknowns inside would put decant's markers into the command: say so instead.
      if (found.incomplete) return { ok: false, reason: `EnvironmentFile ${path}, which the cookbook renders, holds values decant could not know` };
      for (const [k, v] of readEnvironmentFile(found.text)) vars.set(k, v);
      sources.push({ path, from: found.from });
    }
  }
  return { ok: true, vars, sources };
}

/**
 * ExecStart's words with variables expanded as systemd does: `${VAR}` is
 * replaced in place, anywhere in a word; a word that is exactly `$VAR` becomes
 * the value's whitespace-separated words (none when empty or unset); a bare
 * `$VAR` inside a longer word is left alone (systemd does not expand it: a
 * `sh -c "… $VAR …"` leaves it to the shell, which finds it in the
 * environment the container is given). `$$` is a literal `$`.
 */
export function expandCommand(command: string, vars: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const word of splitCommandLine(command)) {
    const whole = /^\$([A-Za-z_][A-Za-z0-9_]*)$/.exec(word);
    if (whole) {
      out.push(...(vars.get(whole[1]!) ?? '').split(/\s+/).filter((w) => w !== ''));
      continue;
    }
    out.push(word.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (m, braced?: string) => (m === '$$' ? '$' : (vars.get(braced!) ?? ''))));
  }
  return out;
}

/**
 * systemd's specifiers (systemd.unit(5), "Specifiers") for a system unit
 * named `name` (`openvpn@server.service`): the instance and prefix, and the
 * fixed directories of the system manager. Undefined for a specifier decant
 * cannot know (the host's name, machine id, boot id): the caller refuses.
 */
export function specifierValue(spec: string, name: string): string | undefined {
  const base = name.replace(/\.[a-z]+$/, '');
  const at = base.indexOf('@');
  const prefix = at >= 0 ? base.slice(0, at) : base;
  const instance = at >= 0 ? base.slice(at + 1) : '';
  const unescape = (v: string) => v.replace(/\\x([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/-/g, '/');
  const table: Record<string, string> = {
    '%': '%', n: name, N: base, p: prefix, P: unescape(prefix), i: instance, I: unescape(instance), j: prefix.split('-').pop()!, J: unescape(prefix.split('-').pop()!),
    t: '/run', S: '/var/lib', C: '/var/cache', L: '/var/log', E: '/etc', T: '/tmp', V: '/var/tmp', h: '/root', u: 'root', U: '0', g: 'root', G: '0', s: '/bin/sh',
  };
  return table[spec];
}

/** Text with every specifier filled in, or the first one decant cannot know. */
export function fillSpecifiers(text: string, name: string): { text: string } | { unknown: string } {
  let unknown: string | undefined;
  const filled = text.replace(/%(.)/g, (m, c: string) => {
    const v = specifierValue(c, name);
    if (v === undefined) unknown ??= m;
    return v ?? m;
  });
  return unknown ? { unknown } : { text: filled };
}

/** The names a unit answers to: its file name and every Alias= of its [Install] section. */
export function unitNames(fileName: string, assignments: readonly UnitAssignment[]): string[] {
  const names = [fileName];
  for (const a of assignments) if (a.section === 'Install' && a.key === 'Alias') names.push(...a.value.split(/\s+/).filter(Boolean));
  return names;
}

