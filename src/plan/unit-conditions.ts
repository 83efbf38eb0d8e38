/**
 * Whether a unit's file conditions hold on the converged host (systemd.unit(5)
 * ConditionPathExists= and kin). Debian ships daemons enabled that start only
 * once they are configured: rsync.service has
 * ConditionPathExists=/etc/rsyncd.conf, so `package 'rsync'` runs no daemon
 * unless something writes that file. A path holds when the cookbook writes it
 * (and does not delete it) or an installed package ships it. Conditions on
 * anything but files (virtualization, kernel, architecture) are not read and
 * count as holding; a triggering condition (`|`) is not read either.
 */
import type { Resource } from '../model/converge.js';
import type { PackageFactsView, SystemdUnitFact } from '../model/package-facts.js';
import { readUnitFile } from '../text/systemd-unit.js';
import { displayName, str } from './property-values.js';

const PATH_KEYS = new Set([
  'ConditionPathExists',
  'ConditionPathIsDirectory',
  'ConditionFileIsExecutable',
  'ConditionFileNotEmpty',
  'AssertPathExists',
  'AssertPathIsDirectory',
  'AssertFileIsExecutable',
  'AssertFileNotEmpty',
]);
const WRITING_TYPES = new Set(['template', 'file', 'cookbook_file', 'remote_file', 'link', 'directory', 'remote_directory']);

/** The state the run leaves a path in: written by the cookbook, deleted by it, or not touched. */
function cookbookPath(path: string, resources: readonly Resource[]): 'written' | 'deleted' | undefined {
  let state: 'written' | 'deleted' | undefined;
  for (const r of resources) {
    if (!WRITING_TYPES.has(r.type) || (str(r.properties['path']) ?? str(r.properties['target_file']) ?? displayName(r.name)) !== path) continue;
    if (r.actions.some((a) => a === 'delete')) state = 'deleted';
    else if (r.actions.some((a) => a !== 'nothing')) state = 'written';
  }
  return state;
}

/** The first file condition of the unit that does not hold, said for the report; undefined when all hold. */
export function failedFileCondition(unit: SystemdUnitFact, resources: readonly Resource[], facts: PackageFactsView, installed: readonly string[]): string | undefined {
  for (const a of readUnitFile(unit.raw)) {
    if (a.section !== 'Unit' || !PATH_KEYS.has(a.key) || a.value.startsWith('|') || a.value === '') continue;
    const negated = a.value.startsWith('!');
    const path = negated ? a.value.slice(1) : a.value;
    if (!path.startsWith('/')) continue;
    const written = cookbookPath(path, resources);
    const exists = written === 'written' || (written === undefined && facts.fileExists(path, installed));
    if (exists === negated) {
      const why = negated ? 'exists' : written === 'deleted' ? 'is deleted by the cookbook' : 'is written by neither the cookbook nor an installed package';
      return `${unit.name} has ${a.key}=${a.value}, and ${path} ${why}: systemd skips it`;
    }
  }
  return undefined;
}

/**
 * The unit's ExecCondition= commands (systemd.service(5)): systemd runs them before starting it and skips the
 * unit when one exits 1-254. Debian's samba ships samba-ad-dc.service enabled with
 * `ExecCondition=/usr/share/samba/is-configured samba`, true only on an AD domain controller: whether it holds
 * depends on a program reading the converged config, which a static reader does not run.
 */
export function execConditions(unit: SystemdUnitFact): string[] {
  return readUnitFile(unit.raw).filter((a) => a.section === 'Service' && a.key === 'ExecCondition' && a.value !== '').map((a) => a.value);
}
