import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { emitPlan } from '../../src/emit/emit-plan.js';
import { dockerfileView } from '../../src/emit/dockerfile/dockerfile-view.js';
import { renderDockerfile } from '../../src/emit/dockerfile/render-dockerfile.js';
import { hostsLine } from '../../src/plan/resources/hosts-entry.js';
import { validateManifest } from '../support/lint/kubernetes-schema.js';
import { converge, res } from './make-converge.js';
import { Unknown } from '../../src/model/data.js';

const { catalog } = loadCatalog();
const opts = { name: 'app', version: '1.0.0', labels: {}, catalog };
const nginx = () => res('service', 'nginx', { actions: ['start'] });

describe('Chef 18 long-tail resources', () => {
  it('build_essential puts the toolchain Chef installs into the package layer', () => {
    const app = planApp(converge([res('build_essential', 'install tools', { actions: ['install'] }), nginx()]), opts);
    expect(app.decisions[0]).toMatchObject({ class: 'image' });
    expect(app.units[0]!.packages.map((p) => p.name)).toContain('build-essential');
    expect(app.units[0]!.packages.map((p) => p.name)).not.toContain('ncurses-dev');
  });

  it('archive_file extracts with bsdtar after the download that put the archive there', () => {
    const app = planApp(
      converge([
        res('remote_file', '/tmp/app.tar.gz', { properties: { source: 'https://example.test/app.tar.gz' } }),
        res('archive_file', '/tmp/app.tar.gz', { actions: ['extract'], properties: { destination: '/opt/app', strip_components: 1, owner: 'www-data' } }),
        nginx(),
      ]),
      opts,
    );
    expect(app.decisions.map((d) => d.class)).toEqual(['image', 'image', 'workload']);
    const u = app.units[0]!;
    expect(u.packages.map((p) => p.name)).toContain('libarchive-tools');
    expect(u.buildSteps.map((s) => s.command)).toEqual([
      'curl -fsSL -o /tmp/app.tar.gz https://example.test/app.tar.gz',
      'mkdir -p /opt/app && bsdtar -xf /tmp/app.tar.gz -C /opt/app --strip-components 1 && chown -R www-data /opt/app',
    ]);
  });

  it('a type from a depended-on cookbook missing from the path is unsupported naming that cookbook, not a generic reason', () => {
    const app = planApp(converge([res('yum_epel_repo', 'epel', { actions: ['create'], missingCookbook: 'yum-epel' }), res('mystery_thing', 'x')]), opts);
    expect(app.decisions.map((d) => [d.class, d.reason])).toEqual([
      ['unsupported', 'resource type yum_epel_repo is from cookbook yum-epel, which is not in the cookbook path'],
      ['unsupported', 'resource type mystery_thing has no container equivalent decant knows'],
    ]);
  });

  it('a file with no content is touched (empty when missing); one whose content is unknown still ships a marker', () => {
    const app = planApp(
      converge([
        res('file', '/var/log/app.log', { actions: ['create'], properties: { owner: 'www-data', mode: '0640' } }),
        res('file', '/run/app.pid', { actions: ['create_if_missing'], properties: { content: null } }),
        res('file', '/etc/app.conf', { actions: ['create'], properties: { content: new Unknown('from a search', { file: 'recipes/default.rb', line: 2, column: 1 }) }, unknown: ['properties.content'] }),
        nginx(),
      ]),
      opts,
    );
    expect(app.decisions.map((d) => d.class)).toEqual(['image', 'image', 'config', 'workload']);
    expect(app.units[0]!.buildSteps.map((s) => s.command)).toEqual(expect.arrayContaining(['touch /var/log/app.log && chown www-data /var/log/app.log && chmod 0640 /var/log/app.log', 'touch /run/app.pid']));
    expect(app.units[0]!.files.map((f) => f.path)).toEqual(['/etc/app.conf']);
  });

  it('archive_file without a destination is unsupported', () => {
    const app = planApp(converge([res('archive_file', '/tmp/x.zip', { actions: ['extract'] })]), opts);
    expect(app.decisions[0]).toMatchObject({ class: 'unsupported' });
  });

  it('apt_preference is a pin file written before the package layer, named as Chef names it', () => {
    const app = planApp(
      converge([res('apt_preference', 'nginx*', { actions: ['add'], properties: { pin: 'version 1.22.*', pin_priority: 700 } }), res('package', 'nginx'), nginx()]),
      opts,
    );
    expect(app.decisions[0]).toMatchObject({ class: 'image' });
    const u = app.units[0]!;
    expect(u.aptPreferences).toMatchObject([{ file: 'nginxwildcard.pref', glob: 'nginx*', pin: 'version 1.22.*', priority: '700' }]);
    const text = renderDockerfile(dockerfileView(app, u).view);
    const pin = text.indexOf('/etc/apt/preferences.d/nginxwildcard.pref');
    expect(pin).toBeGreaterThan(0);
    expect(pin).toBeLessThan(text.indexOf('apt-get install'));
    expect(text).toContain("'Package: nginx*\\nPin: version 1.22.*\\nPin-Priority: 700\\n'");
  });

  it('subversion checks out like git, with svn', () => {
    const app = planApp(converge([res('subversion', '/srv/app', { properties: { repository: 'https://svn.example.test/app/trunk', revision: '1234' } }), nginx()]), opts);
    const u = app.units[0]!;
    expect(u.packages.map((p) => p.name)).toContain('subversion');
    expect(u.buildSteps.map((s) => s.command)).toEqual(['svn checkout --non-interactive -r 1234 https://svn.example.test/app/trunk /srv/app']);
  });

  it('alternatives becomes update-alternatives in a build step', () => {
    const app = planApp(converge([res('alternatives', 'java', { actions: ['install'], properties: { path: '/usr/lib/jvm/java-17/bin/java', priority: 100 } }), nginx()]), opts);
    expect(app.units[0]!.buildSteps.map((s) => s.command)).toEqual(['update-alternatives --install /usr/bin/java java /usr/lib/jvm/java-17/bin/java 100']);
  });

  it('openssl keys and certificates are made when the pod starts, with a review item, never image content', () => {
    const app = planApp(
      converge([
        res('openssl_x509_certificate', '/etc/ssl/app.crt', { properties: { common_name: 'app.example.test', key_file: '/etc/ssl/app.key', mode: '0640', expire: 30 } }),
        res('openssl_rsa_private_key', '/etc/ssl/other.key'),
        nginx(),
      ]),
      opts,
    );
    expect(app.decisions.map((d) => d.class)).toEqual(['secret', 'secret', 'workload']);
    const u = app.units[0]!;
    expect(u.secrets).toEqual([]);
    expect(u.runtimeSteps!.map((s) => [s.resource, s.writes])).toEqual([
      ['openssl_x509_certificate[/etc/ssl/app.crt]', ['/etc/ssl/app.crt', '/etc/ssl/app.key']],
      ['openssl_rsa_private_key[/etc/ssl/other.key]', ['/etc/ssl/other.key']],
    ]);
    // A key already at key_file is used, as Chef does; else a new one is made with the certificate.
    expect(u.runtimeSteps![0]!.command).toBe(
      "if [ -f /etc/ssl/app.key ]; then openssl req -x509 -key /etc/ssl/app.key -out /etc/ssl/app.crt -days 30 -subj /CN=app.example.test; " +
        'else openssl req -x509 -newkey rsa:2048 -nodes -keyout /etc/ssl/app.key -out /etc/ssl/app.crt -days 30 -subj /CN=app.example.test; fi && chmod 0640 /etc/ssl/app.crt /etc/ssl/app.key',
    );
    expect(u.runtimeSteps![1]!.command).toBe('openssl genrsa -out /etc/ssl/other.key 2048');
    expect(u.packages.map((p) => p.name)).toContain('openssl');
    expect(u.buildSteps).toEqual([]);
    expect(u.files).toEqual([]);
    const perPod = app.diagnostics.filter((d) => d.code === 'DEC0523');
    expect(perPod).toHaveLength(2);
    expect(perPod[0]!.message).toMatch(/each pod gets its own/);
    expect(perPod[0]!.hint).toMatch(/create a Secret holding \/etc\/ssl\/app\.crt, \/etc\/ssl\/app\.key/);
  });

  it('openssl resources needing material decant does not have at start stay Secrets the operator fills', () => {
    const app = planApp(
      converge([
        res('openssl_x509_certificate', '/etc/ssl/app.crt', { properties: { ca_key_file: '/etc/ssl/ca.key', ca_cert_file: '/etc/ssl/ca.crt' } }),
        res('openssl_rsa_private_key', '/etc/ssl/pass.key', { properties: { key_pass: 'x' } }),
        res('openssl_x509_crl', '/etc/ssl/app.crl'),
        nginx(),
      ]),
      opts,
    );
    expect(app.units[0]!.secrets.map((s) => s.path).sort()).toEqual(['/etc/ssl/app.crl', '/etc/ssl/app.crt', '/etc/ssl/pass.key']);
    expect(app.units[0]!.runtimeSteps).toBeUndefined();
    expect(app.diagnostics.filter((d) => d.code === 'DEC0510')).toHaveLength(3);
  });

  it('openssl_dhparam is generated while the image builds (DH parameters are public)', () => {
    const app = planApp(converge([res('openssl_dhparam', '/etc/ssl/dh.pem', { properties: { key_length: 2048 } }), nginx()]), opts);
    expect(app.decisions[0]).toMatchObject({ class: 'image' });
    expect(app.units[0]!.buildSteps.map((s) => s.command)).toEqual(['openssl dhparam -out /etc/ssl/dh.pem -2 2048']);
  });

  it('Windows, macOS and Chef-only resources are host-level; another Unix\'s package manager is unsupported', () => {
    const app = planApp(
      converge([res('windows_feature', 'IIS'), res('launchd', 'com.x'), res('chef_client_launchd', 'x'), res('mdadm', '/dev/md0'), res('pacman_package', 'nginx'), res('hab_package', 'core/nginx')]),
      opts,
    );
    expect(app.decisions.map((d) => d.class)).toEqual(['host', 'host', 'host', 'host', 'unsupported', 'unsupported']);
    expect(app.diagnostics.filter((d) => d.code === 'DEC0501')).toHaveLength(2);
  });

  it('ksh and ruby scripts bring their interpreter into the package layer', () => {
    const app = planApp(converge([res('ksh', 'hello', { actions: ['run'], properties: { code: 'print hi > /tmp/hi' } }), nginx()]), opts);
    expect(app.units[0]!.packages.map((p) => p.name)).toContain('ksh');
    expect(app.units[0]!.buildSteps[0]!.command).toBe("ksh <<'DECANT_EOF'\nprint hi > /tmp/hi\nDECANT_EOF");
  });
});

