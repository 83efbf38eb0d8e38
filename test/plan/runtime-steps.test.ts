/** Which files a key-generating command writes (src/plan/runtime-steps.ts): named by the command, or not known. */
import { describe, expect, it } from 'vitest';
import type { BuildStep } from '../../src/model/plan.js';
import { generatedPaths, runtimeCommand } from '../../src/plan/runtime-steps.js';

const step = (command: string, more: Partial<BuildStep> = {}): BuildStep => ({
  resource: 'execute[x]',
  source: { file: 'recipes/default.rb', line: 1, column: 1 },
  command,
  env: {},
  conditions: [],
  ...more,
});

describe('generatedPaths', () => {
  it.each([
    ['openssl genrsa -out /etc/app/k.pem 2048', ['/etc/app/k.pem']],
    ['mkdir -p /etc/app && openssl req -x509 -newkey rsa:2048 -nodes -keyout /etc/app/k.pem -out "/etc/app/c.pem" -subj /CN=x', ['/etc/app/k.pem', '/etc/app/c.pem']],
    ["ssh-keygen -t ed25519 -N '' -f /etc/ssh/host_key", ['/etc/ssh/host_key', '/etc/ssh/host_key.pub']],
    ['openssl rand -base64 32 > /etc/app/token 2>/dev/null', ['/etc/app/token']],
    ['head -c 32 /dev/urandom | base64 >> /etc/app/salt', ['/etc/app/salt']],
    ['make-ssl-cert generate-default-snakeoil --force-overwrite', ['/etc/ssl/certs/ssl-cert-snakeoil.pem', '/etc/ssl/private/ssl-cert-snakeoil.key']],
  ])('%s writes %j', (command, paths) => {
    expect(generatedPaths(step(command))).toEqual(paths);
  });

  it('resolves a relative output against the step cwd', () => {
    expect(generatedPaths(step('openssl genrsa -out server.key 2048', { cwd: '/etc/app' }))).toEqual(['/etc/app/server.key']);
  });

  it.each([
    ['openssl rand -hex 16 | tee "$TOKEN_FILE"', 'no output named'],
    ['openssl genrsa -out $KEY 2048', 'a variable'],
    ['openssl genrsa -out server.key 2048', 'relative, no cwd'],
    ['openssl genrsa -out /etc/a.key 2048 && openssl rand 16', 'one part names nothing'],
  ])('%s: not known (%s)', (command) => {
    expect(generatedPaths(step(command))).toBeUndefined();
  });
});

describe('runtimeCommand', () => {
  it('keeps the env, directory, user and guards the RUN had', () => {
    const s = step('openssl genrsa -out k.pem 2048', { cwd: '/srv/app', user: 'app', env: { RANDFILE: '/tmp/r' }, conditions: [{ when: 'unless', command: 'test -f /srv/app/k.pem' }] });
    expect(runtimeCommand(s)).toBe("if ! test -f /srv/app/k.pem; then su -s /bin/sh -c '(export RANDFILE=/tmp/r; cd /srv/app && openssl genrsa -out k.pem 2048)' app; fi");
  });

  it('runs a multi-line script with bash, as the RUN did', () => {
    expect(runtimeCommand(step('set -x\nopenssl genrsa -out /k 2048'))).toBe("bash -e -c 'set -x\nopenssl genrsa -out /k 2048'");
  });
});
