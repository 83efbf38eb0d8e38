/**
 * The words decant uses when the archive says no: one place, so the
 * evaluator's diagnostics and the CLI's errors read the same.
 */
import type { MissingPackage, MissingVersion, PackageResolution } from '../model/package-facts.js';

export function missingPackageMessage(platform: string, m: MissingPackage): string {
  const near = m.nearNames.length > 0 ? `; near names: ${m.nearNames.join(', ')}` : '';
  return `package ${m.name} is not in ${platform}'s archive${near}`;
}

export function missingVersionMessage(platform: string, m: MissingVersion): string {
  const has = m.available.length > 0 ? `; it has ${m.available.join(', ')}` : '';
  return `package ${m.name} has no version ${m.version} in ${platform}'s archive${has}`;
}

/** Every refusal of a resolution, one message each, in request order. */
export function resolutionProblems(r: PackageResolution): string[] {
  return [
    ...r.missing.map((m) => missingPackageMessage(r.platform, m)),
    ...r.missingVersions.map((m) => missingVersionMessage(r.platform, m)),
    ...(r.problem ? [`apt on ${r.platform} cannot install the set together: ${r.problem}`] : []),
  ];
}
