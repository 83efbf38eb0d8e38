/**
 * Users every Debian/Ubuntu base image has, with their fixed ids (base-passwd),
 * so a job that runs as one of them can be checked by runAsNonRoot.
 */
const DEBIAN_USERS: Record<string, number> = {
  root: 0,
  daemon: 1,
  bin: 2,
  sys: 3,
  sync: 4,
  games: 5,
  man: 6,
  lp: 7,
  mail: 8,
  news: 9,
  uucp: 10,
  proxy: 13,
  'www-data': 33,
  backup: 34,
  list: 38,
  irc: 39,
  nobody: 65534,
};

export function baseImageUid(family: string, user: string): number | undefined {
  return family === 'debian' ? DEBIAN_USERS[user] : user === 'root' ? 0 : user === 'nobody' ? 65534 : undefined;
}

/** Groups of Debian's base image (base-passwd, as debian:bookworm-slim's /etc/group has them). */
const DEBIAN_GROUPS = new Set([
  'root', 'daemon', 'bin', 'sys', 'adm', 'tty', 'disk', 'lp', 'mail', 'news', 'uucp', 'man', 'proxy', 'kmem', 'dialout', 'fax', 'voice', 'cdrom', 'floppy',
  'tape', 'sudo', 'audio', 'dip', 'www-data', 'backup', 'operator', 'list', 'irc', 'src', 'shadow', 'utmp', 'video', 'sasl', 'plugdev', 'staff', 'games', 'users', 'nogroup',
]);

/** Whether Debian's base image has this user (`_apt` too, which apt's own package makes there). */
export function debianBaseUser(name: string): boolean {
  return name in DEBIAN_USERS || name === '_apt';
}

export function debianBaseGroup(name: string): boolean {
  return DEBIAN_GROUPS.has(name);
}
