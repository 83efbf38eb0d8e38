/**
 * Commands from SysV init scripts in Debian's skeleton shape, for packages
 * with no systemd unit (issue 14). The scripts are written here in that shape.
 */
import { describe, expect, it } from 'vitest';
import { initScriptCommand } from '../../src/plan/init-script-command.js';
import type { ForegroundForm } from '../../src/plan/package-unit-command.js';

const FORMS: ForegroundForm[] = [{ binary: 'exampled', append: ['--nodetach'], why: 'exampled --nodetach (exampled(8))' }];

const script = (start: string, head = '') => `#!/bin/sh
### BEGIN INIT INFO
# Provides: example
### END INIT INFO
PATH="/sbin:/bin:/usr/sbin:/usr/bin"
DAEMON="/usr/sbin/exampled"
PIDFILE=/run/example.pid
DEFAULTS="/etc/default/example"
${head}
[ -r "$DEFAULTS" ] && . "$DEFAULTS"
. /lib/lsb/init-functions

do_start()
{
\tstart-stop-daemon ${start}
}

case "$1" in
\tstart)
\t\tdo_start
\t\t;;
esac
`;

const defaults = (text: string) => (p: string) => (p === '/etc/default/example' ? { text, from: 'cookbook' as const } : undefined);

describe('a command from an init script', () => {
  it('reads --exec and the arguments after --, with the /etc/default tunables, and makes the daemon foreground by the forms', () => {
    const r = initScriptCommand(script('--start --quiet --oknodo --exec $DAEMON -- \\\n\t\t--listen $EX_ADDRESS --user "$EX_USER" $EX_OPTS'), '/etc/init.d/example', defaults('EX_ADDRESS="0.0.0.0:69"\nEX_USER=exam\nEX_OPTS="--secure -v"\n'), FORMS);
    expect(r).toMatchObject({ ok: true, command: ['/usr/sbin/exampled', '--listen', '0.0.0.0:69', '--user', 'exam', '--secure', '-v', '--nodetach'] });
    expect(r.ok && r.notes.join('\n')).toMatch(/\/etc\/default\/example \(the cookbook's file\)/);
  });

  it('--chuid gives the user; --background means start-stop-daemon detaches it, so the daemon itself stays in front', () => {
    const r = initScriptCommand(script('--start --background --chuid svc:svc --exec /usr/bin/other -- -c /etc/other.conf'), '/etc/init.d/example', () => undefined, FORMS);
    expect(r).toMatchObject({ ok: true, command: ['/usr/bin/other', '-c', '/etc/other.conf'], user: 'svc' });
  });

  it('without a form, a pid file is watched', () => {
    const r = initScriptCommand(script('--start --pidfile $PIDFILE --exec /usr/bin/other'), '/etc/init.d/example', () => undefined, FORMS);
    expect(r.ok && r.command.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    expect(r.ok && r.command[2]).toContain("cat '/run/example.pid'");
  });

  it('a tunable nobody ships (a maintainer script writes it at install time) refuses, naming it', () => {
    const r = initScriptCommand(script('--start --exec $DAEMON -- --user $EX_USER'), '/etc/init.d/example', () => undefined, FORMS);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/\$EX_USER, which neither the package's files nor the cookbook set/) });
  });

  it('a variable set only under a condition refuses', () => {
    const r = initScriptCommand(script('--start --exec $DAEMON -- $EX_OPTS', 'if [ -e /etc/x ]; then\n\tEX_OPTS="-a"\nfi'), '/etc/init.d/example', () => undefined, FORMS);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/\$EX_OPTS, set only under a condition/) });
  });

  it('an /etc/default file the cookbook renders with unknowns refuses rather than put markers in the command', () => {
    const r = initScriptCommand(script('--start --exec $DAEMON'), '/etc/init.d/example', () => ({ text: '', from: 'cookbook', incomplete: true }), FORMS);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/holds values decant could not know/) });
  });

  it('a script with no start-stop-daemon --start says so', () => {
    expect(initScriptCommand('#!/bin/sh\ncase "$1" in start) /usr/bin/x & ;; esac\n', '/etc/init.d/x', () => undefined, FORMS)).toMatchObject({ ok: false, reason: expect.stringMatching(/no start-stop-daemon --start/) });
  });
});

