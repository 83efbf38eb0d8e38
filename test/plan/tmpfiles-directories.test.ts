/**
 * Directories a package's tmpfiles.d asks systemd to make under /run at boot
 * are made in the image (no container boots systemd): nrpe exited 2 at start
 * without /run/nagios. Over facts recorded from Debian 12's archive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageFactsView } from '../../src/model/package-facts.js';
import { loadRecordedFacts } from '../../src/facts/recorded-facts.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import type { ForegroundForm } from '../../src/plan/package-unit-command.js';
import { commandRunDirectories, packageRunDirectories, tmpfilesDirectories } from '../../src/plan/tmpfiles-directories.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const foregroundForms = parse(readFileSync(join(import.meta.dirname, '../../catalog/foreground/forms.yaml'), 'utf8')) as ForegroundForm[];
let packageFacts: PackageFactsView;
beforeAll(async () => {
  packageFacts = await loadRecordedFacts(join(import.meta.dirname, '../facts/recorded/debian-12/services.json'));
});

describe('the directories of a tmpfiles.d file', () => {
  it('takes d and D lines under /run with their mode and owner, tmpfiles defaults for "-"', () => {
    const text = [
      '#Type\tPath\t\tMode\tUID\tGID\tAge\tArgument',
      'd\t/run/nagios\t0755\tnagios\tnagios\t-\t-',
      'D /var/run/app - app - -',
      'd /run/plain',
    ].join('\n');
    expect(tmpfilesDirectories(text, '/usr/lib/tmpfiles.d/x.conf')).toEqual([
      { path: '/run/nagios', mode: '0755', owner: 'nagios', group: 'nagios', from: '/usr/lib/tmpfiles.d/x.conf:2' },
      { path: '/run/app', mode: '0755', owner: 'app', group: 'app', from: '/usr/lib/tmpfiles.d/x.conf:3' },
      { path: '/run/plain', mode: '0755', owner: 'root', group: 'root', from: '/usr/lib/tmpfiles.d/x.conf:4' },
    ]);
  });

  it('leaves out other line types, paths outside /run and specifiers it cannot name', () => {
    const text = ['f /run/x.pid 0644 root root -', 'd /var/lib/app 0750 app app -', 'd %t/app 0755 app app -', 'L /run/link - - - - /tmp', 'x /run/keep'].join('\n');
    expect(tmpfilesDirectories(text, 'f')).toEqual([]);
  });
});

describe('the /run directories of a service package', () => {
  it("bind9's tmpfiles.d asks for /run/named owned by root:bind, mode 0775", () => {
    expect(packageRunDirectories(packageFacts, 'bind9', ['bind9'])).toEqual([
      { path: '/run/named', mode: '0775', owner: 'root', group: 'bind', from: '/usr/lib/tmpfiles.d/named.conf:1' },
    ]);
  });

  it("found from the command's binary; a bare name or an unshipped binary finds none", () => {
    expect(commandRunDirectories(packageFacts, ['/usr/bin/memcached', '-u', 'memcache'], ['memcached']).map((d) => d.path)).toEqual(['/run/memcached']);
    expect(commandRunDirectories(packageFacts, ['memcached'], ['memcached'])).toEqual([]);
    expect(commandRunDirectories(packageFacts, ['/usr/local/bin/x'], ['memcached'])).toEqual([]);
  });

  it('a planned unit makes them in its image and says why; offline it makes none', () => {
    const resources = [res('package', 'bind9', { actions: ['install'] }), res('service', 'bind9', { actions: ['enable', 'start'] })];
    const app = planApp(converge(resources), { name: 'dns', version: '1.0.0', labels: {}, catalog, packageFacts, foregroundForms });
    const u = app.units[0]!;
    expect(u.directories).toContainEqual(expect.objectContaining({ path: '/run/named', mode: '0775', owner: 'root', group: 'bind' }));
    expect(u.notes.join('\n')).toMatch(/no container runs systemd-tmpfiles at boot: \/run\/named \(\/usr\/lib\/tmpfiles.d\/named.conf:1\)/);
    const offline = planApp(converge(resources), { name: 'dns', version: '1.0.0', labels: {}, catalog });
    expect(offline.units[0]!.directories.map((d) => d.path)).not.toContain('/run/named');
  });
});
