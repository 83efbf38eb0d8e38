/**
 * A unit a package starts on install and no resource names, whose ExecCondition= decides whether systemd starts
 * it at all (Debian's samba-ad-dc.service: `ExecCondition=/usr/share/samba/is-configured samba`, true only on an
 * AD domain controller). decant does not run the condition: no unit, said on the package, not a pod that exits.
 */
import { describe, expect, it } from 'vitest';
import type { SystemdUnitFact } from '../../src/model/package-facts.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { seedsOfPackageStarts } from '../../src/plan/package-start-seeds.js';
import type { HandlerContext } from '../../src/plan/resources/handler.js';
import { execConditions } from '../../src/plan/unit-conditions.js';
import { res } from './make-converge.js';

const { catalog } = loadCatalog();
const ctx = { catalog, family: 'debian', hostServices: [] } as unknown as HandlerContext;
const unit = (name: string, raw: string): SystemdUnitFact => ({
  path: `/lib/systemd/system/${name}`,
  name,
  raw,
  execStartPre: [],
  environmentFiles: [],
  runtimeDirectories: [],
  onInstall: { enabled: true, started: true, disabled: false, from: ['postinst:104'] },
});
const adDc = unit('samba-ad-dc.service', '[Service]\nType=notify\nExecStart=/usr/sbin/samba --foreground\nExecCondition=/usr/share/samba/is-configured samba\n');
const plain = unit('memcached.service', '[Service]\nExecStart=/usr/bin/memcached\n');

describe('ExecCondition on a package-started unit', () => {
  it('is read from [Service] only', () => {
    expect(execConditions(adDc)).toEqual(['/usr/share/samba/is-configured samba']);
    expect(execConditions(unit('x.service', '[Unit]\nExecCondition=/bin/false\n'))).toEqual([]);
  });

  it('makes no unit when no resource names the service, and says why on the package', () => {
    const pkg = res('package', 'samba', { actions: ['install'] });
    const starts = [
      { service: 'samba-ad-dc', unit: adDc, packageName: 'samba', resource: pkg, provides: [] },
      { service: 'memcached', unit: plain, packageName: 'samba', resource: pkg, provides: [] },
    ];
    const seeds = seedsOfPackageStarts(starts, [pkg], [], ctx);
    expect(seeds.map((s) => ('note' in s ? s.note : `unit ${s.draft.seed.kind === 'service' ? s.draft.seed.service : ''}`))).toEqual([
      'installing samba starts samba-ad-dc.service (Debian starts daemons it installs), but only when its ExecCondition=/usr/share/samba/is-configured samba succeeds, which decant does not run: no resource names samba-ad-dc, so no unit (if it runs, name it with a service resource)',
      'unit memcached',
    ]);
  });

  it('leaves a service a resource names to that resource', () => {
    const pkg = res('package', 'samba', { actions: ['install'] });
    const seeds = seedsOfPackageStarts([{ service: 'samba-ad-dc', unit: adDc, packageName: 'samba', resource: pkg, provides: [] }], [pkg, res('service', 'samba-ad-dc', { actions: ['start'] })], [], ctx);
    expect(seeds).toEqual([]);
  });
});