describe('start lines inside command substitutions and branches', () => {
  it('reads the invocation inside reason="`…`" and drops its redirections', () => {
    const r = initScriptCommand(script('--start --background --exec $DAEMON -- -c /etc/x.conf 2>&1`"').replace('\tstart-stop-daemon', '\treason="`start-stop-daemon'), '/etc/init.d/example', () => undefined, FORMS);
    expect(r).toMatchObject({ ok: true, command: ['/usr/sbin/exampled', '-c', '/etc/x.conf'] });
  });

  it('two different start lines, chosen by a condition, refuse', () => {
    const two = script('--start --exec $DAEMON -- -a').replace('\tstart-stop-daemon --start --exec $DAEMON -- -a', '\tif [ -z "$X" ]; then\n\t\tstart-stop-daemon --start --exec $DAEMON -- -a\n\telse\n\t\tstart-stop-daemon --start --exec $DAEMON -- -b\n\tfi');
    expect(initScriptCommand(two, '/etc/init.d/example', () => undefined, FORMS)).toMatchObject({ ok: false, reason: expect.stringMatching(/in 2 different ways/) });
  });
});

describe('branches the script decides from its own variables and the host\'s known files', () => {
  // Debian's slapd script picks its start line by whether /etc/default/slapd sets SLAPD_SERVICES, and builds its
  // options under tests of that file's variables and of the config path it names.
  const slapdLike = `#!/bin/sh
SLAPD=/usr/sbin/exampled
[ -x $SLAPD ] || exit 0
if [ -f "/etc/default/example" ]; then
\t. /etc/default/example
fi
if [ -z "$EX_CONF" ]; then
\tif [ -e /etc/example/conf.d ]; then
\t\tEX_CONF=/etc/example/conf.d
\telse
\t\tEX_CONF=/etc/example/example.conf
\tfi
fi
if [ -f "$EX_CONF" ]; then
\tEX_OPTIONS="-f $EX_CONF $EX_OPTIONS"
elif [ -d "$EX_CONF" ] ; then
\tEX_OPTIONS="-F $EX_CONF $EX_OPTIONS"
fi
if [ "$EX_USER" ]; then
\tEX_OPTIONS="-u $EX_USER $EX_OPTIONS"
fi
start_example() {
\tif [ -z "$EX_SERVICES" ]; then
\t\treason="\`start-stop-daemon --start --quiet --oknodo \\
\t\t\t--exec $SLAPD -- $EX_OPTIONS 2>&1\`"
\telse
\t\treason="\`start-stop-daemon --start --quiet --oknodo \\
\t\t\t--exec $SLAPD -- -h "$EX_SERVICES" $EX_OPTIONS 2>&1\`"
\tfi
}
case "$1" in
  start) start_example ;;
esac
`;
  const files = (defaults: string, conf?: string) => (p: string) =>
    p === '/etc/default/example' ? { text: defaults, from: 'cookbook' as const } : p === conf ? { text: 'x 1\n', from: 'cookbook' as const } : undefined;

  it('takes the branches the cookbook\'s /etc/default file and config decide, and reads the one start line left', () => {
    const r = initScriptCommand(slapdLike, '/etc/init.d/example', files('EX_CONF=/etc/example/example.conf\nEX_USER="exam"\nEX_SERVICES="ldap:/// ldapi:///"\nEX_OPTIONS=""\n', '/etc/example/example.conf'), FORMS);
    expect(r).toMatchObject({ ok: true, command: ['/usr/sbin/exampled', '-h', 'ldap:/// ldapi:///', '-u', 'exam', '-f', '/etc/example/example.conf', '--nodetach'] });
  });

  it('an empty EX_SERVICES takes the other start line', () => {
    const r = initScriptCommand(slapdLike, '/etc/init.d/example', files('EX_CONF=/etc/example/example.conf\nEX_USER=\nEX_SERVICES=\nEX_OPTIONS=""\n', '/etc/example/example.conf'), FORMS);
    expect(r).toMatchObject({ ok: true, command: ['/usr/sbin/exampled', '-f', '/etc/example/example.conf', '--nodetach'] });
  });

  it('a config path whose existence only the host knows leaves the options undecided, and says so', () => {
    const r = initScriptCommand(slapdLike, '/etc/init.d/example', files('EX_CONF=\nEX_USER="exam"\nEX_SERVICES="ldap:///"\nEX_OPTIONS=""\n'), FORMS);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/\$EX_OPTIONS, set only under a condition only the running host answers/) });
  });

  it('a variable computed by a command is said to be so', () => {
    const r = initScriptCommand(script('--start --exec $DAEMON -- -p $PORT', 'PORT=`cat /etc/port`'), '/etc/init.d/example', () => undefined, FORMS);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/\$PORT, computed by a command when the script runs/) });
  });
});

