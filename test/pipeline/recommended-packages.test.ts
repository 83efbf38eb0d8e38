/**
 * The first-level Recommends Chef's apt-get install brings: named in the
 * package layer beside the package that recommends them (unbound's
 * dns-root-data holds the root key its start helper copies), pinned by the lock.
 */
import { describe, expect, it } from 'vitest';
import type { PackageSpec, Unit } from '../../src/model/plan.js';
import type { PackageFactsView } from '../../src/model/package-facts.js';
import { recommendedSpecs } from '../../src/pipeline/recommended-packages.js';
import { lockUnit } from '../../src/pipeline/package-lock.js';

const source = { file: 'resources/install.rb', line: 12, column: 3 };
const spec = (name: string): PackageSpec => ({ resource: `package[${name}]`, source, name });

describe('recommended packages', () => {
  it("each Recommends of the unit's packages once, from the package that recommends it; a named one is not added again", () => {
    const recommended = [
      { of: 'unbound', name: 'dns-root-data' },
      { of: 'dnsmasq', name: 'dns-root-data' },
      { of: 'unbound', name: 'ldap-utils' },
      { of: 'slapd', name: 'psmisc' },
    ];
    expect(recommendedSpecs([spec('unbound'), spec('ldap-utils')], { recommended })).toEqual([{ resource: 'package[unbound]', source, name: 'dns-root-data' }]);
    expect(recommendedSpecs([spec('unbound')], {})).toEqual([]);
  });

  it('the lock pins them and lists them', () => {
    const resolution = {
      packages: [
        { name: 'unbound', version: '1.17.1-2+deb12u4', architecture: 'amd64', source: 'bookworm/main', requested: true, inBase: false },
        { name: 'dns-root-data', version: '2024071801~deb12u1', architecture: 'all', source: 'bookworm/main', requested: false, inBase: false },
      ],
      recommended: [{ of: 'unbound', name: 'dns-root-data' }],
    };
    const view = { resolution, closure: (names: readonly string[]) => [...names], missing: () => undefined } as unknown as PackageFactsView;
    const unit = { packageManager: 'apt', packages: [spec('unbound')] } as unknown as Unit;
    const locked = lockUnit(unit, view);
    expect(locked.packages.map((p) => `${p.name}=${p.version}`)).toEqual(['unbound=1.17.1-2+deb12u4', 'dns-root-data=2024071801~deb12u1']);
    expect(locked.lockedPackages!.map((p) => p.name)).toEqual(['unbound', 'dns-root-data']);
  });

  it("leaves a name the archive lacks out of the install, saying so; not while an added repository was unreachable", () => {
    const resolution = {
      packages: [{ name: 'mosquitto', version: '2.0.11-1.2+deb12u1', architecture: 'amd64', source: 'bookworm/main', requested: true, inBase: false }],
    };
    const missing = (name: string) => (name === 'python-mosquitto' ? { name, nearNames: [] } : undefined);
    const view = { platform: 'debian-12', resolution, closure: (names: readonly string[]) => [...names], missing } as unknown as PackageFactsView;
    const unit = { packageManager: 'apt', packages: [spec('mosquitto'), spec('python-mosquitto')], notes: [] } as unknown as Unit;
    const locked = lockUnit(unit, view);
    expect(locked.packages.map((p) => p.name)).toEqual(['mosquitto']);
    expect(locked.notes).toEqual(["python-mosquitto: not in debian-12's archive (DEC0508), left out of the image's install so the rest builds; Chef's run would stop there"]);
    const unreachable = { ...view, resolution: { ...resolution, unreachable: [{ uri: 'https://repo.example.test/apt', reason: '404' }] } } as unknown as PackageFactsView;
    expect(lockUnit(unit, unreachable).packages.map((p) => p.name)).toEqual(['mosquitto', 'python-mosquitto']);
  });
});
