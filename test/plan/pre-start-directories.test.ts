/** ExecStartPre lines that only make directories under /run are made in the image, as RuntimeDirectory= is. */
import { describe, expect, it } from 'vitest';
import { runDirectoriesMadeBy } from '../../src/plan/pre-start-directories.js';
import { unitCommand } from '../../src/plan/unit-command.js';
import { readUnitFile } from '../../src/text/systemd-unit.js';

describe('runDirectoriesMadeBy', () => {
  it("Debian's vsftpd: -/bin/mkdir -p /var/run/vsftpd/empty is vsftpd/empty under /run", () => {
    expect(runDirectoriesMadeBy('-/bin/mkdir -p /var/run/vsftpd/empty')).toEqual(['vsftpd/empty']);
    expect(runDirectoriesMadeBy('/usr/bin/mkdir /run/a /run/b/c')).toEqual(['a', 'b/c']);
  });
  it('anything else is not: another command, a path outside /run, a flag it does not know, other rights', () => {
    expect(runDirectoriesMadeBy('/usr/share/dnsmasq/systemd-helper checkconfig')).toBeUndefined();
    expect(runDirectoriesMadeBy('/bin/mkdir -p /var/lib/x')).toBeUndefined();
    expect(runDirectoriesMadeBy('/bin/mkdir -m 0700 /run/x')).toBeUndefined();
    expect(runDirectoriesMadeBy('+/bin/mkdir -p /run/x')).toBeUndefined();
    expect(runDirectoriesMadeBy('/bin/mkdir -p /run/../etc')).toBeUndefined();
  });
});

describe('unitCommand with ExecStartPre', () => {
  const unit = (pre: string) => readUnitFile(`[Service]\nType=simple\nExecStart=/usr/sbin/vsftpd /etc/vsftpd.conf\n${pre}\nRuntimeDirectory=vs\n`);
  it('a mkdir under /run joins the runtime directories and the notes say it is made in the image', () => {
    const r = unitCommand(unit('ExecStartPre=-/bin/mkdir -p /var/run/vsftpd/empty'), 'vsftpd.service', () => undefined, []);
    expect(r.ok && r.runtimeDirectories).toEqual(['vs', 'vsftpd/empty']);
    expect(r.ok && r.skippedPre).toEqual([]);
    expect(r.ok && r.notes.join('\n')).toMatch(/ExecStartPre made in the image, as a RuntimeDirectory is: -\/bin\/mkdir -p \/var\/run\/vsftpd\/empty/);
  });
  it('another ExecStartPre stays skipped and said', () => {
    const r = unitCommand(unit('ExecStartPre=/usr/sbin/vsftpd-check'), 'vsftpd.service', () => undefined, []);
    expect(r.ok && r.skippedPre).toEqual(['/usr/sbin/vsftpd-check']);
    expect(r.ok && r.notes.join('\n')).toMatch(/ExecStartPre not run at container start: \/usr\/sbin\/vsftpd-check/);
  });
});