describe("a start inside a shell function the script calls: the call's words are its $1…$* (issue 14)", () => {
  // The shape of Debian's isc-dhcp-server script: one function starts either server, told which by its arguments,
  // the interfaces last after a `shift`; the start action calls it once per configured family.
  const twoFamilies = `#!/bin/sh
EX_DEFAULTS="\${EX_DEFAULTS:-/etc/default/example}"
[ -f "$EX_DEFAULTS" ] && . "$EX_DEFAULTS"
CONF_A=\${CONF_A:-/etc/example/a.conf}
CONF_B=\${CONF_B:-/etc/example/b.conf}
if [ -z "$PID_A" ]; then
	PID_A=$(sed -n 's/^pid "\\(.*\\)";/\\1/p' < "$CONF_A")
fi
PID_A="\${PID_A:-/run/a.pid}"
PID_B=/run/b.pid
serve()
{
	FAMILY="$1"
	CONF="$2"
	PIDFILE="$3"
	shift 3
	IFACES="$*"
	touch /var/lib/example/$FAMILY.leases
	start-stop-daemon --start --quiet --pidfile $PIDFILE \\
		--exec /usr/sbin/exampled -- $FAMILY -q -c $CONF $IFACES
}
case "$1" in
	start)
		if test -n "$IFACES_A"; then
			serve "-a" "$CONF_A" "$PID_A" "$IFACES_A"
		fi
		if test -n "$IFACES_B"; then
			serve "-b" "$CONF_B" "$PID_B" "$IFACES_B"
		fi
		if test -z "$IFACES_A" -a -z "$IFACES_B"; then
			serve "-a" "$CONF_A" "$PID_A" ""
			serve "-b" "$CONF_B" "$PID_B" ""
		fi
		;;
	stop)
		start-stop-daemon --start --exec /usr/sbin/never-started
		;;
esac
`;
  const cookbookDefaults = (text: string) => (p: string) => (p === '/etc/default/example' ? { text, from: 'cookbook' as const } : undefined);

  it('binds the positional parameters to the call (after `shift`, "$*" is the rest) and reads the real command', () => {
    const r = initScriptCommand(twoFamilies, '/etc/init.d/example', cookbookDefaults('IFACES_A="eth0 eth1"\n'), FORMS);
    expect(r).toMatchObject({ ok: true, command: ['/usr/sbin/exampled', '-a', '-q', '-c', '/etc/example/a.conf', 'eth0', 'eth1', '--nodetach'] });
    expect(r.ok && r.notes.join('\n')).toMatch(/followed \/etc\/init\.d\/example's call `serve "-a" "\$CONF_A" "\$PID_A" "\$IFACES_A"` into serve\(\)/);
  });

  it('the other family when the cookbook names only its interfaces', () => {
    const r = initScriptCommand(twoFamilies, '/etc/init.d/example', cookbookDefaults('IFACES_B=eth0\nCONF_B=/srv/b.conf\n'), FORMS);
    expect(r).toMatchObject({ ok: true, command: ['/usr/sbin/exampled', '-b', '-q', '-c', '/srv/b.conf', 'eth0', '--nodetach'] });
  });

  it("a cookbook's defaults naming no interface start both daemons: refused, naming each, since a container runs one", () => {
    const r = initScriptCommand(twoFamilies, '/etc/init.d/example', cookbookDefaults('# nothing set\n'), FORMS);
    expect(r).toMatchObject({ ok: false, reason: '/etc/init.d/example starts 2 daemons (`/usr/sbin/exampled -a -q -c /etc/example/a.conf`, `/usr/sbin/exampled -b -q -c /etc/example/b.conf`); a container runs one' });
  });

  it('with no defaults file known, which calls run is the host\'s to say: refused, not guessed', () => {
    const r = initScriptCommand(twoFamilies, '/etc/init.d/example', () => undefined, FORMS);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/in \d+ different ways/) });
  });

  it('a pid file passed as an argument computed when the script runs keeps the foreground form, and refuses a pid watch', () => {
    const withForm = initScriptCommand(twoFamilies, '/etc/init.d/example', cookbookDefaults('IFACES_A=eth0\n'), FORMS);
    expect(withForm).toMatchObject({ ok: true });
    const noForm = initScriptCommand(twoFamilies, '/etc/init.d/example', cookbookDefaults('IFACES_A=eth0\n'), []);
    expect(noForm).toMatchObject({ ok: false, reason: expect.stringMatching(/its pid file is worked out only when the script runs/) });
  });

  it('an argument computed by a command is said to be so, through the variable the function sets from it', () => {
    const computed = twoFamilies.replace('serve "-a" "$CONF_A" "$PID_A" "$IFACES_A"', 'serve "-a" "`cat /etc/conf-a`" "$PID_A" "$IFACES_A"');
    const r = initScriptCommand(computed, '/etc/init.d/example', cookbookDefaults('IFACES_A=eth0\n'), FORMS);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/with \$CONF, computed by a command when the script runs/) });
  });

  it("the arms the start action does not take are not read (the stop arm's line is never a start)", () => {
    const r = initScriptCommand(twoFamilies, '/etc/init.d/example', cookbookDefaults('IFACES_A=eth0\n'), FORMS);
    expect(JSON.stringify(r)).not.toMatch(/never-started/);
  });
});
