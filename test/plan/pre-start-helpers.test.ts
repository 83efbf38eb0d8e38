/**
 * A package's own ExecStartPre helper runs at container start, before the
 * command, as systemd runs it (Debian's unbound copies its trust anchor so).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { packagedHelperStep, withPreStart } from '../../src/plan/pre-start-helpers.js';
import { packageUnitCommand } from '../../src/plan/package-unit-command.js';
import type { SystemdUnitFact } from '../../src/model/package-facts.js';

const shipped: Record<string, string> = { '/usr/libexec/unbound-helper': 'unbound', '/usr/sbin/nginx': 'nginx-core' };
const shippedBy = (p: string) => shipped[p];

/** Debian 12's unbound.service, as package facts read it. */
const UNBOUND: SystemdUnitFact = {
  path: '/lib/systemd/system/unbound.service',
  name: 'unbound.service',
  raw: [
    '[Unit]',
    'Description=Unbound DNS server',
    '[Service]',
    'Type=notify',
    'Restart=on-failure',
    'EnvironmentFile=-/etc/default/unbound',
    'ExecStartPre=-/usr/libexec/unbound-helper chroot_setup',
    'ExecStartPre=-/usr/libexec/unbound-helper root_trust_anchor_update',
    'ExecStart=/usr/sbin/unbound -d -p $DAEMON_OPTS',
    'ExecStopPost=-/usr/libexec/unbound-helper chroot_teardown',
    '',
  ].join('\n'),
  type: 'notify',
  execStart: '/usr/sbin/unbound -d -p $DAEMON_OPTS',
  execStartPre: ['-/usr/libexec/unbound-helper chroot_setup', '-/usr/libexec/unbound-helper root_trust_anchor_update'],
  environmentFiles: ['-/etc/default/unbound'],
  runtimeDirectories: [],
};

describe('ExecStartPre helpers a package ships', () => {
  it('a helper under /usr/libexec an installed package ships is a step; `-` lets the start go on when it fails', () => {
    expect(packagedHelperStep('-/usr/libexec/unbound-helper root_trust_anchor_update', shippedBy)).toEqual({
      line: '-/usr/libexec/unbound-helper root_trust_anchor_update',
      argv: ['/usr/libexec/unbound-helper', 'root_trust_anchor_update'],
      ignoreFailure: true,
      packageName: 'unbound',
    });
    expect(packagedHelperStep('/usr/libexec/unbound-helper chroot_setup', shippedBy)?.ignoreFailure).toBe(false);
  });

  it('a program on PATH (a config check), one no package ships, other rights or variables are not steps', () => {
    expect(packagedHelperStep("/usr/sbin/nginx -t -q -g 'daemon on; master_process on;'", shippedBy)).toBeUndefined();
    expect(packagedHelperStep('/usr/libexec/made-by-hand', shippedBy)).toBeUndefined();
    expect(packagedHelperStep('+/usr/libexec/unbound-helper chroot_setup', shippedBy)).toBeUndefined();
    expect(packagedHelperStep('!/usr/libexec/unbound-helper chroot_setup', shippedBy)).toBeUndefined();
    expect(packagedHelperStep('/usr/libexec/unbound-helper $MODE', shippedBy)).toBeUndefined();
    expect(packagedHelperStep('/usr/libexec/../bin/sh -c x', () => 'dash')).toBeUndefined();
  });

  it('the chain runs the steps in order, stops at a failing step without `-`, and execs the command with its arguments intact', () => {
    const steps = [
      { line: '-/bin/false', argv: ['/bin/false'], ignoreFailure: true, packageName: 'x' },
      { line: '/bin/echo', argv: ['/bin/echo', 'pre ran'], ignoreFailure: false, packageName: 'x' },
    ];
    const argv = withPreStart(['/bin/echo', 'main', "it's"], steps);
    expect(argv.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    expect(execFileSync(argv[0]!, argv.slice(1), { encoding: 'utf8' })).toBe("pre ran\nmain it's\n");
    const failing = withPreStart(['/bin/echo', 'main'], [{ line: '/bin/false', argv: ['/bin/false'], ignoreFailure: false, packageName: 'x' }]);
    expect(() => execFileSync(failing[0]!, failing.slice(1), { encoding: 'utf8', stdio: 'pipe' })).toThrow();
    expect(withPreStart(['/usr/sbin/x'], [])).toEqual(['/usr/sbin/x']);
  });

  it("unbound's unit runs its helper's steps, then unbound in the foreground, and says so", () => {
    const r = packageUnitCommand('unbound', [UNBOUND], () => undefined, [], () => [], shippedBy);
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.command).toEqual([
      '/bin/sh',
      '-c',
      '/usr/libexec/unbound-helper chroot_setup || true; /usr/libexec/unbound-helper root_trust_anchor_update || true; exec "$@"',
      'sh',
      '/usr/sbin/unbound',
      '-d',
      '-p',
    ]);
    expect(r.notes).toContainEqual(expect.stringMatching(/^ExecStartPre run at container start before the command, .*: -\/usr\/libexec\/unbound-helper chroot_setup; -\/usr\/libexec\/unbound-helper root_trust_anchor_update — the package's own helper \/usr\/libexec\/unbound-helper \(package unbound\)$/));
    expect(r.notes.join('\n')).not.toMatch(/not run at container start/);
    // Without package facts nothing says who ships the helper: the steps stay notes.
    const offline = packageUnitCommand('unbound', [UNBOUND], () => undefined, []);
    expect(offline?.ok && offline.command).toEqual(['/usr/sbin/unbound', '-d', '-p']);
    expect(offline?.ok && offline.notes).toContainEqual(expect.stringMatching(/^ExecStartPre not run at container start: -\/usr\/libexec\/unbound-helper chroot_setup/));
  });
});
