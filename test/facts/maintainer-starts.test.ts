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
    expect(got.get('web.service')).toMatchObject({ enabled: true, started: true, from: ['postinst:3'] });
    expect(got.get('other.service')).toEqual({ enabled: false, started: false, disabled: false, from: [] });
  });

  it('an init script without --skip-systemd-native is started through invoke-rc.d once update-rc.d enabled it', () => {
    expect(installStarts(initSnippet('olddaemon', false), ['olddaemon.service']).get('olddaemon.service')).toMatchObject({ enabled: true, started: true });
  });

  it('what runs only on an upgrade ([ -n "$2" ]) is not what a fresh install does', () => {
    const script = 'if [ -n "$2" ]; then\n  systemctl start upgraded.service\nfi\n';
    expect(installStarts(script, ['upgraded.service']).get('upgraded.service')).toMatchObject({ started: false });
  });
});

/**
 * A postinst shaped like Debian 12's apache2: its own functions defined at the
 * top, debhelper's snippets enabling and starting the cache cleaner, then the
 * maintainer's code disabling it on a fresh install unless the disk cache
 * module is on ("disabled by default").
 */
const disabledByDefault = (unit: string) => {
  const name = unit.replace(/\.service$/, '');
  return [
    '#!/bin/sh',
    'set -e',
    `start_cleaner ()`,
    '{',
    '\tlocal action',
    `\tif [ -x "/etc/init.d/${name}" ]; then`,
    '\t\tif [ -n "$2" ]; then',
    '\t\t\taction=restart',
    '\t\telse',
    '\t\t\taction=start',
    '\t\tfi',
    `\t\tinvoke-rc.d ${name} $action || true`,
    '\tfi',
    '}',
    '',
    'disable_cleaner()',
    '{',
    `\tif deb-systemd-helper debian-installed ${unit}; then`,
    `\t\tdeb-systemd-helper disable ${unit} >/dev/null || true`,
    '\tfi',
    `\tupdate-rc.d ${name} disable >/dev/null`,
    '}',
    '',
    'handle_cleaner () {',
    '\tif dpkg --compare-versions "$2" lt "2.4.18-2~"; then',
    '\t\tif [ ! -e "/etc/apache2/mods-enabled/cache_disk.load" ]; then',
    '\t\t\tdisable_cleaner',
    '\t\t\treturn',
    '\t\tfi',
    '\tfi',
    '\tstart_cleaner "$@"',
    '}',
    '',
  ].join('\n') + `\n${initSnippet(name)}${enableSnippet(unit)}${startSnippet(unit)}case "$1" in\n\tconfigure)\n\t\thandle_cleaner $@\n\t;;\nesac\nexit 0\n`;
};

