/**
 * What a postinst enables and starts on a fresh install (issue 14), read from
 * the shapes debhelper 13 writes (dh_installsystemd, dh_installinit) and a
 * maintainer's own calls.
 */
import { describe, expect, it } from 'vitest';
import { installStarts } from '../../src/facts/maintainer-starts.js';
import { isCurrentFact } from '../../src/facts/fact-currency.js';
import type { PackageFact, SystemdUnitFact } from '../../src/model/package-facts.js';

const CONFIGURE = 'if [ "$1" = "configure" ] || [ "$1" = "abort-upgrade" ] || [ "$1" = "abort-deconfigure" ] || [ "$1" = "abort-remove" ] ; then';

/** dh_installsystemd's enable snippet; with --no-enable it runs only when the unit was installed before. */
const enableSnippet = (unit: string, noEnable = false) =>
  noEnable
    ? `${CONFIGURE}\n\tif deb-systemd-helper debian-installed '${unit}'; then\n\t\tdeb-systemd-helper unmask '${unit}' >/dev/null || true\n\t\tif deb-systemd-helper --quiet was-enabled '${unit}'; then\n\t\t\tdeb-systemd-helper enable '${unit}' >/dev/null || true\n\t\tfi\n\tfi\n\tdeb-systemd-helper update-state '${unit}' >/dev/null || true\nfi\n`
    : `${CONFIGURE}\n\tdeb-systemd-helper unmask '${unit}' >/dev/null || true\n\tif deb-systemd-helper --quiet was-enabled '${unit}'; then\n\t\tdeb-systemd-helper enable '${unit}' >/dev/null || true\n\telse\n\t\tdeb-systemd-helper update-state '${unit}' >/dev/null || true\n\tfi\nfi\n`;

/** dh_installsystemd's start snippet: start on a fresh install, restart on an upgrade. */
const startSnippet = (...units: string[]) =>
  `${CONFIGURE}\n\tif [ -d /run/systemd/system ]; then\n\t\tsystemctl --system daemon-reload >/dev/null || true\n\t\tif [ -n "$2" ]; then\n\t\t\t_dh_action=restart\n\t\telse\n\t\t\t_dh_action=start\n\t\tfi\n\t\tdeb-systemd-invoke $_dh_action ${units.map((u) => `'${u}'`).join(' ')} >/dev/null || true\n\tfi\nfi\n`;

/** dh_installinit's snippet for a package with an init script (and a native unit: --skip-systemd-native). */
const initSnippet = (name: string, skipNative = true) =>
  `${CONFIGURE}\n\tif [ -z "\${DPKG_ROOT:-}" ] && [ -x "/etc/init.d/${name}" ]; then\n\t\tupdate-rc.d ${name} defaults >/dev/null\n\t\tif [ -n "$2" ]; then\n\t\t\t_dh_action=restart\n\t\telse\n\t\t\t_dh_action=start\n\t\tfi\n\t\tinvoke-rc.d ${skipNative ? '--skip-systemd-native ' : ''}${name} $_dh_action || exit 1\n\tfi\nfi\n`;

describe('installStarts', () => {
  it('a daemon debhelper enables and starts (mosquitto, memcached): enabled and started, with the lines that say so', () => {
    const script = `#!/bin/sh\nset -e\n${initSnippet('mosquitto')}${enableSnippet('mosquitto.service')}${startSnippet('mosquitto.service')}`;
    const got = installStarts(script, ['mosquitto.service']).get('mosquitto.service')!;
    expect(got.enabled).toBe(true);
    expect(got.started).toBe(true);
    expect(got.from.length).toBe(3);
    expect(got.from.every((f) => /^postinst:\d+$/.test(f))).toBe(true);
  });

  it('--no-enable (the debian-installed guard) leaves a fresh install disabled, and deb-systemd-invoke then starts nothing', () => {
    const script = `${enableSnippet('beanstalkd.socket', true)}${startSnippet('beanstalkd.socket')}`;
    expect(installStarts(script, ['beanstalkd.socket']).get('beanstalkd.socket')).toMatchObject({ enabled: false, started: false });
  });

  it('a static unit started in the same call as the daemon is not started (deb-systemd-invoke skips units that are not enabled)', () => {
    const script = `${enableSnippet('ssh.service')}${startSnippet('rescue-ssh.target', 'ssh.service')}`;
    const got = installStarts(script, ['rescue-ssh.target', 'ssh.service']);
    expect(got.get('ssh.service')).toMatchObject({ enabled: true, started: true });
    expect(got.get('rescue-ssh.target')).toMatchObject({ enabled: false, started: false });
  });

  it('--no-start: enabled, so it runs after the next boot, but not started now', () => {
    expect(installStarts(enableSnippet('x.service'), ['x.service']).get('x.service')).toMatchObject({ enabled: true, started: false });
  });

  it('a unit the script never names is neither; a maintainer\'s own `systemctl enable --now` is both', () => {
    const got = installStarts('case "$1" in\n  configure)\n    systemctl enable --now web.service || true\n    ;;\nesac\n', ['web.service', 'other.service']);
    expect(got.get('web.service')).toMatchObject({ enabled: true, started: true, from: ['postinst:3', 'postinst:3'] });
    expect(got.get('other.service')).toEqual({ enabled: false, started: false, from: [] });
  });

  it('an init script without --skip-systemd-native is started through invoke-rc.d once update-rc.d enabled it', () => {
    expect(installStarts(initSnippet('olddaemon', false), ['olddaemon.service']).get('olddaemon.service')).toMatchObject({ enabled: true, started: true });
  });

  it('what runs only on an upgrade ([ -n "$2" ]) is not what a fresh install does', () => {
    const script = 'if [ -n "$2" ]; then\n  systemctl start upgraded.service\nfi\n';
    expect(installStarts(script, ['upgraded.service']).get('upgraded.service')).toMatchObject({ started: false });
  });
});

describe('isCurrentFact', () => {
  const unit = (onInstall?: SystemdUnitFact['onInstall']): SystemdUnitFact => ({ path: '/lib/systemd/system/x.service', name: 'x.service', raw: '', execStartPre: [], environmentFiles: [], runtimeDirectories: [], ...(onInstall ? { onInstall } : {}) });
  const fact = (units: SystemdUnitFact[], binaries: string[] = [], syslogBinaries?: string[]) => ({ name: 'x', units, binaries, ...(syslogBinaries ? { syslogBinaries } : {}) }) as unknown as PackageFact;
  it('a fact whose units lack onInstall was written before decant read postinsts: stale; one without units loses nothing', () => {
    expect(isCurrentFact(fact([unit()]))).toBe(false);
    expect(isCurrentFact(fact([unit({ enabled: true, started: true, from: ['postinst:3'] })]))).toBe(true);
    expect(isCurrentFact(fact([]))).toBe(true);
  });
  it('a fact with executables but no syslogBinaries was written before decant looked for syslog use: stale; one without executables loses nothing', () => {
    expect(isCurrentFact(fact([], ['/usr/sbin/x']))).toBe(false);
    expect(isCurrentFact(fact([], ['/usr/sbin/x'], []))).toBe(true);
    expect(isCurrentFact(fact([], ['/usr/sbin/x'], ['/usr/sbin/x']))).toBe(true);
  });
});