describe('/etc/hosts entries become hostAliases', () => {
  it('reads a hosts line', () => {
    expect(hostsLine('10.0.0.5  db.internal db # primary')).toEqual({ ip: '10.0.0.5', hostnames: ['db.internal', 'db'] });
    expect(hostsLine('not an entry')).toBeUndefined();
    expect(hostsLine('10.0.0.5')).toBeUndefined();
  });

  it('hostsfile_entry and append_if_no_line into /etc/hosts reach every unit, merged per address, and validate', () => {
    const c = converge([
      res('hostsfile_entry', '10.0.0.5', { actions: ['create'], properties: { hostname: 'db.internal', aliases: ['db'] } }),
      res('append_if_no_line', 'hosts line', { recipe: 'web::other', properties: { path: '/etc/hosts', line: '10.0.0.5 db-replica' } }),
      res('append_if_no_line', 'motd', { properties: { path: '/etc/motd', line: 'hello' } }),
      res('hostsfile_entry', '10.0.0.9', { actions: ['remove'], properties: { hostname: 'old' } }),
      nginx(),
      res('cron', 'rotate', { recipe: 'web::cron', properties: { minute: '5', command: 'true' } }),
    ]);
    const app = planApp(c, opts);
    expect(app.decisions.map((d) => d.class)).toEqual(['config', 'config', 'unsupported', 'skipped', 'workload', 'workload']);
    for (const u of app.units) expect(u.hostAliases?.map((h) => [h.ip, h.hostnames])).toEqual([['10.0.0.5', ['db.internal', 'db', 'db-replica']]]);
    const files = emitPlan({ apps: [app] }, { includeSecrets: false, redact: [] }).files;
    const docs = files
      .filter((f) => f.path.includes('/k8s/') && 'text' in f)
      .flatMap((f) => parseAllDocuments((f as { text: string }).text).map((d) => d.toJSON()));
    const pods = docs.filter((d) => d.kind === 'Deployment' || d.kind === 'CronJob');
    expect(pods).toHaveLength(2);
    for (const d of docs) expect(validateManifest(d), JSON.stringify(d).slice(0, 80)).toEqual([]);
    const dep = pods.find((d) => d.kind === 'Deployment');
    expect(dep.spec.template.spec.hostAliases).toEqual([{ ip: '10.0.0.5', hostnames: ['db.internal', 'db', 'db-replica'] }]);
  });
});

