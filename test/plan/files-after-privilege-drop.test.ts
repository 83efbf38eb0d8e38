/**
 * A daemon that drops to a config-named user and then writes files its config
 * names (catalog/directives/drops-privileges.yaml): the image makes each such
 * file owned by that user, so the daemon, started as root as its packaged unit
 * starts it, can write it after the drop. mosquitto::server's broker stopped
 * at start with "Unable to write pid file." without it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileSpec, Unit } from '../../src/model/plan.js';
import { loadDropsPrivileges } from '../../src/plan/catalog/load-drops-privileges.js';
import { directiveValue, filesAfterPrivilegeDrop } from '../../src/plan/files-after-privilege-drop.js';

const source = { file: 'mosquitto/recipes/server.rb', line: 7, column: 1 };
const table = [{ packages: ['mosquitto'], user: 'user', defaultUser: 'mosquitto', files: ['pid_file'], why: 'drops, then writes the pid' }];
const config = (text: string): FileSpec => ({ resource: 'template[/etc/mosquitto/mosquitto.conf]', source, path: '/etc/mosquitto/mosquitto.conf', content: { kind: 'rendered', text, complete: true }, config: true, tunable: true });
const unitWith = (files: FileSpec[], packages = ['mosquitto']): Unit =>
  ({ name: 'mosquitto', command: ['/usr/sbin/mosquitto', '-c', '/etc/mosquitto/mosquitto.conf'], runAsNonRoot: false, packages: packages.map((name) => ({ resource: `package[${name}]`, source, name })), files, notes: [] }) as unknown as Unit;

describe('filesAfterPrivilegeDrop', () => {
  it('the pid file the config names is made empty and owned by the user the config drops to, from the config’s origin', () => {
    const unit = filesAfterPrivilegeDrop(unitWith([config('# broker\nuser mosquitto\npid_file /var/run/mosquitto.pid\n')]), table);
    expect(unit.files.at(-1)).toEqual({
      resource: 'template[/etc/mosquitto/mosquitto.conf]', source, path: '/var/run/mosquitto.pid', owner: 'mosquitto', mode: '0644', content: { kind: 'inline', text: '' }, config: false, tunable: false,
    });
    expect(unit.notes.at(-1)).toMatch(/^starts as root and drops to mosquitto itself, as the packaged unit runs it \(no User=\): \/etc\/mosquitto\/mosquitto.conf:2 \(user mosquitto\); it writes \/var\/run\/mosquitto.pid \(\/etc\/mosquitto\/mosquitto.conf:3, pid_file\)/);
    expect(unit.runAsNonRoot).toBe(false);
    expect(unit.dropsTo).toEqual({ user: 'mosquitto', by: 'daemon', why: '/etc/mosquitto/mosquitto.conf:2 (user mosquitto)' });
  });
  it('without the user directive the daemon drops to its default user', () => {
    const unit = filesAfterPrivilegeDrop(unitWith([config('pid_file=/run/mq.pid\n')]), table);
    expect(unit.files.at(-1)).toMatchObject({ path: '/run/mq.pid', owner: 'mosquitto' });
    expect(unit.notes.at(-1)).toMatch(/its default user mosquitto \(\/etc\/mosquitto\/mosquitto.conf sets no user\)/);
  });
  it('nothing when the daemon stays root or the unit installs none of the packages', () => {
    for (const unit of [unitWith([config('user root\npid_file /run/mq.pid\n')]), unitWith([config('user mosquitto\npid_file /run/mq.pid\n')], ['nginx'])]) {
      expect(filesAfterPrivilegeDrop(unit, table)).toBe(unit);
    }
  });
  it('the drop is recorded, and no file made, when the config names no file, a commented or a relative one', () => {
    for (const text of ['user mosquitto\n', 'user mosquitto\n# pid_file /run/mq.pid\n', 'user mosquitto\npid_file mq.pid\n']) {
      const base = unitWith([config(text)]);
      const unit = filesAfterPrivilegeDrop(base, table);
      expect(unit.dropsTo).toEqual({ user: 'mosquitto', by: 'daemon', why: '/etc/mosquitto/mosquitto.conf:1 (user mosquitto)' });
      expect(unit.files).toEqual(base.files);
    }
  });
  it('a file the cookbook itself writes at that path is left to the cookbook', () => {
    const own: FileSpec = { ...config(''), path: '/run/mq.pid', config: false, tunable: false, content: { kind: 'inline', text: '' } };
    const unit = unitWith([config('user mosquitto\npid_file /run/mq.pid\n'), own]);
    expect(filesAfterPrivilegeDrop(unit, table).files).toEqual(unit.files);
  });
});

describe('only the daemon’s own config files', () => {
  const other = (path: string, text: string): FileSpec => ({ ...config(text), path, resource: `template[${path}]` });
  it('a config the command does not name, nor one beside it, says nothing of the daemon’s user', () => {
    const unit = unitWith([other('/etc/apt/apt.conf.d/10dpkg-options', 'Dpkg::Options { "--force-confdef"; };\n')]);
    expect(filesAfterPrivilegeDrop(unit, table)).toBe(unit);
  });
  it('a file beside the named config (an include_dir) is read too', () => {
    const unit = filesAfterPrivilegeDrop(unitWith([config('include_dir /etc/mosquitto/conf.d\n'), other('/etc/mosquitto/conf.d/pid.conf', 'pid_file /run/b.pid\n')]), table);
    expect(unit.files.at(-1)).toMatchObject({ path: '/run/b.pid', owner: 'mosquitto' });
  });
});

describe('directiveValue', () => {
  it('reads `name value`, `name=value` and a quoted value; skips comments and longer names', () => {
    expect(directiveValue('user_x a\nuser b\n', 'user')).toEqual({ value: 'b', line: 2 });
    expect(directiveValue('; user a\npid_file = "/run/x.pid"\n', 'pid_file')).toEqual({ value: '/run/x.pid', line: 2 });
    expect(directiveValue('user\n', 'user')).toBeUndefined();
  });
});

describe('catalog/directives/drops-privileges.yaml', () => {
  it('the project’s table loads without errors', () => {
    const { entries, errors } = loadDropsPrivileges();
    expect(errors).toEqual([]);
    expect(entries.find((e) => e.packages.includes('mosquitto'))).toMatchObject({ user: 'user', files: ['pid_file'] });
  });
  it('a broken entry is left out and named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drops-'));
    mkdirSync(join(dir, 'directives'));
    writeFileSync(join(dir, 'directives', 'drops-privileges.yaml'), '- packages: [a]\n  user: user\n  files: []\n  why: w\n- packages: [b]\n  user: user\n  files: [pid]\n  why: w\n');
    const { entries, errors } = loadDropsPrivileges(dir);
    expect(entries.map((e) => e.packages)).toEqual([['b']]);
    expect(errors).toEqual([expect.stringMatching(/entry 1: files must be a list of directives/)]);
  });
});
