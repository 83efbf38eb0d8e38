/**
 * The view the evaluator asks, over facts recorded from Debian 12's archive
 * (test/facts/recorded/debian-12/*.json; `npm run facts:record` refreshes them).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageFactsView } from '../../src/model/package-facts.js';
import { lockEntries } from '../../src/facts/facts-view.js';
import { resolutionProblems } from '../../src/facts/fact-messages.js';
import { loadRecordedFacts } from '../../src/facts/recorded-facts.js';

const RECORDED = join(import.meta.dirname, 'recorded', 'debian-12');
let services: PackageFactsView;
let refusals: PackageFactsView;

beforeAll(async () => {
  services = await loadRecordedFacts(join(RECORDED, 'services.json'));
  refusals = await loadRecordedFacts(join(RECORDED, 'refusals.json'));
});

describe('files', () => {
  it('a file apache2 ships exists once apache2 is installed, and not before', () => {
    expect(services.fileExists('/etc/apache2/apache2.conf', [])).toBe(false);
    expect(services.fileExists('/etc/apache2/apache2.conf', ['nginx'])).toBe(false);
    expect(services.fileExists('/etc/apache2/apache2.conf', ['apache2'])).toBe(true);
    expect(services.packageOf('/etc/apache2/apache2.conf', ['apache2'])).toBe('apache2');
  });

  it('what a dependency ships exists too: apache2 pulls apache2-bin, which ships the httpd binary', () => {
    expect(services.closure(['apache2'])).toContain('apache2-bin');
    expect(services.fileExists('/usr/sbin/apache2', ['apache2'])).toBe(true);
    expect(services.packageOf('/usr/sbin/apache2', ['apache2'])).toBe('apache2-bin');
  });

  it('on a merged-/usr image /lib/systemd and /usr/lib/systemd are one directory', () => {
    const unit = services.units(['bind9']).find((u) => u.name === 'named.service')!;
    expect(unit.path).toMatch(/^\/(usr\/)?lib\/systemd\/system\/named\.service$/);
    expect(services.fileExists('/usr/lib/systemd/system/named.service', ['bind9'])).toBe(true);
    expect(services.fileExists('/lib/systemd/system/named.service', ['bind9'])).toBe(true);
  });

  it('directories: shipped ones and their parents, listed by entry name', () => {
    expect(services.isDirectory('/etc/bind', ['bind9'])).toBe(true);
    expect(services.isDirectory('/etc/bind/named.conf', ['bind9'])).toBe(false);
    expect(services.listDirectory('/etc/bind/', ['bind9'])).toEqual(expect.arrayContaining(['named.conf', 'named.conf.options', 'db.local']));
  });

  it('the image drops docs and man pages (dpkg path filters of the -slim image), keeping copyright files', () => {
    expect(services.fileExists('/usr/share/doc/bind9/copyright', ['bind9'])).toBe(true);
    expect(services.fileExists('/usr/share/man/man8/named.8.gz', ['bind9'])).toBe(false);
  });

  it("what the postinst makes exists too: bind9's /var/lib/bind, memcached's /etc/memcached.conf", () => {
    expect(services.isDirectory('/var/lib/bind', ['bind9'])).toBe(true);
    expect(services.fileExists('/etc/memcached.conf', ['memcached'])).toBe(true);
    expect(services.fileExists('/etc/memcached.conf', ['bind9'])).toBe(false);
    expect(services.fileExists('/etc/ssh/sshd_config', ['openssh-server'])).toBe(true);
  });

  it('conffile and /etc/default contents come from the .deb', () => {
    expect(services.fileContent('/etc/default/named', ['bind9'])).toMatch(/OPTIONS="-u bind"/);
    expect(services.fileContent('/etc/bind/named.conf', ['bind9'])).toMatch(/include "\/etc\/bind\/named\.conf\.options";/);
    expect(services.fileContent('/etc/default/named', ['nginx'])).toBeUndefined();
  });
});

describe('units', () => {
  it('bind9 ships named.service with its ExecStart, Type and EnvironmentFile', () => {
    const named = services.units(['bind9']).find((u) => u.name === 'named.service')!;
    expect(named.execStart).toBe('/usr/sbin/named -f $OPTIONS');
    expect(named.type).toBe('notify');
    expect(named.environmentFiles).toEqual(['-/etc/default/named']);
    expect(named.raw).toContain('[Service]');
  });

  it('redis-server runs as redis with a RuntimeDirectory', () => {
    const redis = services.units(['redis-server']).find((u) => u.name === 'redis-server.service')!;
    expect(redis.user).toBe('redis');
    expect(redis.runtimeDirectories).toEqual(['redis']);
    expect(redis.execStart).toMatch(/^\/usr\/bin\/redis-server \/etc\/redis\/redis\.conf/);
  });
});

describe('accounts', () => {
  it("bind9's postinst makes the system user and group bind", () => {
    const bind = services.users(['bind9']).find((u) => u.name === 'bind')!;
    expect(bind).toMatchObject({ system: true, home: '/var/cache/bind', primaryGroup: 'bind' });
    expect(services.groups(['bind9']).map((g) => g.name)).toContain('bind');
    expect(services.users(['nginx']).map((u) => u.name)).not.toContain('bind');
  });

  it('a name set in a shell variable is read (memcached: USER="memcache"); redis-tools makes redis for redis-server', () => {
    expect(services.users(['memcached']).find((u) => u.name === 'memcache')).toMatchObject({ system: true, home: '/nonexistent', shell: '/bin/false', primaryGroup: 'memcache' });
    expect(services.users(['redis-server']).map((u) => u.name)).toContain('redis');
  });
});

describe('versions', () => {
  it('each package resolves at the version apt picks, and binaries report the upstream part', () => {
    const version = services.packageVersion('bind9')!;
    expect(version).toMatch(/^1:9\.18\.\d+-/);
    const named = services.binary('/usr/sbin/named', ['bind9'])!;
    expect(named.packageName).toBe('bind9');
    expect(named.upstreamVersion).toBe(version.replace(/^1:/, '').replace(/-[^-]*$/, ''));
  });

  it('packages of the base image answer their version; unknown names none', () => {
    expect(services.packageVersion('dpkg')).toMatch(/^1\.21\./);
    expect(services.packageVersion('no-such-package')).toBeUndefined();
  });

  it('the lock of a unit names its packages with versions and archive, base packages left out', () => {
    const lock = lockEntries(services, ['memcached']);
    expect(lock.map((l) => l.name)).toContain('memcached');
    expect(lock.map((l) => l.name)).not.toContain('apache2');
    for (const l of lock) expect(l.source).toMatch(/^http:\/\/deb\.debian\.org\/debian(-security)? bookworm(-security|-updates)?\/main$/);
  });
});

describe('refusals', () => {
  it('a package not in the archive comes with near names', () => {
    expect(refusals.missing('apache')?.nearNames).toContain('apache2');
    expect(refusals.missing('nginxx')?.nearNames[0]).toBe('nginx');
    expect(refusals.missing('tini')).toBeUndefined();
  });

  it('a pinned version the archive lacks is missing, with what it has; the rest still resolves', () => {
    const mv = refusals.resolution.missingVersions.find((m) => m.name === 'memcached')!;
    expect(mv.version).toBe('9.9');
    expect(mv.available.length).toBeGreaterThan(0);
    expect(refusals.packageVersion('tini')).toBeDefined();
    expect(resolutionProblems(refusals.resolution)).toEqual([
      expect.stringMatching(/^package apache is not in debian-12's archive; near names: apache2/),
      "package nginxx is not in debian-12's archive; near names: nginx",
      expect.stringMatching(/^package memcached has no version 9\.9 in debian-12's archive; it has 1\.6\./),
    ]);
  });
});
