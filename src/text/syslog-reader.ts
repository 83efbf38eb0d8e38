/**
 * A /dev/log reader in perl (Socket is in perl-base, Essential in every
 * Debian image): one datagram socket bound where syslog(3) and daemons that
 * write their own datagrams send, each message printed as a line. Two users
 * share it so they read syslog the same way: verify's log check listens with
 * it during a run (src/engine/log-reach.ts), and a unit whose daemon logs only
 * to syslog starts with it as its relay to the container's stderr
 * (src/plan/logs/syslog-relay.ts).
 */

export const DEV_LOG = '/dev/log';

/** Binds /dev/log (world-writable, as a syslog daemon leaves it) into $s, or runs `onFail` with $! set. */
function bindDevLog(onFail: string): string {
  return [
    'use Socket;',
    `socket(my $s, PF_UNIX, SOCK_DGRAM, 0) or ${onFail};`,
    `bind($s, pack_sockaddr_un("${DEV_LOG}")) or ${onFail};`,
    `chmod 0666, "${DEV_LOG}";`,
  ].join(' ');
}

/** Prints each datagram on $s to the selected handle as a line: the priority tag dropped, trailing newlines trimmed. */
const PRINT_LINES = '$| = 1; while (defined(recv($s, my $m, 65536, 0))) { $m =~ s/^<\\d{1,3}>//; $m =~ s/\\n+$//; print "$m\\n"; }';

/** verify's listener: every message appended to `capture` (a file on the container's /dev tmpfs). */
export function syslogCaptureProgram(capture: string): string {
  return [bindDevLog('die "bind /dev/log: $!"'), `open(my $o, ">>", "${capture}") or die "open: $!";`, 'select($o);', PRINT_LINES].join(' ');
}

/**
 * A unit's relay: binds /dev/log, forks a reader that prints every message on
 * the container's stderr, and execs its arguments (the daemon), which stays
 * the container's main process and gets its signals. A socket it cannot bind
 * (not root, /dev/log taken) is said on stderr and the daemon starts anyway.
 */
export function syslogRelayProgram(): string {
  return [
    `unlink "${DEV_LOG}";`,
    'my $ok = eval {',
    bindDevLog('die "decant syslog relay: cannot bind /dev/log ($!); syslog lines are lost\\n"'),
    '$s };',
    'if ($ok) { my $pid = fork(); if (defined $pid && $pid == 0) { my $s = $ok; close STDIN; select STDERR;',
    PRINT_LINES,
    'exit 0; } close $ok; } else { print STDERR $@; }',
    'exec { $ARGV[0] } @ARGV or die "decant syslog relay: exec $ARGV[0]: $!\\n";',
  ].join(' ');
}
