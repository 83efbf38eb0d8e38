/**
 * A build step naming a file the pod has only at start (a Secret mounted
 * whole, or a file whose secret values are filled in then) runs in the
 * service's container before its command: openldap's `slaptest -f
 * /etc/ldap/slapd.conf` failed the build on the sensitive slapd.conf. When
 * the container cannot run it, it is an error at the step.
 */
import { describe, expect, it } from 'vitest';
import type { BuildStep, SecretSpec } from '../../src/model/plan.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { runStepsReadingSecretFilesAtStart, namesPath, stepsReadingSecretFiles, withStartSteps } from '../../src/plan/steps-reading-secret-files.js';
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

  it('finds the step and the file; an env-only secret is not a file; a file filled in at start is one', () => {
    const found = stepsReadingSecretFiles({
      buildSteps: [step('slaptest -f /etc/ldap/slapd.conf'), step('mkdir -p /var/lib/ldap'), step('cat /etc/app.ini')],
      secrets: [secret('/etc/ldap/slapd.conf'), { resource: 'x', source, key: 'TOKEN', env: 'TOKEN', reason: 'attribute' }],
      files: [{ resource: 'template[/etc/app.ini]', source, path: '/etc/app.ini', content: { kind: 'inline', text: 'pw=${DECANT_SECRET_PW}' }, config: true, tunable: false, substituted: ['DECANT_SECRET_PW'] }],
    });
    expect(found.map((f) => [f.step.command, f.files])).toEqual([
      ['slaptest -f /etc/ldap/slapd.conf', ['/etc/ldap/slapd.conf']],
      ['cat /etc/app.ini', ['/etc/app.ini']],
    ]);
  });

  it('runs the steps first, stopping the start when one fails, then execs the command', () => {
    expect(withStartSteps(['/usr/sbin/slapd', '-d', '0'], ["su -s /bin/sh -c 'slaptest -f /etc/ldap/slapd.conf' openldap"])).toEqual([
      '/bin/sh',
      '-c',
      `{ su -s /bin/sh -c 'slaptest -f /etc/ldap/slapd.conf' openldap; } || exit $?; exec "$@"`,
      'sh',
      '/usr/sbin/slapd',
      '-d',
      '0',
    ]);
  });

  it('through a plan: the step leaves the image and runs before the command, as its user', () => {
    const { catalog } = loadCatalog();
    const app = planApp(
      converge([
        res('package', 'nginx', { actions: ['install'] }),
        res('template', '/etc/nginx/nginx.conf', { actions: ['create'], sensitive: true, content: { kind: 'rendered', text: 'events {}\n', complete: true, template: { file: 't', line: 1, column: 1 }, unknowns: [] } }),
        res('execute', 'check', { actions: ['run'], properties: { command: 'nginx -t -c /etc/nginx/nginx.conf', user: 'www-data' } }),
        res('service', 'nginx', { actions: ['enable', 'start'] }),
      ]),
      { name: 'web', version: '1.0.0', labels: {}, catalog },
    );
    const unit = app.units[0]!;
    const ran = runStepsReadingSecretFilesAtStart(app);
    const after = ran.units[0]!;
    expect(ran.diagnostics.filter((d) => d.code === 'DEC0525')).toEqual([]);
    expect(ran.diagnostics.filter((d) => d.code === 'DEC0528')).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringMatching(/execute\[check\] reads \/etc\/nginx\/nginx.conf/) })]);
    expect(after.buildSteps.map((s) => s.resource)).not.toContain('execute[check]');
    expect(after.command.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    expect(after.command[2]).toContain("su -s /bin/sh -c 'nginx -t -c /etc/nginx/nginx.conf' www-data");
    expect(after.command.slice(4)).toEqual(unit.command);
    expect(after.capabilities).toEqual(expect.arrayContaining(['SETGID', 'SETUID']));
    expect(after.needsInput ?? []).toEqual([]);
  });

  it('through a plan: with no known command, an error at the step and a reason its unit needs input', () => {
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
    const noCommand = { ...app, units: app.units.map((u) => ({ ...u, command: [] })) };
    const flagged = runStepsReadingSecretFilesAtStart(noCommand);
    expect(flagged.diagnostics.filter((d) => d.code === 'DEC0525')).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/execute\[check\] reads \/etc\/nginx\/nginx.conf, which the pod has only when it starts .*no known command/) }),
    ]);
    expect(flagged.units[0]!.needsInput).toEqual([expect.stringMatching(/fails while the image builds/)]);
  });
});
