/** The pure readers behind package facts: maintainer scripts, dpkg/apt output, names and versions. */
import { describe, expect, it } from 'vitest';
import { upstreamVersion } from '../../src/facts/debian-version.js';
import { canonicalPath, normalFactPath } from '../../src/facts/fact-paths.js';
import { accountsFromScript, accountsFromSysusers, mergeAccounts } from '../../src/facts/maintainer-accounts.js';
import { pathsFromScript } from '../../src/facts/maintainer-paths.js';
import { editDistance, nearNames } from '../../src/facts/near-names.js';
import { controlFields, parseListing, parseMadison, parseSimulation, relationGroups } from '../../src/engine/package-facts/deb-control.js';
import { keptByFilters, platformArchive, repositoriesDigest } from '../../src/engine/package-facts/platform-archives.js';
import { unitFact } from '../../src/engine/package-facts/unit-facts.js';

describe('maintainer scripts', () => {
  it('adduser --system with --ingroup, across continuation lines, after getent ||', () => {
    const acc = accountsFromScript('postinst', [
      'getent group bind >/dev/null 2>&1 || addgroup --system bind',
      'getent passwd bind >/dev/null 2>&1 ||',
      '\tadduser --system --home /var/cache/bind --no-create-home \\',
      '\t\t--disabled-password --ingroup bind bind',
    ].join('\n'));
    expect(acc.groups).toEqual([{ name: 'bind', system: true, from: 'postinst:1' }]);
    expect(acc.users).toEqual([{ name: 'bind', system: true, home: '/var/cache/bind', shell: '/usr/sbin/nologin', primaryGroup: 'bind', from: 'postinst:3' }]);
  });

  it('--group makes a same-name group; --uid/--gid are kept; quoted gecos does not shift operands', () => {
    const acc = accountsFromScript('postinst', 'adduser --system --uid 120 --gid 130 --group --gecos "Redis Server" --home=/var/lib/redis redis');
    expect(acc.users[0]).toMatchObject({ name: 'redis', id: 120, home: '/var/lib/redis', primaryGroup: 'redis' });
    expect(acc.groups[0]).toMatchObject({ name: 'redis', id: 130 });
  });

  it('a variable set once to a word is substituted; one set from $1 is a note', () => {
    const acc = accountsFromScript('postinst', 'USER="memcache"\nadduser --system $USER\nX="${1}"\naddgroup --system "$X"');
    expect(acc.users.map((u) => u.name)).toEqual(['memcache']);
    expect(acc.notes).toEqual(['postinst:4: addgroup names its account in a variable']);
  });

  it('useradd/groupadd/usermod', () => {
    const acc = accountsFromScript('postinst', 'groupadd -r -g 990 svc\nuseradd -r -g svc -d /srv/svc -s /bin/false -u 990 svc\nusermod -a -G adm,svc svc');
    expect(acc.groups).toEqual([{ name: 'svc', id: 990, system: true, from: 'postinst:1' }]);
    expect(mergeAccounts(acc.users)).toEqual([{ name: 'svc', id: 990, system: true, home: '/srv/svc', shell: '/bin/false', primaryGroup: 'svc', groups: ['adm', 'svc'], from: 'postinst:2' }]);
  });

  it('adduser USER GROUP adds a membership, comments are ignored', () => {
    const acc = accountsFromScript('postinst', '# adduser --system ghost\nadduser --quiet www-data ssl-cert');
    expect(acc.users).toEqual([{ name: 'www-data', system: false, groups: ['ssl-cert'], from: 'postinst:2' }]);
  });

  it('sysusers.d: u makes a user and its group, g a group, m a membership', () => {
    const acc = accountsFromSysusers('usr/lib/sysusers.d/x.conf', 'u systemd-network 998 "systemd Network Management" /run/systemd\ng input -\nm alice wheel\n# u ghost');
    expect(acc.users).toEqual([
      { name: 'systemd-network', id: 998, system: true, home: '/run/systemd', shell: '/usr/sbin/nologin', primaryGroup: 'systemd-network', from: 'usr/lib/sysusers.d/x.conf:1' },
      { name: 'alice', system: true, groups: ['wheel'], from: 'usr/lib/sysusers.d/x.conf:3' },
    ]);
    expect(acc.groups.map((g) => g.name)).toEqual(['systemd-network', 'input']);
  });
});

describe('paths maintainer scripts make', () => {
  it('mkdir, install -d, cp, touch and ln -s with literal or plain-variable paths', () => {
    const made = pathsFromScript([
      'DATADIR="/var/lib/svc"',
      'mkdir -p -m 0750 $DATADIR /var/log/svc',
      'install -d -o svc -g svc /run/svc',
      '[ -e /etc/svc.conf ] || cp /usr/share/svc/svc.conf.default /etc/svc.conf',
      'touch /var/log/svc/svc.log >/dev/null',
      'ln -sf /etc/svc.conf /etc/svc/active.conf',
      'mkdir -p `dirname "$X"`',
      'ucf --three-way --debconf-ok "$new_config" /etc/ssh/sshd_config',
      'cp /etc/a "$TARGET"',
    ].join('\n'));
    expect(made).toEqual({
      directories: ['/var/lib/svc', '/var/log/svc', '/run/svc'],
      files: ['/etc/svc.conf', '/var/log/svc/svc.log', '/etc/svc/active.conf', '/etc/ssh/sshd_config'],
    });
  });
});

