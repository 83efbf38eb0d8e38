import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYSLOG_RELAY_PATH, startsSyslogRelay, syslogCaptureProgram, syslogRelayScript } from '../../src/text/syslog-reader.js';

// The relay binds /dev/log when it runs: here it is only compiled (perl -c), never run on the host;
// test/engine/unit-logs.test.ts runs it in the e2e-syslog-daemon image.
describe('syslogRelayScript', () => {
  const script = syslogRelayScript();

  it('compiles with the perl on this machine', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'decant-relay-')), 'syslog-relay.pl');
    writeFileSync(file, script);
    expect(execFileSync('perl', ['-c', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
  });

  it("reads /dev/log the way verify's listener does (one printing loop, shared)", () => {
    const loop = /\$\| = 1; while .*\}/.exec(syslogCaptureProgram('/dev/x'))![0];
    expect(script).toContain(loop);
    expect(script).toContain('select STDERR;');
  });

  it('takes the user as an argument, never as program text, and the daemon after --', () => {
    expect(script).toContain("$o eq '--user'");
    expect(script).toContain('getpwnam($user)');
    expect(script).toContain('exec { $ARGV[0] } @ARGV');
  });
});

describe('startsSyslogRelay', () => {
  it('knows a command that runs the relay file, first or behind a pre-start wrapper, and no other', () => {
    expect(startsSyslogRelay(['perl', SYSLOG_RELAY_PATH, '--', '/usr/sbin/nrpe'])).toBe(true);
    expect(startsSyslogRelay(['/bin/sh', '-c', 'slaptest -f x || exit $?; exec "$@"', 'sh', 'perl', SYSLOG_RELAY_PATH, '--', '/usr/sbin/slapd'])).toBe(true);
    expect(startsSyslogRelay(['perl', '-e', 'print 1'])).toBe(false);
    expect(startsSyslogRelay(['/usr/sbin/nrpe'])).toBe(false);
  });
});