describe('installStarts: what the script takes back', () => {
  it("apache2's cache cleaner: debhelper enables and starts it, the maintainer's function then disables it on a fresh install", () => {
    const script = disabledByDefault('apache-htcacheclean.service');
    const got = installStarts(script, ['apache-htcacheclean.service']).get('apache-htcacheclean.service')!;
    expect(got).toMatchObject({ enabled: false, started: true, disabled: true });
    // The disable is read where handle_cleaner calls disable_cleaner (after debhelper's enable), not where it is written.
    const lines = script.split('\n');
    const disableLine = lines.findIndex((l) => l.includes('deb-systemd-helper disable')) + 1;
    const enableLine = lines.findIndex((l) => l.includes("deb-systemd-helper enable 'apache-htcacheclean.service'")) + 1;
    expect(disableLine).toBeLessThan(enableLine);
    const order = got.from.map((f) => Number(f.replace('postinst:', '')));
    expect(order.indexOf(disableLine)).toBeGreaterThan(order.indexOf(enableLine));
  });

  it('a function defined but never called does nothing', () => {
    const script = 'never_called ()\n{\n\tsystemctl enable --now idle.service\n}\nexit 0\n';
    expect(installStarts(script, ['idle.service']).get('idle.service')).toEqual({ enabled: false, started: false, disabled: false, from: [] });
  });

  it('a function called twice runs twice (each line said once); one that calls itself stops', () => {
    const twice = 'go() {\n\tsystemctl start twice.service\n}\ngo\nsystemctl stop twice.service\ngo\n';
    expect(installStarts(twice, ['twice.service']).get('twice.service')).toEqual({ enabled: false, started: true, disabled: false, from: ['postinst:2', 'postinst:5'] });
    const loop = 'function again {\n\tagain\n}\nagain\n';
    expect(installStarts(loop, ['x.service']).get('x.service')).toMatchObject({ started: false });
  });

  it('debian-installed is true once this script has enabled the unit, false before', () => {
    const guard = (u: string) => `if deb-systemd-helper debian-installed ${u}; then\n\tdeb-systemd-helper disable ${u} >/dev/null || true\nfi\n`;
    expect(installStarts(`${guard('a.service')}${enableSnippet('a.service')}`, ['a.service']).get('a.service')).toMatchObject({ enabled: true, disabled: false });
    expect(installStarts(`${enableSnippet('a.service')}${guard('a.service')}`, ['a.service']).get('a.service')).toMatchObject({ enabled: false, disabled: true });
  });

  it('dpkg --compare-versions "$2" on a fresh install: an empty version is earlier than any (later for the -nl forms)', () => {
    const cmp = (op: string) => installStarts(`if dpkg --compare-versions "$2" ${op} 1.0-1; then\n\tsystemctl start v.service\nfi\n`, ['v.service']).get('v.service')!.started;
    expect(cmp('lt')).toBe(true);
    expect(cmp('le')).toBe(true);
    expect(cmp('gt')).toBe(false);
    expect(cmp('ge')).toBe(false);
    expect(cmp('lt-nl')).toBe(false);
  });

  it('case "$1": only the branch an install takes (configure, else *) is read; a case on another word is read whole', () => {
    const script = 'case "$1" in\n\tabort-upgrade)\n\t\tsystemctl start a.service\n\t;;\n\tconfigure|reconfigure) systemctl start c.service ;;\n\t*) systemctl start d.service ;;\nesac\ncase "$MODE" in\n\tx) systemctl enable o.service ;;\nesac\n';
    const got = installStarts(script, ['a.service', 'c.service', 'd.service', 'o.service']);
    expect([...got].filter(([, e]) => e.started || e.enabled).map(([u]) => u)).toEqual(['c.service', 'o.service']);
  });

  it('a stop after the start leaves the unit not running; systemctl disable --now both disables and stops', () => {
    expect(installStarts(`${enableSnippet('s.service')}${startSnippet('s.service')}deb-systemd-invoke stop s.service\n`, ['s.service']).get('s.service')).toMatchObject({ enabled: true, started: false });
    expect(installStarts('systemctl enable --now d.service\nsystemctl disable --now d.service\n', ['d.service']).get('d.service')).toMatchObject({ enabled: false, started: false, disabled: true });
  });
});

describe('isCurrentFact', () => {
  const unit = (onInstall?: SystemdUnitFact['onInstall']): SystemdUnitFact => ({ path: '/lib/systemd/system/x.service', name: 'x.service', raw: '', execStartPre: [], environmentFiles: [], runtimeDirectories: [], ...(onInstall ? { onInstall } : {}) });
  const fact = (units: SystemdUnitFact[], binaries: string[] = [], syslogBinaries?: string[]) => ({ name: 'x', units, binaries, ...(syslogBinaries ? { syslogBinaries } : {}) }) as unknown as PackageFact;
  it('a fact whose units lack onInstall was written before decant read postinsts: stale; one without units loses nothing', () => {
    expect(isCurrentFact(fact([unit()]))).toBe(false);
    expect(isCurrentFact(fact([unit({ enabled: true, started: true, disabled: false, from: ['postinst:3'] })]))).toBe(true);
    expect(isCurrentFact(fact([]))).toBe(true);
  });
  it('a fact whose onInstall lacks disabled was written before decant read what a postinst disables: stale', () => {
    expect(isCurrentFact(fact([unit({ enabled: true, started: true, from: ['postinst:3'] } as unknown as SystemdUnitFact['onInstall'])]))).toBe(false);
    expect(isCurrentFact(fact([]))).toBe(true);
  });
  it('a fact with executables but no syslogBinaries was written before decant looked for syslog use: stale; one without executables loses nothing', () => {
    expect(isCurrentFact(fact([], ['/usr/sbin/x']))).toBe(false);
    expect(isCurrentFact(fact([], ['/usr/sbin/x'], []))).toBe(true);
    expect(isCurrentFact(fact([], ['/usr/sbin/x'], ['/usr/sbin/x']))).toBe(true);
  });
});
