/**
 * A password a recipe shell-escapes into a command is still the password (src/plan/secret-forms.ts). Modelled on
 * percona's replication recipe: `root_pass = Shellwords.escape(root_pass).prepend('-p')` and
 * `execute "/usr/bin/mysql #{root_pass} < #{replication_sql}"`, here without `sensitive true`, so only the value
 * tells decant the step holds a secret. Before, the escaped text (`-p7tCk\(V5I`) was a RUN in the Dockerfile.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { convertApps } from '../../src/pipeline/convert-apps.js';

const FILES: Record<string, string> = {
  'db/metadata.rb': "name 'db'\nversion '1.0.0'\n",
  'db/attributes/default.rb': "default['db']['root_password'] = '7tCk(V5I'\n",
  'db/recipes/default.rb': [
    "require 'shellwords'",
    "package 'mariadb-server'",
    "service 'mariadb' do",
    '  action [:enable, :start]',
    'end',
    "root_pass = Shellwords.escape(node['db']['root_password']).prepend('-p')",
    "execute 'load-schema' do",
    '  command "/usr/bin/mysql #{root_pass} < /etc/mysql/schema.sql"',
    'end',
    "execute 'write-password-file' do",
    '  command "echo #{node[\'db\'][\'root_password\'].shellescape} > /etc/mysql/root.pw"',
    'end',
    '',
  ].join('\n'),
};

async function convert(includeSecrets: boolean) {
  const root = mkdtempSync(join(tmpdir(), 'decant-secret-forms-'));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  const ws = await loadWorkspace([join(root, 'db')], { cookbookPaths: [] });
  const r = await convertApps(ws, [{ name: 'db', runList: ['recipe[db]'] }], { platform: 'debian-12', includeSecrets, strict: false, formats: ['kustomize'] });
  if ('error' in r) throw new Error(r.error.message);
  return r;
}

describe('a secret written shell-escaped into a step', () => {
  it('is in no image file, in either form', async () => {
    const r = await convert(true);
    const images = r.files.filter((f) => f.path.includes('/images/'));
    expect(images.some((f) => f.path.endsWith('/Dockerfile'))).toBe(true);
    for (const f of images) {
      expect(f.text, f.path).not.toContain('V5I');
      expect(f.text, f.path).not.toContain('<redacted secret>');
    }
    const diagnostics = r.apps[0]!.diagnostics.map((d) => `${d.code} ${d.message}`);
    expect(diagnostics.some((d) => d.startsWith('DEC0527 execute[load-schema]: its command holds a secret value'))).toBe(true);
  });

  it('a step writing a named file runs at start with the escaped form from its own Secret key', async () => {
    const r = await convert(true);
    const unit = r.apps[0]!.units.find((u) => u.name === 'mysql')!;
    expect(unit.runtimeSteps.map((s) => s.command)).toEqual(['echo ${DECANT_SECRET_ROOT_PASSWORD_SHELL} > /etc/mysql/root.pw']);
    expect(unit.secrets.map((s) => [s.key, s.value])).toEqual([['DECANT_SECRET_ROOT_PASSWORD_SHELL', '7tCk\\(V5I']]);
  });
});
