/**
 * The runner against a REAL container (no mocks): debian:bookworm-slim with a
 * small Perl HTTP server as its main process (perl-base is in every Debian
 * image), and users, files, links and config documents made with exec. The
 * container is removed afterwards, also when a test fails.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerClient, engineProblem } from '../../../src/engine/docker-client.js';
import { execIn } from '../../../src/engine/inspec/exec.js';
import { runIntegrationTests } from '../../../src/engine/inspec/run.js';
import type { Target, TestRun } from '../../../src/engine/inspec/model.js';

const docker = dockerClient();
const FIXTURES = join(import.meta.dirname, '../../../fixtures');

// Answers like the nginx fixture's site does: / and /status, anything else 404.
const SERVER = String.raw`
use IO::Socket::INET;
$0 = "static-web";
my $s = IO::Socket::INET->new(LocalPort => 8080, Listen => 5, ReuseAddr => 1, Proto => 'tcp') or die "listen: $!";
while (my $c = $s->accept) {
  my $req = <$c> // ''; my (undef, $path) = split / /, $req;
  while (my $l = <$c>) { last if $l =~ /^\r?\n$/ }
  my ($code, $body) = $path eq '/status' ? (200, "ok www.example.test\n") : $path eq '/' ? (200, "Hello from static_site\n") : (404, "not found\n");
  print $c "HTTP/1.0 $code X\r\nContent-Type: text/plain\r\nX-Served-By: perl\r\nContent-Length: " . length($body) . "\r\n\r\n$body";
  close $c;
}`;

const SETUP = `set -e
groupadd -g 2001 appgrp
useradd -u 2001 -g appgrp -G users -d /srv/app -s /bin/sh appuser
mkdir -p /srv/app/releases/1
printf 'listen 8080;\\nserver_name www.example.test;\\n' > /srv/app/app.conf
chown appuser:appgrp /srv/app/app.conf && chmod 0640 /srv/app/app.conf
ln -s /srv/app/releases/1 /srv/app/current
printf '{"server": {"port": 8080, "name": "web"}, "workers": [1, 2]}' > /srv/app/app.json
printf 'server:\\n  port: 8080\\n  tls: false\\n' > /srv/app/app.yml
printf '; comment\\n[main]\\nport = 8080\\nname = "web"\\n' > /srv/app/app.ini`;

let containerId = '';
let spareId = '';
const made: string[] = [];

function cookbook(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'decant-inspec-'));
  made.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

async function start(cmd: string[]): Promise<string> {
  const c = await docker.createContainer({ Image: 'debian:bookworm-slim', Cmd: cmd, Labels: { 'io.decant.test': 'inspec' }, HostConfig: { AutoRemove: false } });
  await c.start();
  return c.id;
}

beforeAll(async () => {
  const problem = await engineProblem(docker);
  expect(problem, `no Docker engine: run scripts/engine-setup.sh (${problem})`).toBeUndefined();
  containerId = await start(['perl', '-e', SERVER]);
  spareId = await start(['sleep', 'infinity']);
  const r = await execIn(containerId, ['sh', '-c', SETUP]);
  expect(r, r.stderr).toMatchObject({ exitCode: 0 });
  // The server is up once its socket listens.
  for (let i = 0; i < 50; i++) {
    if ((await execIn(containerId, ['sh', '-c', 'grep -q ":1F90 00000000:0000 0A" /proc/net/tcp'])).exitCode === 0) break;
    await new Promise((res) => setTimeout(res, 100));
  }
});

afterAll(async () => {
  for (const id of [containerId, spareId]) if (id) await docker.getContainer(id).remove({ force: true }).catch(() => undefined);
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

const web = (): Target => ({ unit: 'web', containerId, ports: [8080], packages: ['perl-base'] });
const byLine = (run: TestRun) => Object.fromEntries(run.results.map((r) => [r.location.line, r.status]));

const SUITE = `# written for decant's runner test
describe package('perl-base') do
  it { should be_installed }
  its('version') { should match(/^5\\./) }
end
describe package('nginx') do
  it { should_not be_installed }
end
describe service('static-web') do
  it { should be_running }
end
describe port(8080) do
  it { should be_listening }
  its('protocols') { should include 'tcp' }
  its('addresses') { should include '0.0.0.0' }
  its('processes') { should include 'static-web' }
end
describe port(9999) do
  it { should_not be_listening }
end
describe file('/srv/app/app.conf') do
  it { should be_file }
  its('mode') { should cmp '0640' }
  its('owner') { should eq 'appuser' }
  its('group') { should eq 'appgrp' }
  its('content') { should match(/^server_name www\\.example\\.test;$/) }
  its('size') { should be > 10 }
end
describe file('/srv/app/current') do
  it { should be_symlink }
  its('link_path') { should eq '/srv/app/releases/1' }
end
describe directory('/srv/app/releases') do
  it { should exist }
end
describe user('appuser') do
  it { should exist }
  its('uid') { should eq 2001 }
  its('home') { should eq '/srv/app' }
  its('shell') { should eq '/bin/sh' }
  its('groups') { should include 'users' }
end
describe group('appgrp') do
  its('gid') { should cmp 2001 }
end
describe command('echo hello; echo oops >&2; exit 3') do
  its('stdout') { should eq "hello\\n" }
  its('stderr') { should match(/oops/) }
  its('exit_status') { should eq 3 }
end
describe http('http://localhost:8080/status') do
  its('status') { should cmp 200 }
  its('body') { should eq "ok www.example.test\\n" }
  its('headers.Content-Type') { should cmp 'text/plain' }
end
describe processes('static-web') do
  its('users') { should eq ['root'] }
end
describe os_env('PATH') do
  its('split') { should include '/usr/bin' }
end
describe json('/srv/app/app.json') do
  its(['server', 'port']) { should eq 8080 }
  its('workers') { should eq [1, 2] }
end
describe yaml('/srv/app/app.yml') do
  its(['server', 'tls']) { should eq false }
end
describe ini('/srv/app/app.ini') do
  its('main.port') { should cmp 8080 }
  its('main.name') { should eq 'web' }
end
describe file('/srv/app/app.conf') do
  its('mode') { should cmp '0644' }
end
describe sshd_config do
  its('Protocol') { should cmp 2 }
end
describe file('/srv/app/app.conf') do
  it { should be_readable.by('owner') }
end
`;

describe('runIntegrationTests against a real container', () => {
  it('runs every supported resource and matcher, fails what is wrong, reports the rest unsupported', async () => {
    const root = cookbook({ 'test/integration/default/default_test.rb': SUITE });
    const run = await runIntegrationTests(root, undefined, [web()]);
    const failures = run.results.filter((r) => r.status !== 'passed').map((r) => `${r.location.line} ${r.status} ${r.expectation}: ${r.detail}`);
    expect(failures).toEqual([
      expect.stringMatching(/^74 failed file\("\/srv\/app\/app.conf"\) its\("mode"\) should cmp "0644": expected cmp "0644", got "0640"$/),
      expect.stringMatching(/^77 unsupported sshd_config its\("Protocol"\) should cmp 2: InSpec resource sshd_config is not supported by decant$/),
      expect.stringMatching(/^80 unsupported .*: chained matcher be_readable\.by is not supported$/),
    ]);
    expect({ passed: run.passed, failed: run.failed, unsupported: run.unsupported }).toEqual({ passed: 37, failed: 1, unsupported: 2 });
    const service = run.results.find((r) => r.location.line === 10)!;
    expect(service.detail).toMatch(/in a container: running = process 1 \(static-web/);
    const port = run.results.find((r) => r.location.line === 13)!;
    expect(port.detail).toMatch(/answers from the host at \d+\.\d+\.\d+\.\d+:8080/);
    expect(run.results.every((r) => r.location.file === 'test/integration/default/default_test.rb')).toBe(true);
  }, 120_000);

  it("reports the nginx fixture's deliberately failing suite as failed, with file and line", async () => {
    const run = await runIntegrationTests(join(FIXTURES, 'e2e-nginx-site/input'), 'failing', [web()]);
    expect(run.results.map((r) => [`${r.location.file}:${r.location.line}`, r.status])).toEqual([
      ['test/integration/failing/failing_test.rb:5', 'passed'],
      ['test/integration/failing/failing_test.rb:9', 'failed'],
      ['test/integration/failing/failing_test.rb:13', 'failed'],
    ]);
    expect(run.results[1]!.detail).toMatch(/^expected to match \/maintenance mode\/, got "ok www.example.test\\n"/);
    expect(run.results[2]!.detail).toBe('port(9999) is not listening; nothing listens on port 9999');
    expect({ passed: run.passed, failed: run.failed, unsupported: run.unsupported }).toEqual({ passed: 1, failed: 2, unsupported: 0 });
  }, 60_000);

  it('sends each expectation to the unit that owns it when there are several', async () => {
    const root = cookbook({
      'test/integration/default/t_test.rb': `describe port(8080) do
  it { should be_listening }
end
describe file('/srv/app/app.conf') do
  it { should exist }
end
describe command('cat /proc/1/comm') do
  its('stdout') { should eq "sleep\\n" }
end
describe package('coreutils') do
  it { should be_installed }
end
describe systemd_service('store@main') do
  it { should be_running }
end
`,
    });
    const targets: Target[] = [
      { unit: 'store', containerId: spareId, ports: [6379], packages: ['coreutils'], services: ['store@main'] },
      web(),
    ];
    const run = await runIntegrationTests(root, 'default', targets);
    expect(run.results.map((r) => [r.location.line, r.status, /\[unit (\w+)/.exec(r.detail)?.[1]])).toEqual([
      [2, 'passed', 'web'],
      [5, 'passed', 'web'],
      [8, 'passed', 'store'],
      [11, 'passed', 'store'],
      [14, 'passed', 'store'],
    ]);
    // No process is called store@main: the unit converted from that service runs it as its main process.
    expect(run.results[4]!.detail).toMatch(/unit store was converted from service\[store@main\] and its main process 1 \(sleep infinity\) runs/);
  }, 60_000);

  it('a container that is gone fails its expectations with the reason, without throwing', async () => {
    const root = cookbook({ 'test/integration/default/t_test.rb': "describe file('/etc/passwd') do\n  it { should exist }\nend\n" });
    const run = await runIntegrationTests(root, undefined, [{ unit: 'ghost', containerId: 'decant-no-such-container', ports: [], packages: [] }]);
    expect(run.results).toEqual([
      expect.objectContaining({ status: 'failed', detail: expect.stringMatching(/^docker exec failed: .*no such container/i) }),
    ]);
  });

  it('names an unknown suite instead of passing nothing', async () => {
    const run = await runIntegrationTests(join(FIXTURES, 'e2e-nginx-site/input'), 'nope', [web()]);
    expect(run.unsupported).toBe(1);
    expect(run.results[0]!.detail).toBe('no integration suite named nope (found: default, failing)');
  });
});
