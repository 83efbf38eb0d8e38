/**
 * Build steps holding a secret value never become a RUN (issue 16). Modelled
 * on a database cookbook's server resource: a wrapper hands the root password
 * to a custom resource as a property, whose action writes a sensitive init
 * file and runs a step that restarts the daemon with it, guarded by a client
 * login with the password; and a step writing a credentials file. Every
 * emitted Dockerfile and image file is scanned for the value (and for the
 * redaction mark, which would mean a step carried it and was blanked).
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { convertApps } from '../../src/pipeline/convert-apps.js';

const PASSWORD = 'r00t-pw-6d2c';

const FILES: Record<string, string> = {
  'db/metadata.rb': "name 'db'\nversion '1.0.0'\n",
  'db/resources/server.rb': [
    'property :password, String',
    '',
    'action :create do',
    "  package 'mariadb-server'",
    "  file '/var/lib/mysql/recovery.conf' do",
    '    content "ALTER USER root IDENTIFIED BY \'#{new_resource.password}\';"',
    '    sensitive true',
    '    action :nothing',
    '  end',
    "  execute 'apply-root-password' do",
    "    user 'mysql'",
    '    command "/usr/sbin/mysqld --init-file=/var/lib/mysql/recovery.conf &>/dev/null& sleep 5 && kill `cat /run/mysqld/mysqld.pid`"',
    "    notifies :create, 'file[/var/lib/mysql/recovery.conf]', :before",
    '    not_if "mysql -B -uroot -p#{new_resource.password} -e \'SELECT 1;\' > /dev/null"',
    '  end',
    "  execute 'write-client-credentials' do",
    '    command "printf \'[client]\\\\npassword=%s\\\\n\' \'#{new_resource.password}\' > /etc/mysql/debian.cnf && chmod 600 /etc/mysql/debian.cnf"',
    '  end',
    "  service 'mariadb' do",
    '    action [:enable, :start]',
    '  end',
    'end',
    '',
  ].join('\n'),
  'db/recipes/default.rb': `db_server 'main' do\n  password '${PASSWORD}'\nend\n`,
};

async function convert(includeSecrets: boolean) {
  const root = mkdtempSync(join(tmpdir(), 'decant-secret-steps-'));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  const ws = await loadWorkspace([join(root, 'db')], { cookbookPaths: [] });
  const r = await convertApps(ws, [{ name: 'db', runList: ['recipe[db]'] }], { platform: 'debian-12', includeSecrets, strict: false, formats: ['kustomize', 'compose'] });
  if ('error' in r) throw new Error(r.error.message);
  return r;
}

describe('build steps holding a secret value', () => {
  it('no Dockerfile or image file holds the value, nor a blanked step', async () => {
    const r = await convert(true);
    const images = r.files.filter((f) => f.path.includes('/images/'));
    expect(images.some((f) => f.path.endsWith('/Dockerfile'))).toBe(true);
    for (const f of images) {
      expect(f.text, f.path).not.toContain(PASSWORD);
      expect(f.text, f.path).not.toContain('<redacted secret>');
    }
    // Not a RUN at all: the step's command is in no Dockerfile.
    for (const f of images.filter((x) => x.path.endsWith('/Dockerfile'))) expect(f.text).not.toMatch(/mysqld --init-file|debian\.cnf/);
    // With --include-secrets the value is in the Secret (manifest, compose secret file) only.
    expect(r.files.filter((f) => f.text.includes(PASSWORD)).map((f) => f.path).sort()).toEqual(['db/compose/mysql/secrets/DECANT_SECRET_PASSWORD', 'db/k8s/mysql-secret.yaml']);
  });

  it('a step that writes only named files runs at start with the value from the Secret', async () => {
    const r = await convert(false);
    const unit = r.apps[0]!.units.find((u) => u.name === 'mysql')!;
    expect(unit.buildSteps.map((s) => s.resource)).toEqual([]);
    expect(unit.runtimeSteps).toEqual([
      expect.objectContaining({
        resource: 'execute[write-client-credentials]',
        writes: ['/etc/mysql/debian.cnf'],
        secretEnv: ['DECANT_SECRET_PASSWORD'],
        command: expect.stringContaining("'${DECANT_SECRET_PASSWORD}' > /etc/mysql/debian.cnf"),
      }),
    ]);
    expect(unit.secrets.map((s) => s.key)).toContain('DECANT_SECRET_PASSWORD');
    const init = r.files.find((f) => f.path === 'db/k8s/mysql-statefulset.yaml')!;
    expect(init.text).toMatch(/name: DECANT_SECRET_PASSWORD\n\s+valueFrom:\n\s+secretKeyRef:/);
  });

  it('a step that restarts the daemon, guarded by a login with the value, is an error at the step', async () => {
    const r = await convert(false);
    const d = r.apps[0]!.diagnostics.filter((x) => x.code === 'DEC0527');
    expect(d).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/^execute\[apply-root-password\]: its guard holds a secret value, so it is not a build step .*cannot name every file it writes/),
        location: expect.objectContaining({ file: 'resources/server.rb', line: 10, column: 3 }),
      }),
    ]);
    expect(r.apps[0]!.decisions.find((x) => x.name === 'apply-root-password')?.class).toBe('secret');
  });
});
