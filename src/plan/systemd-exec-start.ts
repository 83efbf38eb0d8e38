import type { Resource } from '../model/converge.js';
import { Unknown, type Data } from '../model/data.js';
import { readUnitFile, serviceCommand, type ServiceCommand, type UnitAssignment } from '../text/systemd-unit.js';
import { displayName, str } from './property-values.js';

export type SystemdCommand =
  | { readonly command: string[]; readonly user?: string; readonly resource: Resource }
  /** A unit was found but gives no command a container can run (Type=forking, a $VARIABLE, …). */
  | { readonly refused: string; readonly resource: Resource };

const isHash = (v: Data | undefined): v is { readonly [k: string]: Data } =>
  v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown);

/**
 * systemd_unit's `content` given as a hash (`{ 'Service' => { 'ExecStart' => [...] } }`):
 * the assignments Chef writes from it, in order, an array being one line per element.
 */
function assignmentsOfHash(content: Data): UnitAssignment[] {
  if (!isHash(content)) return [];
  const out: UnitAssignment[] = [];
  for (const [section, keys] of Object.entries(content)) {
    if (!isHash(keys)) continue;
    for (const [key, v] of Object.entries(keys)) {
      for (const one of Array.isArray(v) ? v : [v]) {
        const value = str(one);
        if (value !== undefined) out.push({ section, key, value: value.trim(), line: 0 });
      }
    }
  }
  return out;
}

/**
 * A service the catalog does not know often ships its own systemd unit in the
 * cookbook (systemd_unit, or a template into /etc/systemd/system): its
 * ExecStart is the container command. Read by the same reader as the engine's
 * (src/text/systemd-unit.ts), so a unit gives the same command in both.
 */
export function systemdCommandFor(service: string, resources: readonly Resource[]): SystemdCommand | undefined {
  const unitName = service.endsWith('.service') ? service : `${service}.service`;
  let refused: SystemdCommand | undefined;
  for (const r of resources) {
    let found: ServiceCommand | undefined;
    if (r.type === 'systemd_unit' && (str(r.properties['unit_name']) ?? displayName(r.name)) === unitName) {
      const content = r.properties['content'];
      found = serviceCommand(typeof content === 'string' ? readUnitFile(content) : assignmentsOfHash(content ?? null));
    } else if ((r.type === 'template' || r.type === 'file' || r.type === 'cookbook_file') && r.content) {
      const path = str(r.properties['path']) ?? displayName(r.name);
      if (!path.endsWith(`/systemd/system/${unitName}`)) continue;
      if (r.content.kind === 'rendered' || r.content.kind === 'inline') found = serviceCommand(readUnitFile(r.content.text));
    }
    if (found?.ok) {
      const user = found.user;
      return { command: [...found.argv], ...(user ? { user } : {}), resource: r };
    }
    if (found && !refused) refused = { refused: found.reason, resource: r };
  }
  return refused;
}
