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

/** Binds /dev/log (world-writable, as a syslog daemon leaves it) into $s, or runs `onFail` with $! set: one statement a line. */
function bindDevLog(onFail: string): string[] {
  return [
    'use Socket;',
    `socket(my $s, PF_UNIX, SOCK_DGRAM, 0) or ${onFail};`,
    `bind($s, pack_sockaddr_un("${DEV_LOG}")) or ${onFail};`,
    `chmod 0666, "${DEV_LOG}";`,
  ];
}

/** Prints each datagram on $s to the selected handle as a line: the priority tag dropped, trailing newlines trimmed. */
const PRINT_LINES = '$| = 1; while (defined(recv($s, my $m, 65536, 0))) { $m =~ s/^<\\d{1,3}>//; $m =~ s/\\n+$//; print "$m\\n"; }';

/** verify's listener: every message appended to `capture` (a file on the container's /dev tmpfs). */
export function syslogCaptureProgram(capture: string): string {
  return [...bindDevLog('die "bind /dev/log: $!"'), `open(my $o, ">>", "${capture}") or die "open: $!";`, 'select($o);', PRINT_LINES].join(' ');
}

/** Account names as Debian's adduser and useradd take them: nothing a perl string could misread. */
export function isAccountName(name: string): boolean {
  return /^[a-z_][a-z0-9_.-]*\$?$/i.test(name);
}

/** Where every relayed unit's image holds the relay (emit COPYs it there from the build context). */
export const SYSLOG_RELAY_PATH = '/usr/local/lib/decant/syslog-relay.pl';

/**
 * Whether a command runs the relay file, first or behind a wrapper that execs
 * it (a pre-start shell passing it on as "$@"): its image must then hold the file.
 */
export function startsSyslogRelay(command: readonly string[]): boolean {
  return command.some((w) => w.includes(SYSLOG_RELAY_PATH));
}

/**
 * Becomes $user (its uid, primary group and every group listing it, as
 * initgroups(3) would) before the exec: what systemd's User= does for a
 * daemon that then never needs root again. Fails the start rather than run
 * the daemon as root.
 */
const DROP_TO_USER = [
  'if (defined $user) {',
  '  my @pw = getpwnam($user) or die "decant syslog relay: no user $user\\n";',
  '  my ($uid, $gid) = @pw[2, 3]; my @g = ($gid);',
  '  while (my @gr = getgrent()) { push @g, $gr[2] if grep { $_ eq $user } split / /, $gr[3]; }',
  '  $) = join(" ", $gid, @g);',
  '  POSIX::setgid($gid) or die "decant syslog relay: setgid: $!\\n"; POSIX::setuid($uid) or die "decant syslog relay: setuid: $!\\n";',
  '  $> == $uid && $< == $uid or die "decant syslog relay: still uid $>\\n";',
  '}',
];

/**
 * A unit's relay, as the file its image holds at SYSLOG_RELAY_PATH and its
 * command runs (`perl FILE [--user NAME] -- DAEMON ARGS…`): binds /dev/log,
 * forks a reader that prints every message on the container's stderr, and
 * execs the daemon, which stays the container's main process and gets its
 * signals. A socket it cannot bind (not root, /dev/log taken) is said on
 * stderr and the daemon starts anyway. With --user, the relay starts as root
 * (binding /dev/log needs it: /dev is root's tmpfs in every runtime) and the
 * daemon runs as that user. A file rather than `perl -e`, so the command a
 * report prints stays one line and the program is reviewed where it lives.
 */
export function syslogRelayScript(): string {
  return [
    '#!/usr/bin/perl',
    "# decant's syslog relay: no container runs a syslog daemon, so a daemon that logs",
    '# only to syslog starts behind this program, which prints every message sent to',
    "# /dev/log on the container's stderr (docker logs, kubectl logs) and execs the daemon.",
    `# Usage: perl ${SYSLOG_RELAY_PATH} [--user NAME] -- DAEMON [ARGS...]`,
    '# Written by decant (src/text/syslog-reader.ts); perl-base has all it uses.',
    'use POSIX ();',
    '',
    'my $user;',
    "while (@ARGV && $ARGV[0] ne '--') {",
    '  my $o = shift @ARGV;',
    "  if ($o eq '--user' && @ARGV) { $user = shift @ARGV; } else { die \"decant syslog relay: unknown option $o\\n\"; }",
    '}',
    'shift @ARGV;',
    '@ARGV or die "decant syslog relay: no command after --\\n";',
    '',
    `unlink "${DEV_LOG}";`,
    'my $ok = eval {',
    ...bindDevLog('die "decant syslog relay: cannot bind /dev/log ($!); syslog lines are lost\\n"').map((l) => `  ${l}`),
    '  $s };',
    '# The reader: a child that only prints; the daemon keeps the pid.',
    'if ($ok) { my $pid = fork(); if (defined $pid && $pid == 0) { my $s = $ok; close STDIN; select STDERR;',
    `  ${PRINT_LINES}`,
    '  exit 0; } close $ok; } else { print STDERR $@; }',
    '',
    ...DROP_TO_USER,
    'exec { $ARGV[0] } @ARGV or die "decant syslog relay: exec $ARGV[0]: $!\\n";',
    '',
  ].join('\n');
}
