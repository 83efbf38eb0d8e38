/**
 * A package resource installing a local file (src/plan/resources/package.ts, DEC0329): percona's package_repo
 * downloads its release .deb with remote_file and installs it with `dpkg_package … source`. The image's package
 * layer installs names from the archive, before any download: said at the resource, never silently.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const opts = { name: 'app', version: '1.0.0', labels: {}, catalog };

describe('a package installed from a local file', () => {
  it('is a DEC0329 warning naming the file', () => {
    const app = planApp(converge([res('dpkg_package', 'percona-release', { actions: ['install'], properties: { source: '/var/chef/cache/percona-release.dpkg' } })]), opts);
    expect(app.diagnostics.filter((d) => d.code === 'DEC0329').map((d) => d.message)).toEqual([
      "dpkg_package[percona-release] installs the file /var/chef/cache/percona-release.dpkg (its source), which the image's package layer does not: it installs the name from the archive, before any download, and the archive may not have it",
    ]);
  });

  it('a package named only, or with a URL source, is not', () => {
    const app = planApp(converge([res('package', 'curl', { actions: ['install'] }), res('package', 'x', { actions: ['install'], properties: { source: 'https://example.com/x.deb' } })]), opts);
    expect(app.diagnostics.filter((d) => d.code === 'DEC0329')).toEqual([]);
  });
});