describe('resources Chef Infra 18 bundles from cheffish, and macOS profiles', () => {
  it('private_key (RSA, PEM) is made at start like openssl_rsa_private_key; with a pass phrase it is a Secret to fill', () => {
    const made = planApp(converge([res('private_key', '/etc/app/key.pem', { actions: ['create'], properties: { size: 3072 } }), nginx()]), opts);
    expect(made.decisions[0]).toMatchObject({ class: 'secret' });
    expect(JSON.stringify(made.units[0]!.runtimeSteps)).toContain('openssl genrsa -out /etc/app/key.pem 3072');
    const filled = planApp(converge([res('private_key', '/etc/app/key.pem', { actions: ['create'], properties: { pass_phrase: 'x' } }), nginx()]), opts);
    expect(JSON.stringify(filled.units[0]!.runtimeSteps ?? [])).not.toContain('genrsa');
  });

  it('chef_node and friends edit the Chef Server, and osx_profile is macOS: none reaches an image', () => {
    const app = planApp(converge([res('chef_node', 'web1', { actions: ['create'] }), res('osx_profile', 'screensaver', { actions: ['install'] }), nginx()]), opts);
    expect(app.decisions.slice(0, 2).map((d) => d.class)).toEqual(['host', 'host']);
    expect(app.decisions[0]!.reason).toContain('Chef Infra Server');
  });
});
