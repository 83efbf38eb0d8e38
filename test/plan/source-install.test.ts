/**
 * A service built from source or unpacked from an archive (issue 14): its
 * bare command is pointed at where the build installed it.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageFactsView } from '../../src/model/package-facts.js';
import { loadRecordedFacts } from '../../src/facts/recorded-facts.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { installPrefixes, prefixesOfScript } from '../../src/plan/source-install.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const opts = { name: 'app', version: '1.0.0', labels: {}, catalog };
let packageFacts: PackageFactsView;
beforeAll(async () => {
  packageFacts = await loadRecordedFacts(join(import.meta.dirname, '../facts/recorded/debian-12/services.json'));
});

const unitFile = (execStart: string) =>
  res('systemd_unit', 'mydaemon.service', { actions: ['create', 'enable'], properties: { content: `[Service]\nExecStart=${execStart}\n` } });
const started = () => res('service', 'mydaemon', { actions: ['enable', 'start'] });

describe('install prefixes', () => {
  it.each([
    ['cd /tmp/src && ./configure --prefix=/opt/mydaemon && make && make install', ['/opt/mydaemon']],
    ['make install PREFIX=/opt/tool', ['/opt/tool']],
    ['make PREFIX=/srv/x install', ['/srv/x']],
    ['cmake -DCMAKE_INSTALL_PREFIX=/opt/c .. && make install', ['/opt/c']],
    ['tar -xzf /tmp/app.tgz -C /opt/app', ['/opt/app']],
    ['tar xf /tmp/app.tar --directory=/opt/app2/', ['/opt/app2']],
    ['tar -czf /tmp/backup.tgz -C /var/lib x', []],
    ['./configure --prefix=$HOME/x', []],
  ])('%s', (script, prefixes) => {
    expect(prefixesOfScript(script)).toEqual(prefixes);
  });

  it('ark and archive_file unpack into their path', () => {
    expect(
      installPrefixes([
        res('ark', 'consul', { properties: { url: 'https://example.test/c.zip' } }),
        res('ark', 'tool', { properties: { path: '/opt/tool' } }),
        res('archive_file', '/tmp/x.tgz', { properties: { destination: '/opt/x' } }),
      ]),
    ).toEqual(['/usr/local/consul', '/opt/tool', '/opt/x']);
  });
});

describe('a bare command from a source build', () => {
  it('runs as <prefix>/sbin/<name> when the cookbook names that path', () => {
    const app = planApp(
      converge([
        res('execute', 'build mydaemon', { actions: ['run'], properties: { command: './configure --prefix=/opt/mydaemon && make install', creates: '/opt/mydaemon/sbin/mydaemon' } }),
        unitFile('mydaemon --foreground'),
        started(),
      ]),
      { ...opts, packageFacts },
    );
    const u = app.units[0]!;
    expect(u.command).toEqual(['/opt/mydaemon/sbin/mydaemon', '--foreground']);
    expect(u.notes.join('\n')).toMatch(/command mydaemon \(no package the run installs ships it\) runs as \/opt\/mydaemon\/sbin\/mydaemon, where the cookbook's build installs it/);
  });

  it("is looked up in the prefix's sbin and bin first when the cookbook names neither, offline too", () => {
    const app = planApp(converge([res('bash', 'unpack', { actions: ['run'], properties: { code: 'tar -xzf /tmp/m.tgz -C /opt/m' } }), unitFile('mydaemon -f'), started()]), opts);
    const u = app.units[0]!;
    expect(u.command).toEqual(['mydaemon', '-f']);
    expect(u.env['PATH']).toBe('/opt/m/sbin:/opt/m/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
    expect(u.notes.join('\n')).toMatch(/assumed not on PATH: no package facts \(offline\)\) is looked up first in \/opt\/m\/sbin, \/opt\/m\/bin/);
  });

  it('is a review item when facts say no package ships it and no build says where it went', () => {
    const app = planApp(converge([unitFile('mydaemon -f'), started()]), { ...opts, packageFacts });
    expect(app.diagnostics.find((d) => d.code === 'DEC0515')).toMatchObject({ severity: 'warning', message: expect.stringMatching(/command mydaemon is not on PATH/) });
  });

  it('leaves alone a name a package puts on PATH', () => {
    const app = planApp(
      converge([res('package', 'redis-server', { actions: ['install'] }), res('execute', 'b', { actions: ['run'], properties: { command: 'make install PREFIX=/opt/r' } }), unitFile('redis-server /etc/r.conf'), started()]),
      { ...opts, packageFacts },
    );
    // --loglevel verbose: redis logs each connection to its output (catalog/logs/request-options.yaml).
    expect(app.units[0]!.command).toEqual(['redis-server', '/etc/r.conf', '--loglevel', 'verbose']);
    expect(app.units[0]!.env['PATH']).toBeUndefined();
  });
});
