/**
 * Debian version strings ([epoch:]upstream[-revision], deb-version(7)) as far
 * as package facts need them.
 */

/** What a program prints as its own version: no epoch, no Debian revision ('1:9.18.28-1~deb12u2' → '9.18.28'). */
export function upstreamVersion(version: string): string {
  const noEpoch = version.replace(/^\d+:/, '');
  const dash = noEpoch.lastIndexOf('-');
  const upstream = dash > 0 ? noEpoch.slice(0, dash) : noEpoch;
  // Repacked sources carry '+dfsg', '+ds', '~rc' style suffixes the program does not print.
  return upstream.replace(/[+~](dfsg|ds|repack)\d*.*$/i, '');
}

/**
 * Whether an available version answers a recipe's request: exact, or a glob
 * with `*` (apt's `pkg=2.4.*`). Chef passes the version to apt as `name=version`,
 * so apt's own rules are the ones to follow.
 */
export function versionMatches(requested: string, available: string): boolean {
  if (!requested.includes('*')) return requested === available;
  const pattern = requested.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${pattern}$`).test(available);
}
