/**
 * A package's systemd unit as a SystemdUnitFact, read with the project's one
 * unit reader (src/text/systemd-unit.ts), so a unit here and a unit a
 * cookbook ships give the same answers.
 */
import path from 'node:path';
import type { SystemdUnitFact } from '../../model/package-facts.js';
import { lastValue, readUnitFile, type UnitAssignment } from '../../text/systemd-unit.js';

/** Every value a list-type key takes in [Service], with systemd's empty-assignment reset. */
function allValues(assignments: readonly UnitAssignment[], key: string): string[] {
  let values: string[] = [];
  for (const a of assignments) if (a.section === 'Service' && a.key === key) values = a.value === '' ? [] : [...values, a.value];
  return values;
}

export function unitFact(unitPath: string, raw: string, linkTo?: string): SystemdUnitFact {
  const a = readUnitFile(raw);
  const one = (key: string) => lastValue(a, 'Service', key);
  const fields: Record<string, unknown> = {
    path: unitPath,
    name: path.posix.basename(unitPath),
    raw,
    linkTo,
    type: one('Type'),
    execStart: one('ExecStart'),
    execStartPre: allValues(a, 'ExecStartPre'),
    user: one('User'),
    group: one('Group'),
    environmentFiles: allValues(a, 'EnvironmentFile'),
    runtimeDirectories: allValues(a, 'RuntimeDirectory').flatMap((v) => v.split(/\s+/)),
    workingDirectory: one('WorkingDirectory'),
    pidFile: one('PIDFile'),
    // Capability sets accumulate over assignments (systemd.exec(5)).
    capabilityBoundingSet: allValues(a, 'CapabilityBoundingSet').join(' ') || undefined,
    ambientCapabilities: allValues(a, 'AmbientCapabilities').join(' ') || undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as unknown as SystemdUnitFact;
}

/** Unit files are those under the systemd unit directories, by the suffixes systemd reads. */
export function isUnitPath(p: string): boolean {
  return /^\/(usr\/)?lib\/systemd\/system\/[^/]+\.(service|socket|timer|target|path|mount)$/.test(p) || /^\/etc\/systemd\/system\/[^/]+\.(service|socket|timer|target|path|mount)$/.test(p);
}
