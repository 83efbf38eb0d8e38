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
