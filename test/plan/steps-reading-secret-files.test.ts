/**
 * A build step naming a file that ships whole as a Secret (mounted at start,
 * not in the image) is an error at the step: openldap's `slaptest -f
 * /etc/ldap/slapd.conf` failed the build on the sensitive slapd.conf.
 */
import { describe, expect, it } from 'vitest';
import type { BuildStep, SecretSpec } from '../../src/model/plan.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { flagStepsReadingSecretFiles, namesPath, stepsReadingSecretFiles } from '../../src/plan/steps-reading-secret-files.js';
import { converge, res } from './make-converge.js';

const source = { file: 'resources/service.rb', line: 142, column: 3 };
const step = (command: string): BuildStep => ({ resource: `execute[${command}]`, source, command, env: {}, conditions: [] });
const secret = (path: string): SecretSpec => ({ resource: `template[${path}]`, source, key: path.replace(/\//g, '_'), path, reason: 'sensitive' });

describe('build steps that read a Secret-mounted file', () => {
  it('names the path as a word only', () => {
    expect(namesPath("su -s /bin/bash -c 'slaptest -f /etc/ldap/slapd.conf -F /etc/ldap/slapd.d' openldap", '/etc/ldap/slapd.conf')).toBe(true);
    expect(namesPath('cat /etc/ldap/slapd.conf.d/x', '/etc/ldap/slapd.conf')).toBe(false);
    expect(namesPath('slaptest -F /etc/ldap/slapd.d', '/etc/ldap/slapd.conf')).toBe(false);
  });

  it('finds the step and the file; an env-only secret is not a file', () => {
    const found = stepsReadingSecretFiles({
      buildSteps: [step('slaptest -f /etc/ldap/slapd.conf'), step('mkdir -p /var/lib/ldap')],
      secrets: [secret('/etc/ldap/slapd.conf'), { resource: 'x', source, key: 'TOKEN', env: 'TOKEN', reason: 'attribute' }],
    });
    expect(found.map((f) => [f.step.command, f.files.map((s) => s.path)])).toEqual([['slaptest -f /etc/ldap/slapd.conf', ['/etc/ldap/slapd.conf']]]);
  });

  it('through a plan: an error at the step and a reason its unit needs input', () => {
    const { catalog } = loadCatalog();
    const app = planApp(
      converge([
        res('package', 'nginx', { actions: ['install'] }),
        res('template', '/etc/nginx/nginx.conf', { actions: ['create'], sensitive: true, content: { kind: 'rendered', text: 'events {}\n', complete: true, template: { file: 't', line: 1, column: 1 }, unknowns: [] } }),
        res('execute', 'check', { actions: ['run'], properties: { command: 'nginx -t -c /etc/nginx/nginx.conf' } }),
        res('service', 'nginx', { actions: ['enable', 'start'] }),
      ]),
      { name: 'web', version: '1.0.0', labels: {}, catalog },
    );
    const flagged = flagStepsReadingSecretFiles(app);
    expect(flagged.diagnostics.filter((d) => d.code === 'DEC0525')).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/execute\[check\] reads \/etc\/nginx\/nginx.conf, which is a Secret mounted when the pod starts/) }),
    ]);
    expect(flagged.units[0]!.needsInput).toEqual([expect.stringMatching(/fails while the image builds/)]);
  });
});
