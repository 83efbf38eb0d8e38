/**
 * A service's command from the systemd unit its package ships (issue 14,
 * source 2 of 4: cookbook, package, catalog, plan.yaml). The unit is found
 * by its file name or an [Install] Alias= (bind9.service is named.service's
 * alias), or as the template of an instance (openvpn@server), its
 * specifiers filled in for the name asked; the command is then made as for
 * any unit (unit-command.ts: environment files, variables, foreground forms),
 * each step said in the result's notes.
 */
import type { SystemdUnitFact } from '../model/package-facts.js';
import { readUnitFile } from '../text/systemd-unit.js';
import { unitCommand, type FileText, type ForegroundForm, type UnitCommand } from './unit-command.js';
import { fillSpecifiers, unitNames } from './unit-environment.js';
import { withDropIns, type DropIn } from './unit-drop-ins.js';

export type { FileText, ForegroundForm } from './unit-command.js';

/** A unit command, with the unit it came from (also when it gives none, for the reviewer). */
export type PackageUnitCommand =
  | (Extract<UnitCommand, { ok: true }> & { readonly unit: SystemdUnitFact })
  | { readonly ok: false; readonly unit?: SystemdUnitFact; readonly reason: string };

/** The unit a service name starts: `x` or `x.service`, by file name first, then by alias; `x@i` by its template `x@.service`. */
export function findServiceUnit(service: string, units: readonly SystemdUnitFact[]): SystemdUnitFact | undefined {
  const byName = (name: string) => {
    const real = units.filter((u) => !u.linkTo);
    return real.find((u) => u.name === name) ?? units.find((u) => u.name === name && u.linkTo) ?? real.find((u) => unitNames(u.name, readUnitFile(u.raw)).includes(name));
  };
  const name = serviceUnitName(service);
  const template = /^([^@]+)@[^@]+(\.service)$/.exec(name);
  return byName(name) ?? (template ? byName(`${template[1]}@${template[2]}`) : undefined);
}

const serviceUnitName = (service: string) => (service.endsWith('.service') ? service : `${service}.service`);

function resolveLink(unit: SystemdUnitFact, units: readonly SystemdUnitFact[]): SystemdUnitFact {
  if (!unit.linkTo) return unit;
  const target = unit.linkTo.split('/').pop();
  return units.find((u) => u.name === target && !u.linkTo) ?? unit;
}

/**
 * `dropIns` gives the drop-ins systemd reads for the unit's names (the cookbook's
 * overrides and the package's own), applied after the unit as systemd does.
 */
export function packageUnitCommand(
  service: string,
  units: readonly SystemdUnitFact[],
  fileText: FileText,
  forms: readonly ForegroundForm[],
  dropIns: (unitNames: readonly string[]) => readonly DropIn[] = () => [],
  shippedBy: (path: string) => string | undefined = () => undefined,
): PackageUnitCommand | undefined {
  const found = findServiceUnit(service, units);
  if (!found) return undefined;
  const unit = resolveLink(found, units);
  const asked = serviceUnitName(service);
  const instance = /@[^@]+\.service$/.test(asked) && unit.name.endsWith('@.service');
  // Specifiers (%i, %n, %t, …) are filled in for the name asked, as systemd does when it loads the instance.
  const filled = fillSpecifiers(unit.raw, instance ? asked : unit.name);
  if ('unknown' in filled) return { ok: false, unit, reason: `${unit.path} uses the specifier ${filled.unknown}, which only the host running it knows` };
  const alias = instance ? ` (${asked} is an instance of the template ${unit.name})` : unit.name !== asked ? ` (${asked} is an alias of ${unit.name})` : '';
  // An instance reads the template's drop-ins (x@.service.d) and its own (x@i.service.d); an alias, its real name's.
  const names = [...new Set([unit.name, asked, ...(found.name !== unit.name ? [found.name] : [])])];
  const merged = withDropIns(readUnitFile(filled.text), dropIns(names));
  if (!merged.ok) return { ok: false, unit, reason: merged.reason };
  const made = unitCommand(merged.assignments, unit.path, fileText, forms, shippedBy);
  if (!made.ok) return { ok: false, unit, reason: made.reason };
  return { ...made, unit, notes: [`command from ${unit.path}${alias}, shipped by the package`, ...merged.notes, ...made.notes] };
}
