/**
 * Ownership by an account nobody makes: emulab-slurm's `directory '/var/log'
 * do group 'syslog'` (Ubuntu's group) broke munge's whole image on Debian 12
 * with `chown: invalid group: 'root:syslog'`. It is an error at the resource,
 * the image leaves that ownership out, and the rest of the unit builds.
 */
import { describe, expect, it } from 'vitest';
import type { PackageFactsView } from '../../src/model/package-facts.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { flagUnknownAccounts } from '../../src/plan/unknown-accounts.js';
import { converge, res } from './make-converge.js';

/** Only what the check asks: munge's maintainer script makes user and group munge. */
const view = (missing: string[] = []): PackageFactsView =>
  ({
    platform: 'debian-12',
    users: () => [{ name: 'munge', system: true, primaryGroup: 'munge' }],
    groups: () => [{ name: 'munge', system: true }],
    missing: (n: string) => (missing.includes(n) ? { name: n, nearNames: [] } : undefined),
  }) as unknown as PackageFactsView;

function planned(extra: ReturnType<typeof res>[] = []) {
  const { catalog } = loadCatalog();
  return planApp(
    converge([
      res('package', 'munge', { actions: ['install'] }),
      res('user', 'slurm', { actions: ['create'], properties: { home: '/home/slurm' } }),
      res('directory', '/home/slurm', { actions: ['create'], properties: { owner: 'slurm', group: 'slurm' } }),
      res('directory', '/var/log', { actions: ['create'], properties: { owner: 'root', group: 'syslog' } }),
      res('directory', '/run/munge', { actions: ['create'], properties: { owner: 'munge', group: 'munge' } }),
      ...extra,
      res('service', 'munge', { actions: ['enable', 'start'] }),
    ]),
    { name: 'slurm', version: '1.0.0', labels: {}, catalog },
  );
}

describe('ownership by an account nobody makes', () => {
  it('is an error at the resource; the image keeps the directory and its owner, not the group', () => {
    const app = flagUnknownAccounts(planned(), view());
    const unit = app.units[0]!;
    expect(app.diagnostics.filter((d) => d.code === 'DEC0529')).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/directory\[\/var\/log\] sets group syslog on \/var\/log/) }),
    ]);
    const log = unit.directories.find((d) => d.path === '/var/log')!;
    expect([log.owner, log.group]).toEqual(['root', undefined]);
    // The package's and the cookbook's own accounts, and the base image's root, are known.
    expect(unit.directories.find((d) => d.path === '/run/munge')!.group).toBe('munge');
    expect(unit.directories.find((d) => d.path === '/home/slurm')!.group).toBe('slurm');
    expect(unit.needsInput).toEqual([expect.stringMatching(/Chef's run fails there/)]);
  });

  it('is not decided without facts, with a package not in the archive, or when a step makes accounts', () => {
    expect(flagUnknownAccounts(planned(), undefined).diagnostics.filter((d) => d.code === 'DEC0529')).toEqual([]);
    expect(flagUnknownAccounts(planned(), view(['munge'])).diagnostics.filter((d) => d.code === 'DEC0529')).toEqual([]);
    const withStep = planned([res('execute', 'groupadd syslog', { actions: ['run'], properties: { command: 'groupadd --system syslog' } })]);
    expect(flagUnknownAccounts(withStep, view()).diagnostics.filter((d) => d.code === 'DEC0529')).toEqual([]);
  });
});