describe('dpkg and apt output', () => {
  it('control fields and relations: versions, arch qualifiers and alternatives', () => {
    const c = controlFields('Package: bind9\nVersion: 1:9.18.28-1~deb12u2\nDepends: adduser, debconf | debconf-2.0, perl:any, libc6 (>= 2.34)\nDescription: x\n more\n');
    expect(c.get('Version')).toBe('1:9.18.28-1~deb12u2');
    expect(c.get('Description')).toBe('x\nmore');
    expect(relationGroups(c.get('Depends'))).toEqual([['adduser'], ['debconf', 'debconf-2.0'], ['perl'], ['libc6']]);
  });

  it('dpkg-deb -c listings: kinds, executables, link targets', () => {
    const entries = parseListing([
      'drwxr-xr-x root/root         0 2024-07-01 10:00 ./etc/bind/',
      '-rwxr-xr-x root/root    123456 2024-07-01 10:00 ./usr/sbin/named',
      '-rw-r--r-- root/bind       458 2024-07-01 10:00 ./etc/bind/named.conf',
      'lrwxrwxrwx root/root         0 2024-07-01 10:00 ./usr/sbin/rndc-confgen -> ../bin/x',
    ].join('\n'));
    expect(entries).toEqual([
      { path: '/etc/bind', kind: 'dir', executable: true },
      { path: '/usr/sbin/named', kind: 'file', executable: true },
      { path: '/etc/bind/named.conf', kind: 'file', executable: false },
      { path: '/usr/sbin/rndc-confgen', kind: 'link', executable: true, target: '../bin/x' },
    ]);
  });

  it('madison and simulate lines', () => {
    expect(parseMadison('     bind9 | 1:9.18.28-1~deb12u2 | http://deb.debian.org/debian-security bookworm-security/main amd64 Packages')).toEqual([
      { name: 'bind9', version: '1:9.18.28-1~deb12u2', source: 'http://deb.debian.org/debian-security bookworm-security/main' },
    ]);
    expect(parseSimulation('Inst libssl3 [3.0.11-1] (3.0.15-1~deb12u1 Debian-Security:12/stable-security [amd64])\nConf libssl3 (x)\nInst netbase (6.4 Debian:12.7/stable [all])')).toEqual([
      { name: 'libssl3', version: '3.0.15-1~deb12u1', architecture: 'amd64' },
      { name: 'netbase', version: '6.4', architecture: 'all' },
    ]);
  });

  it('dpkg path filters: the last matching filter decides', () => {
    const f = platformArchive('debian-12')!.pathFilters;
    expect(keptByFilters('/usr/share/doc/bind9/changelog.gz', f)).toBe(false);
    expect(keptByFilters('/usr/share/doc/bind9/copyright', f)).toBe(true);
    expect(keptByFilters('/usr/sbin/named', f)).toBe(true);
  });

  it('the repositories digest changes with the sources and the architecture', () => {
    const a = platformArchive('debian-12')!;
    expect(repositoriesDigest(a, 'amd64')).toMatch(/^[0-9a-f]{16}$/);
    expect(repositoriesDigest(a, 'arm64')).not.toBe(repositoriesDigest(a, 'amd64'));
    expect(repositoriesDigest(platformArchive('debian-12', { DECANT_DEBIAN_MIRROR: 'http://mirror.example/debian' })!, 'amd64')).not.toBe(repositoriesDigest(a, 'amd64'));
    expect(platformArchive('ubuntu-22.04')).toBeUndefined();
  });

  it('a unit through the one systemd reader: resets, accumulated lists, capability sets', () => {
    const u = unitFact('/lib/systemd/system/x.service', '[Service]\nType=notify\nExecStart=/a\nExecStart=\nExecStart=/usr/sbin/x -f\nEnvironmentFile=-/etc/default/x\nRuntimeDirectory=x x/sub\nCapabilityBoundingSet=CAP_NET_BIND_SERVICE\nCapabilityBoundingSet=CAP_SETUID\nUser=x\n');
    expect(u).toMatchObject({ name: 'x.service', type: 'notify', execStart: '/usr/sbin/x -f', user: 'x', environmentFiles: ['-/etc/default/x'], runtimeDirectories: ['x', 'x/sub'], capabilityBoundingSet: 'CAP_NET_BIND_SERVICE CAP_SETUID' });
  });
});

describe('names, versions, paths', () => {
  it('edit distance and near names', () => {
    expect(editDistance('nginxx', 'nginx')).toBe(1);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
    expect(nearNames('apache', ['apache2', 'libapache2-mod-php', 'zsh', 'apachetop'])).toEqual(['apache2', 'apachetop', 'libapache2-mod-php']);
    expect(nearNames('zzzzzz', ['nginx'])).toEqual([]);
  });

  it('upstream versions', () => {
    expect(upstreamVersion('1:9.18.28-1~deb12u2')).toBe('9.18.28');
    expect(upstreamVersion('2.9.14+dfsg-1.3~deb12u1')).toBe('2.9.14');
    expect(upstreamVersion('6.4')).toBe('6.4');
  });

  it('paths: normal form and merged /usr', () => {
    expect(normalFactPath('./etc/bind/')).toBe('/etc/bind');
    expect(normalFactPath('etc')).toBe('');
    expect(canonicalPath('/sbin/named', true)).toBe('/usr/sbin/named');
    expect(canonicalPath('/sbin/named', false)).toBe('/sbin/named');
    expect(canonicalPath('/etc/x', true)).toBe('/etc/x');
  });
});
