/**
 * A daemon that must not be PID 1 runs under tini (catalog/init/needs-init.yaml):
 * vsftpd's listener died with SIGSEGV on an orphan it reaped as PID 1. The
 * rule is by the command's binary, from the table, and leaves every other
 * command alone.
 */
import { describe, expect, it } from 'vitest';
import { loadNeedsInit } from '../../src/plan/catalog/load-needs-init.js';
import { initNeededBy, underInit } from '../../src/plan/under-init.js';
import type { Unit } from '../../src/model/plan.js';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const source = { file: 'vsftpd/recipes/default.rb', line: 3, column: 1 };
const table = [{ binary: 'vsftpd', why: 'reaps only the children it forked' }];
const unitWith = (command: string[], extra: Partial<Unit> = {}): Unit =>
  ({ name: 'vsftpd', command, packageManager: 'apt', packages: [{ resource: 'package[vsftpd]', source, name: 'vsftpd', version: '3.0.3-13+b2' }], notes: [], ...extra }) as unknown as Unit;

describe('underInit', () => {
  it('a daemon the table names runs under tini, which the package layer installs with the daemon’s origin', () => {
    const unit = underInit(unitWith(['/usr/sbin/vsftpd', '/etc/vsftpd.conf']), ['/usr/sbin/vsftpd', '/etc/vsftpd.conf'], table);
    expect(unit.command).toEqual(['/usr/bin/tini', '--', '/usr/sbin/vsftpd', '/etc/vsftpd.conf']);
    expect(unit.packages.map((p) => p.name)).toEqual(['vsftpd', 'tini']);
    expect(unit.packages[1]).toEqual({ resource: 'package[vsftpd]', source, name: 'tini' });
    expect(unit.notes.at(-1)).toMatch(/runs under tini .*vsftpd must not be PID 1: reaps only the children it forked/);
  });
  it('the daemon is known by the command decided before logs wrapped it', () => {
    const wrapped = ['/bin/sh', '-c', 'exec /usr/sbin/vsftpd /etc/vsftpd.conf 2>&1'];
    expect(underInit(unitWith(wrapped), ['/usr/sbin/vsftpd'], table).command).toEqual(['/usr/bin/tini', '--', ...wrapped]);
  });
  it('other daemons, a command already under tini, no command, no package layer and non-apt images are left alone', () => {
    for (const unit of [
      unitWith(['/usr/sbin/sshd', '-D']),
      unitWith(['/usr/bin/tini', '--', '/usr/sbin/vsftpd']),
      unitWith([]),
      unitWith(['/usr/sbin/vsftpd'], { packages: [] }),
      unitWith(['/usr/sbin/vsftpd'], { packageManager: 'dnf' } as Partial<Unit>),
    ]) {
      expect(underInit(unit, unit.command[0] === '/usr/bin/tini' ? ['/usr/sbin/vsftpd'] : unit.command, table)).toBe(unit);
    }
  });
  it('an image that already installs tini gets it once', () => {
    const base = unitWith(['/usr/sbin/vsftpd']);
    const unit = underInit({ ...base, packages: [...base.packages, { resource: 'package[tini]', source, name: 'tini' }] }, ['/usr/sbin/vsftpd'], table);
    expect(unit.packages.filter((p) => p.name === 'tini')).toHaveLength(1);
  });
  it('matches by file name, not by a path that merely contains it', () => {
    expect(initNeededBy(['/opt/vsftpd/bin/ftpd'], table)).toBeUndefined();
    expect(initNeededBy(['vsftpd'], table)).toEqual(table[0]);
  });
});

describe('catalog/init/needs-init.yaml', () => {
  it('the project’s table loads without errors, each entry saying why', () => {
    const { entries, errors } = loadNeedsInit();
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.binary)).toContain('vsftpd');
    for (const e of entries) expect(e.why.length).toBeGreaterThan(40);
  });
  it('a broken entry is left out and named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'needs-init-'));
    mkdirSync(join(dir, 'init'));
    writeFileSync(join(dir, 'init', 'needs-init.yaml'), '- binary: /usr/sbin/x\n  why: path\n- binary: y\n- binary: z\n  why: fine\n  extra: 1\n- binary: ok\n  why: reaps only its own\n');
    const { entries, errors } = loadNeedsInit(dir);
    expect(entries).toEqual([{ binary: 'ok', why: 'reaps only its own' }]);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/entry 1: binary must be a file name/);
  });
});
