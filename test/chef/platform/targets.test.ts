import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, platformTarget } from '../../../src/chef/platform/targets.js';
import { RArray, RHash, type RubyValue } from '../../../src/chef/values.js';

const at = (h: RHash, ...path: string[]): RubyValue | undefined =>
  path.reduce<RubyValue | undefined>((v, k) => (v instanceof RHash ? v.get(k) : undefined), h);

describe('platform targets', () => {
  it('knows the six targets, debian-12 first (the default)', () => {
    expect(PLATFORM_IDS).toEqual(['debian-12', 'debian-11', 'ubuntu-20.04', 'ubuntu-22.04', 'ubuntu-24.04', 'rocky-9']);
  });

  const rows: [string, string, string, string, string][] = [
    ['debian-12', 'debian', 'debian', '12', 'debian:bookworm-slim'],
    ['debian-11', 'debian', 'debian', '11', 'debian:bullseye-slim'],
    ['ubuntu-20.04', 'ubuntu', 'debian', '20.04', 'ubuntu:20.04'],
    ['ubuntu-22.04', 'ubuntu', 'debian', '22.04', 'ubuntu:22.04'],
    ['ubuntu-24.04', 'ubuntu', 'debian', '24.04', 'ubuntu:24.04'],
    ['rocky-9', 'rocky', 'rhel', '9', 'rockylinux:9'],
  ];
  for (const [id, platform, family, versionPrefix, image] of rows) {
    it(`${id}: facts agree with the automatic attributes`, () => {
      const t = platformTarget(id)!;
      expect(t.facts).toMatchObject({ id, platform, platformFamily: family, baseImage: image });
      expect(t.facts.platformVersion.startsWith(versionPrefix)).toBe(true);
      expect(at(t.automatic, 'platform')).toBe(platform);
      expect(at(t.automatic, 'platform_family')).toBe(family);
      expect(at(t.automatic, 'platform_version')).toBe(t.facts.platformVersion);
      expect(at(t.automatic, 'os')).toBe('linux');
      expect(at(t.automatic, 'os_version')).toBe(at(t.automatic, 'kernel', 'release'));
    });
  }

  it('carries the ohai values cookbooks read, in ohai formats', () => {
    const a = platformTarget('debian-12')!.automatic;
    expect(at(a, 'memory', 'total')).toMatch(/^\d+kB$/);
    expect(typeof at(a, 'cpu', 'total')).toBe('number');
    expect(at(a, 'init_package')).toBe('systemd');
    expect(at(a, 'virtualization', 'system')).toBe('docker');
    expect(at(a, 'lsb', 'codename')).toBe('bookworm');
    expect(at(a, 'network', 'interfaces', 'lo', 'addresses', '127.0.0.1', 'family')).toBe('inet');
    const ip = at(a, 'ipaddress') as string;
    expect(at(a, 'network', 'interfaces', 'eth0', 'addresses', ip, 'family')).toBe('inet');
    expect(at(a, 'shells')).toBeInstanceOf(RArray);
    expect(at(a, 'hostname')).toBe(at(a, 'fqdn'));
  });

  it("carries /etc/os-release as Ohai's os_release plugin reads it (debian-12's as its base image holds it)", () => {
    const a = platformTarget('debian-12')!.automatic;
    expect(at(a, 'os_release', 'version_codename')).toBe('bookworm');
    expect(at(a, 'os_release', 'pretty_name')).toBe('Debian GNU/Linux 12 (bookworm)');
    expect(at(a, 'os_release', 'version')).toBe('12 (bookworm)');
    expect(at(a, 'os_release', 'id')).toBe('debian');
    const u = platformTarget('ubuntu-22.04')!.automatic;
    expect((at(u, 'os_release', 'id_like') as RArray).items).toEqual(['debian']);
    for (const id of PLATFORM_IDS) {
      const t = platformTarget(id)!.automatic;
      expect(at(t, 'os_release', 'id'), id).toBe(at(t, 'platform'));
      if (at(t, 'platform_family') === 'debian') expect(at(t, 'os_release', 'version_codename'), id).toBe(at(t, 'lsb', 'codename'));
    }
  });

  it('returns a fresh copy each call, so an evaluator mutating one run does not leak into the next', () => {
    const first = platformTarget('ubuntu-22.04')!.automatic;
    first.set('platform', 'changed');
    expect(at(platformTarget('ubuntu-22.04')!.automatic, 'platform')).toBe('ubuntu');
  });

  it('answers undefined for an unknown id, including Object prototype names', () => {
    expect(platformTarget('windows-2022')).toBeUndefined();
    expect(platformTarget('toString')).toBeUndefined();
  });
});
