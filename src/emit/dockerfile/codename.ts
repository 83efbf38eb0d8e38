/** Release codenames apt repositories default to (Chef uses the node's lsb codename). */
const CODENAMES: Record<string, string> = {
  'debian-11': 'bullseye',
  'debian-12': 'bookworm',
  'debian-13': 'trixie',
  'ubuntu-20.04': 'focal',
  'ubuntu-22.04': 'jammy',
  'ubuntu-24.04': 'noble',
};

export function codenameOf(platformId: string): string | undefined {
  return CODENAMES[platformId];
}
