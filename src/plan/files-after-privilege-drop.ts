/**
 * A daemon that starts as root and drops to a user its config names
 * (catalog/directives/drops-privileges.yaml) writes some files after the drop:
 * mosquitto writes its pid_file as `user`. The container starts it as root, as
 * the packaged unit does (no User=), so the drop happens as on a host; a file
 * the config puts where only root writes (/var/run/x.pid) would stop it at
 * start. The image makes each such file, empty and owned by the user, so the
 * daemon writes where its config says, as that user, with nothing else
 * opened to it. Decided from the unit's packages and its own config lines,
 * never from the service's name.
 */
import type { FileSpec, Unit } from '../model/plan.js';
import type { DropsPrivileges } from './catalog/load-drops-privileges.js';
import { textHeld } from '../model/file-text.js';

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The value the first line setting `directive` gives (`name value` or `name=value`, comments skipped), with its 1-based line. */
export function directiveValue(text: string, directive: string): { value: string; line: number } | undefined {
  const sets = new RegExp(`^\\s*${escaped(directive)}(?:\\s*=\\s*|\\s+)("[^"]*"|\\S+)`);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*[#;]/.test(lines[i]!)) continue;
    const m = sets.exec(lines[i]!);
    if (m) return { value: m[1]!.replace(/^"|"$/g, ''), line: i + 1 };
  }
  return undefined;
}


/**
 * The daemon's own config files: the file its command names (`-c
 * /etc/mosquitto/mosquitto.conf`) first, then the files the cookbook writes
 * beside it (an include_dir's conf.d). Another config the unit ships (apt's
 * 10dpkg-options) is not the daemon's and says nothing of its user.
 */
function daemonConfigs(unit: Unit): FileSpec[] {
  const named = unit.files.filter((f) => unit.command.includes(f.path) && textHeld(f.content) !== undefined);
  const dirs = named.map((f) => f.path.slice(0, f.path.lastIndexOf('/') + 1));
  const beside = unit.files.filter((f) => !named.includes(f) && textHeld(f.content) !== undefined && dirs.some((d) => f.path.startsWith(d)));
  return [...named, ...beside];
}

/**
 * `unit` with the user its daemon drops to (`dropsTo`) and an empty file owned
 * by that user for each file its config has the daemon write after the drop.
 */
export function filesAfterPrivilegeDrop(unit: Unit, entries: readonly DropsPrivileges[]): Unit {
  const installed = new Set(unit.packages.map((p) => p.name));
  const configs = daemonConfigs(unit);
  const made: FileSpec[] = [];
  const notes: string[] = [];
  let dropsTo: Unit['dropsTo'];
  for (const entry of entries) {
    if (!entry.packages.some((p) => installed.has(p))) continue;
    for (const config of configs) {
      const text = textHeld(config.content)!;
      const named = directiveValue(text, entry.user);
      const user = named?.value ?? entry.defaultUser;
      if (!user || user === 'root') continue;
      const by = named ? `${config.path}:${named.line} (${entry.user} ${user})` : `its default user ${user} (${config.path} sets no ${entry.user})`;
      dropsTo ??= { user, by: 'daemon', why: by };
      for (const directive of entry.files) {
        const file = directiveValue(text, directive);
        if (!file || !file.value.startsWith('/')) continue;
        if (unit.files.some((f) => f.path === file.value) || made.some((f) => f.path === file.value)) continue;
        made.push({ resource: config.resource, source: config.source, path: file.value, owner: user, mode: '0644', content: { kind: 'inline', text: '' }, config: false, tunable: false });
        notes.push(
          `starts as root and drops to ${user} itself, as the packaged unit runs it (no User=): ${by}; it writes ${file.value} (${config.path}:${file.line}, ${directive}) after the drop, so the image makes that file empty and owned by ${user}: ${entry.why} (catalog/directives/drops-privileges.yaml)`,
        );
      }
    }
  }
  if (!dropsTo) return unit;
  return { ...unit, dropsTo, files: [...unit.files, ...made], notes: [...unit.notes, ...notes] };
}
