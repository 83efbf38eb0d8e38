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

/** Account names as Debian's adduser and useradd take them: nothing a perl string could misread. */
export function isAccountName(name: string): boolean {
  return /^[a-z_][a-z0-9_.-]*\$?$/i.test(name);
}

/**
 * Becomes `user` (its uid, primary group and every group listing it, as
 * initgroups(3) would) before the exec: what systemd's User= does for a
 * daemon that then never needs root again. Fails the start rather than run
 * the daemon as root.
 */
function dropTo(user: string): string {
  if (!isAccountName(user)) throw new Error(`not an account name: ${user}`);
  return [
    `my @pw = getpwnam("${user}") or die "decant syslog relay: no user ${user}\\n";`,
    'my ($uid, $gid) = @pw[2, 3]; my @g = ($gid);',
    `while (my @gr = getgrent()) { push @g, $gr[2] if grep { $_ eq "${user}" } split / /, $gr[3]; }`,
    '$) = join(" ", $gid, @g);',
    'POSIX::setgid($gid) or die "decant syslog relay: setgid: $!\\n"; POSIX::setuid($uid) or die "decant syslog relay: setuid: $!\\n";',
    '$> == $uid && $< == $uid or die "decant syslog relay: still uid $>\\n";',
  ].join(' ');
}

/**
 * A unit's relay: binds /dev/log, forks a reader that prints every message on
 * the container's stderr, and execs its arguments (the daemon), which stays
 * the container's main process and gets its signals. A socket it cannot bind
 * (not root, /dev/log taken) is said on stderr and the daemon starts anyway.
 * With `user`, the relay starts as root (binding /dev/log needs it: /dev is
 * root's tmpfs in every runtime) and the daemon runs as that user.
 */
export function syslogRelayProgram(user?: string): string {
  return [
    ...(user ? ['use POSIX ();'] : []),
    `unlink "${DEV_LOG}";`,
    'my $ok = eval {',
    bindDevLog('die "decant syslog relay: cannot bind /dev/log ($!); syslog lines are lost\\n"'),
    '$s };',
    'if ($ok) { my $pid = fork(); if (defined $pid && $pid == 0) { my $s = $ok; close STDIN; select STDERR;',
    PRINT_LINES,
    'exit 0; } close $ok; } else { print STDERR $@; }',
    ...(user ? [dropTo(user)] : []),
    'exec { $ARGV[0] } @ARGV or die "decant syslog relay: exec $ARGV[0]: $!\\n";',
  ].join(' ');
}
