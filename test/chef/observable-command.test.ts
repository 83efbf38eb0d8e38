import { describe, expect, it } from 'vitest';
import { observableCommand } from '../../src/chef/dsl/observable-command.js';

describe('observableCommand: one program and version or help flags, nothing that reads the host', () => {
  it.each([
    ['named -v', 'named', ['-v']],
    ['/usr/sbin/named -V', '/usr/sbin/named', ['-V']],
    ['java -version', 'java', ['-version']],
    ['  nginx   -v ', 'nginx', ['-v']],
    ['haproxy --version', 'haproxy', ['--version']],
    ['mysqld --help', 'mysqld', ['--help']],
    // Its stderr merged or dropped, and filters of its output: nothing read but what the query printed.
    ['varnishd -V 2>&1', 'varnishd', ['-V']],
    ['named -v 2>/dev/null', 'named', ['-v']],
    ["haproxy -v | grep version | awk '{ print $3 }'", 'haproxy', ['-v']],
    ["syslog-ng --version | grep 'Installer-Version' | grep -Po '([0-9].?)+'", 'syslog-ng', ['--version']],
    ['named -v | head -1', 'named', ['-v']],
    ["nginx -v 2>&1 | cut -d/ -f2 | tr -d '\\n'", 'nginx', ['-v']],
    ["java -version 2>&1 | sed -n 's/.*version \"\\(.*\\)\".*/\\1/p' | head -n 1", 'java', ['-version']],
    ["redis-server --version | awk -F= '$1 ~ /v/ || NR > 1 { print $2 }' | cut -d' ' -f1", 'redis-server', ['--version']],
  ])('%s is observable', (command, program, flags) => {
    expect(observableCommand(command)).toEqual({ program, flags });
  });

  it.each([
    ["gpg2 --homedir /root/.gnupg --show-keys /tmp/foo.key | awk 'NR==2 {print $1}'", /--homedir|\/root/],
    ['named -v > /tmp/v', />/],
    ['named -v | cat /etc/passwd', /`cat` is not a text filter/],
    ['named -v | grep x /etc/hosts', /\/etc\/hosts.*names a file/],
    ['named -v | grep -f /etc/patterns', /grep -f/],
    ["named -v | awk '{ system(\"id\") }'", /system/],
    ["named -v | awk '{ print | \"sh\" }'", /\|/],
    ["named -v | awk '{ print }' /etc/passwd", /\/etc\/passwd/],
    ["named -v | sed 'r /etc/shadow'", /does more than substitute/],
    ["named -v | sed 's/a/b/w /tmp/x'", /does more than substitute/],
    ['named -v | sort -o /tmp/x', /sort -o/],
    ['named -v || id', /\|\|/],
    ['named -v | grep "$HOME"', /HOME/],
    ['named -v 2>&1 > /tmp/v', />/],
    ['named -v < /etc/hosts', /</],
    ['named -v | ', /empty pipeline stage/],
    ['cat /etc/passwd', /\/etc\/passwd/],
    ['named -v; id', /-v;/],
    ['$(which named) -v', /\$\(which/],
    ['FOO=1 named -v', /FOO=1/],
    ['ls *', /\*/],
    ['getent passwd bind', /passwd/],
    ['', /empty/],
    ['hostname -I', /-I/],
    ['ip -4 addr', /-4/],
    ['update-alternatives', /without a version or help flag/],
  ])('%j is not', (command, why) => {
    const r = observableCommand(command);
    expect('not' in r && r.not).toMatch(why);
  });
});
