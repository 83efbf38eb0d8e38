import type { Resource } from '../model/converge.js';
import { Unknown, type Data } from '../model/data.js';
import { readUnitFile, type UnitAssignment } from '../text/systemd-unit.js';
import { displayName, str } from './property-values.js';
import { fillSpecifiers } from './unit-environment.js';
import { whereOf, writtenPath, textOf } from './written-text.js';

/** A systemd unit the cookbook writes for a service: its assignments and where it was declared, or why it cannot be read. */
export type CookbookUnit =
  | { readonly assignments: readonly UnitAssignment[]; readonly where: string; readonly resource: Resource }
  | { readonly unreadable: string; readonly resource: Resource };

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

/** Specifiers (%n, %i, %t, …) filled in for the unit's name, as systemd does when it loads the unit. */
function readable(assignments: readonly UnitAssignment[], unitName: string, where: string, resource: Resource): CookbookUnit {
  const out: UnitAssignment[] = [];
  for (const a of assignments) {
    const filled = fillSpecifiers(a.value, unitName);
    if ('unknown' in filled) return { unreadable: `${where} uses the specifier ${filled.unknown} (${a.key}=), which only the host running it knows`, resource };
    out.push({ ...a, value: filled.text });
  }
  return { assignments: out, where, resource };
}

/**
 * The unit a cookbook ships for a service (systemd_unit, or a template or
 * file into a systemd/system directory), read by the same reader as the
 * package's and the engine's (src/text/systemd-unit.ts). The last one
 * declared wins, as the file on the host is the last written.
 */
export function cookbookSystemdUnit(service: string, resources: readonly Resource[]): CookbookUnit | undefined {
  const unitName = service.endsWith('.service') ? service : `${service}.service`;
  for (let i = resources.length - 1; i >= 0; i--) {
    const r = resources[i]!;
    if (r.guards.some((g) => g.outcome === 'skip')) continue;
    if (r.type === 'systemd_unit' && (str(r.properties['unit_name']) ?? displayName(r.name)) === unitName) {
      const content = r.properties['content'];
      // Without content the resource starts or enables a unit someone else ships (the package's): it writes none.
      if (content === undefined || content === null) continue;
      if (content instanceof Unknown) return { unreadable: `the content of ${whereOf(r)} is not known (${content.reason})`, resource: r };
      return readable(typeof content === 'string' ? readUnitFile(content) : assignmentsOfHash(content), unitName, whereOf(r), r);
    }
    const path = writtenPath(r);
    if (path === undefined || !path.endsWith(`/systemd/system/${unitName}`) || r.actions.includes('delete')) continue;
    const written = textOf(r, path);
    if (written.text === undefined) return { unreadable: written.why ?? 'its text is not known', resource: r };
    return readable(readUnitFile(written.text), unitName, written.where, r);
  }
  return undefined;
}
