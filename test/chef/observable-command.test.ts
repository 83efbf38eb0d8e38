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
  ])('%s is observable', (command, program, flags) => {
    expect(observableCommand(command)).toEqual({ program, flags });
  });

  it.each([
    ["gpg2 --homedir /root/.gnupg --show-keys /tmp/foo.key | awk 'NR==2 {print $1}'", /--homedir|\/root/],
    ['named -v > /tmp/v', />/],
    ['named -v | head -1', /\|/],
    ['cat /etc/passwd', /\/etc\/passwd/],
    ['named -v; id', /-v;/],
    ['$(which named) -v', /\$\(which/],
    ['FOO=1 named -v', /FOO=1/],
    ['named -v 2>&1', /2>&1/],
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
