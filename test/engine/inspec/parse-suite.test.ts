import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initParsers } from '../../../src/ruby/parser.js';
import { parseTestFile } from '../../../src/engine/inspec/parse-suite.js';
import { findSuites } from '../../../src/engine/inspec/find-suites.js';
import { readSuite } from '../../../src/engine/inspec/run.js';
import { osFromRelease } from '../../../src/engine/inspec/value-methods.js';
import type { Expectation } from '../../../src/engine/inspec/model.js';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');
const at = (e: Expectation) => `${e.location.file}:${e.location.line}:${e.location.column}`;
const parse = (text: string) => parseTestFile(text, { file: 'test/integration/default/x_test.rb' });

beforeAll(() => initParsers());

describe('fixture suites', () => {
  it('reads the nginx site suite: every expectation, its resource, matcher and place', async () => {
    const root = join(FIXTURES, 'e2e-nginx-site/input');
    const suite = findSuites(root).find((s) => s.name === 'default')!;
    const exps = await readSuite(root, suite);
    expect(exps.filter((e) => e.unsupported)).toEqual([]);
    expect(exps.map((e) => `${at(e)} ${e.text}`)).toEqual([
      'test/integration/default/default_test.rb:4:8 package("nginx") should be_installed',
      'test/integration/default/default_test.rb:8:8 service("nginx") should be_installed',
      'test/integration/default/default_test.rb:9:8 service("nginx") should be_running',
      'test/integration/default/default_test.rb:13:8 port(8080) should be_listening',
      'test/integration/default/default_test.rb:14:22 port(8080) its("protocols") should include "tcp"',
      'test/integration/default/default_test.rb:18:8 file("/etc/nginx/sites-available/static_site") should be_file',
      'test/integration/default/default_test.rb:19:20 file("/etc/nginx/sites-available/static_site") its("content") should match /listen 8080;/',
      'test/integration/default/default_test.rb:20:20 file("/etc/nginx/sites-available/static_site") its("content") should match /server_name www\\.example\\.test;/',
      'test/integration/default/default_test.rb:24:8 file("/etc/nginx/sites-enabled/static_site") should be_symlink',
      'test/integration/default/default_test.rb:25:22 file("/etc/nginx/sites-enabled/static_site") its("link_path") should eq "/etc/nginx/sites-available/static_site"',
      'test/integration/default/default_test.rb:29:18 file("/var/www/static_site/index.html") its("owner") should eq "www-data"',
      'test/integration/default/default_test.rb:30:17 file("/var/www/static_site/index.html") its("mode") should cmp "0644"',
      'test/integration/default/default_test.rb:34:24 command("nginx -t") its("exit_status") should eq 0',
      'test/integration/default/default_test.rb:38:19 http("http://localhost:8080/") its("status") should cmp 200',
      'test/integration/default/default_test.rb:39:17 http("http://localhost:8080/") its("body") should match /Hello from static_site/',
      'test/integration/default/default_test.rb:43:19 http("http://localhost:8080/status") its("status") should cmp 200',
      'test/integration/default/default_test.rb:44:17 http("http://localhost:8080/status") its("body") should eq "ok www.example.test\\n"',
    ]);
  });

  it('reads every e2e fixture suite with nothing unsupported, and the double-quoted escapes as Ruby does', async () => {
    const counts: Record<string, number> = {};
    for (const fx of ['e2e-nginx-site/input', 'e2e-redis/input', 'e2e-cron-job/input', 'e2e-chef-repo-two-services/input', 'e2e-memcached-custom-resource/input/cache_tier']) {
      const root = join(FIXTURES, fx);
      for (const suite of findSuites(root)) {
        const exps = await readSuite(root, suite);
        expect(exps.filter((e) => e.unsupported).map((e) => `${at(e)} ${e.unsupported}`)).toEqual([]);
        counts[`${fx}:${suite.name}`] = exps.length;
      }
    }
    expect(counts).toEqual({
      'e2e-nginx-site/input:default': 17,
      'e2e-nginx-site/input:failing': 3,
      'e2e-redis/input:default': 12,
      'e2e-cron-job/input:default': 5,
      'e2e-chef-repo-two-services/input:default': 9,
      'e2e-memcached-custom-resource/input/cache_tier:default': 7,
    });
    const memcached = await readSuite(join(FIXTURES, 'e2e-memcached-custom-resource/input/cache_tier'), findSuites(join(FIXTURES, 'e2e-memcached-custom-resource/input/cache_tier'))[0]!);
    const cmd = memcached.find((e) => e.subject.kind === 'resource' && e.subject.type === 'command')!;
    // %q keeps backslashes: printf, not Ruby, turns \r\n into bytes.
    expect(cmd.subject).toMatchObject({ args: [`bash -c 'exec 3<>/dev/tcp/127.0.0.1/11311; printf "stats\\r\\nquit\\r\\n" >&3; cat <&3'`] });
  });

  it('places the deliberately failing expectations at their lines', async () => {
    const root = join(FIXTURES, 'e2e-nginx-site/input');
    const exps = await readSuite(root, findSuites(root).find((s) => s.name === 'failing')!);
    expect(exps.map(at)).toEqual([
      'test/integration/failing/failing_test.rb:5:8',
      'test/integration/failing/failing_test.rb:9:17',
      'test/integration/failing/failing_test.rb:13:8',
    ]);
    expect(readFileSync(join(root, 'test/integration/failing/failing_test.rb'), 'utf8').split('\n')[12]).toContain('should be_listening');
  });
});

describe('InSpec forms', () => {
  it('reads controls with impact, title and tags, and names expectations after the control', () => {
    const r = parse(`
control 'nginx-01' do
  impact 0.7
  title 'nginx is installed'
  tag 'web', cis: '1.2.3'
  desc 'text'
  describe package('nginx') do
    it { should be_installed }
  end
end
`);
    expect(r.controls).toEqual([
      { id: 'nginx-01', impact: 0.7, title: 'nginx is installed', tags: ['web', 'cis: "1.2.3"'], location: { file: 'test/integration/default/x_test.rb', line: 2, column: 1 } },
    ]);
    expect(r.expectations.map((e) => [e.control, e.text])).toEqual([['nginx-01', 'package("nginx") should be_installed']]);
  });

  it('expands each over literal arrays and hashes, with locals and interpolation', () => {
    const r = parse(`
pkgs = %w(nginx curl)
pkgs.each do |p|
  describe package(p) do
    it { should be_installed }
  end
end
root = '/etc/nginx'
{ 'nginx.conf' => '0644', 'mime.types' => '0644' }.each do |name, mode|
  describe file("#{root}/#{name}") do
    its('mode') { should cmp mode }
  end
end
[80, 443].each_with_index do |port, i|
  describe port(port) do
    it { should be_listening }
  end
end
`);
    expect(r.expectations.map((e) => e.text)).toEqual([
      'package("nginx") should be_installed',
      'package("curl") should be_installed',
      'file("/etc/nginx/nginx.conf") its("mode") should cmp "0644"',
      'file("/etc/nginx/mime.types") its("mode") should cmp "0644"',
      'port(80) should be_listening',
      'port(443) should be_listening',
    ]);
    expect(r.expectations.every((e) => !e.unsupported)).toBe(true);
  });

  it('reads is_expected, expect(...).to/not_to, should_not, operator matchers, its arrays and resource property chains', () => {
    const r = parse(`
describe command('id -u').stdout do
  it { is_expected.to match(/^0$/) }
end
expect(file('/etc/passwd')).to be_file
expect(service('cron')).not_to be_running
describe file('/etc/hosts') do
  its('size') { should be > 10 }
  its('mode') { should cmp <= 0644 }
  it { should_not be_directory }
  its('mode') { should eq 0644 }
end
describe json('/etc/app.json') do
  its(['server', 'port']) { should eq 8080 }
  its('server.name') { should cmp 'WEB' }
end
describe json('/etc/app.json')['server'] do
  its('port') { should be_in [8080, 8081] }
end
`);
    const rows = r.expectations.map((e) => ({ text: e.text, negated: e.negated, path: e.property, line: e.location.line, ...(e.unsupported ? { unsupported: e.unsupported } : {}) }));
    expect(rows).toEqual([
      { text: 'command("id -u").stdout should match /^0$/', negated: false, path: [], line: 3 },
      { text: 'file("/etc/passwd") should be_file', negated: false, path: [], line: 5 },
      { text: 'service("cron") should_not be_running', negated: true, path: [], line: 6 },
      { text: 'file("/etc/hosts") its("size") should be > 10', negated: false, path: ['size'], line: 8 },
      { text: 'file("/etc/hosts") its("mode") should cmp <= 420', negated: false, path: ['mode'], line: 9 },
      { text: 'file("/etc/hosts") should_not be_directory', negated: true, path: [], line: 10 },
      { text: 'file("/etc/hosts") its("mode") should eq 420', negated: false, path: ['mode'], line: 11 },
      { text: 'json("/etc/app.json") its("server.port") should eq 8080', negated: false, path: ['server', 'port'], line: 14 },
      { text: 'json("/etc/app.json") its("server.name") should cmp "WEB"', negated: false, path: ['server', 'name'], line: 15 },
      { text: 'json("/etc/app.json").server its("port") should be_in [8080, 8081]', negated: false, path: ['port'], line: 18 },
    ]);
    const chained = r.expectations[0]!.subject;
    expect(chained).toEqual({ kind: 'resource', type: 'command', args: ['id -u'], path: ['stdout'] });
  });

  it('reports what it cannot read as unsupported, at its place, never dropping it', () => {
    const r = parse(`
describe package(node['nginx']['package_name']) do
  it { should be_installed }
end
if os.debian?
  describe service('nginx') do
    it { should be_enabled }
  end
end
describe port(80) do
  it { should be_listening.with('tcp') }
end
helper_list.each do |x|
  describe file(x) do
    it { should exist }
  end
end
describe file('/x') do
  before { do_something }
end
`);
    const rows = r.expectations.map((e) => [e.location.line, e.unsupported ?? 'runs']);
    expect(rows).toEqual([
      [3, expect.stringMatching(/node attributes \(node\['nginx'\]\['package_name'\]\) are not available/)],
      [7, expect.stringMatching(/^under a condition decant does not evaluate: if os\.debian\?/)],
      [11, 'runs'],
      [13, expect.stringMatching(/loop over helper_list not expanded: local variable or method helper_list/)],
      [19, 'RSpec before blocks are not run by decant'],
    ]);
    // The chained matcher is read and left for the runner to refuse with its name.
    expect(r.expectations[2]!.matcher.name).toBe('be_listening.with');
  });

  it('turns syntax errors into unsupported expectations and still reads the rest', () => {
    const r = parse(`
describe package('nginx') do
  it { should be_installed }
end
describe file('/x' do
  it { should exist
`);
    expect(r.expectations.some((e) => e.text === 'package("nginx") should be_installed' && !e.unsupported)).toBe(true);
    expect(r.expectations.some((e) => e.unsupported?.startsWith('Ruby syntax error'))).toBe(true);
  });

  it('reports a \\u{…} escape past U+10FFFF as unsupported, as Ruby refuses it, instead of throwing', () => {
    const r = parse(`
describe file("/etc/\\u{110000}") do
  it { should exist }
end
describe file("/etc/caf\\u{e9} \\u00e9\\x41\\101\\n") do
  it { should exist }
end
`);
    expect(r.expectations.map((e) => [e.location.line, e.unsupported ?? e.subject])).toEqual([
      [3, expect.stringContaining('invalid Unicode codepoint (too large): \\u{110000}')],
      [6, { kind: 'resource', type: 'file', args: ['/etc/café éAA\n'], path: [] }],
    ]);
  });

  it('reads integer literals as Ruby does (src/ruby/integer-literal.ts)', () => {
    const r = parse(`
describe port(0x1F90) do
  it { should be_listening }
end
describe file('/etc/a') do
  its('mode') { should cmp 0o644 }
  its('size') { should eq 1_024 }
end
`);
    expect(r.expectations.map((e) => e.text)).toEqual(['port(8080) should be_listening', 'file("/etc/a") its("mode") should cmp 420', 'file("/etc/a") its("size") should eq 1024']);
  });

  it('reads ServerSpec files: describe with RSpec expect syntax and a require line', () => {
    const r = parse(`
require 'spec_helper'

describe service('redis-server'), :if => os[:family] == 'debian' do
  it { should be_running }
end

describe file('/etc/redis/redis.conf') do
  it { should be_owned_by 'redis' }
  its(:content) { should contain 'port 6379' }
end
`);
    expect(r.expectations.map((e) => [e.text, e.unsupported ?? ''])).toEqual([
      ['service("redis-server") should be_running', ''],
      ['file("/etc/redis/redis.conf") should be_owned_by "redis"', ''],
      ['file("/etc/redis/redis.conf") its("content") should contain "port 6379"', ''],
    ]);
  });
});

describe('branches decided by the container OS (InSpec os)', () => {
  const debian12 = osFromRelease('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n');
  const ubuntu = osFromRelease('NAME="Ubuntu"\nVERSION_ID="22.04"\nID=ubuntu\nID_LIKE=debian\n');

  it('reads os-release as InSpec does: ubuntu is family debian', () => {
    expect(debian12.facts).toEqual({ name: 'debian', family: 'debian', release: '12', arch: 'x86_64', families: ['debian', 'linux', 'unix', 'os'] });
    expect(ubuntu.facts.family).toBe('debian');
    expect(ubuntu.facts.name).toBe('ubuntu');
  });

  // Modelled on the shape of ntp-style suites: a service name from a case, and an if/elsif chain on the release.
  const suite = `
service_name =
  case os.family
  when 'redhat', 'suse'
    'ntpd'
  else
    'ntp'
  end
if os.family == 'redhat' && os.release.to_i >= 8
  describe file('/etc/chrony.conf') do
    it { should be_file }
  end
elsif os.name == 'debian' && os.release.to_i >= 12
  describe file('/etc/ntpsec/ntp.conf') do
    it { should be_file }
  end
elsif os.name == 'ubuntu' && os.release.gsub('.', '').to_i >= 2310
  describe file('/etc/ntpsec/ntp.conf') do
    it { should be_file }
  end
else
  describe file('/etc/ntp.conf') do
    it { should be_file }
  end
end
describe service(service_name) do
  it { should be_running }
end
pkg = os.debian? ? 'apache2' : 'httpd'
describe package(pkg) do
  it { should be_installed }
end
describe port(80) do
  it { should be_listening }
end unless os[:family] == 'debian'
describe file('/etc/ntp.conf') do
  it { should exist }
end if inspec.os.name == 'ubuntu'
`;

  it('takes only the branch the OS picks, and evaluates case, ternary and modifiers', () => {
    const names = (os: ReturnType<typeof osFromRelease>) =>
      parseTestFile(suite, { file: 't.rb' }, { os }).expectations.map((e) => (e.unsupported ? `UNSUPPORTED ${e.unsupported}` : e.text));
    expect(names(debian12)).toEqual([
      'file("/etc/ntpsec/ntp.conf") should be_file',
      'service("ntp") should be_running',
      'package("apache2") should be_installed',
    ]);
    expect(names(ubuntu)).toEqual([
      'file("/etc/ntp.conf") should be_file',
      'service("ntp") should be_running',
      'package("apache2") should be_installed',
      'file("/etc/ntp.conf") should exist',
    ]);
  });

  it('without OS facts, every branch is reported unsupported with the condition', () => {
    const r = parseTestFile(suite, { file: 't.rb' });
    expect(r.expectations.filter((e) => !e.unsupported)).toEqual([]);
    expect(r.expectations[0]!.unsupported).toMatch(/^under a condition decant does not evaluate: if os\.family == 'redhat'/);
  });
});

describe('helpers and guards', () => {
  const os = osFromRelease('ID=debian\nVERSION_ID="12"\n');

  it('calls helper defs from a required spec_helper, with arguments, early returns and os', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'decant-helpers-'));
    try {
      mkdirSync(join(root, 'test/integration/default/controls'), { recursive: true });
      writeFileSync(join(root, 'test/integration/spec_helper.rb'), `def amazon?
  os.family == 'amazon'
end

def package_name
  return 'redis6' if amazon?
  return 'redis-server' if os.family == 'debian'

  'redis'
end

def unit_name(instance)
  "redis@#{instance}"
end
`);
      writeFileSync(join(root, 'test/integration/default/controls/a_spec.rb'), `require_relative '../../spec_helper'
require_relative '../../../../../outside'
describe package(package_name) do
  it { should be_installed }
end
describe service(unit_name('6379')) do
  it { should be_running }
end
`);
      const suite = findSuites(root).find((s) => s.name === 'default')!;
      const exps = await readSuite(root, suite, os);
      expect(exps.map((e) => e.unsupported ?? e.text)).toEqual([
        'required file ../../../../../outside could not be read inside the cookbook',
        'package("redis-server") should be_installed',
        'service("redis@6379") should be_running',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('honours only_if: false on this OS or not decidable → reported, not run', () => {
    const r = parseTestFile(`
control 'el-only' do
  only_if('RHEL only') { os.redhat? }
  describe file('/etc/sysconfig/x') do
    it { should exist }
  end
end
control 'debian' do
  only_if { os.debian? }
  describe file('/etc/debian_version') do
    it { should exist }
  end
end
control 'runtime' do
  only_if { command('which semanage').exit_status.zero? }
  describe command('semanage x') do
    its('stdout') { should match /y/ }
  end
end
`, { file: 't.rb' }, { os });
    expect(r.expectations.map((e) => [e.control, e.unsupported ?? 'runs'])).toEqual([
      ['el-only', "skipped: only_if ('RHEL only') is false on this platform, so InSpec skips this control too"],
      ['debian', 'runs'],
      ['runtime', expect.stringMatching(/^skipped: only_if depends on command\('which semanage'\)\.exit_status\.zero\?, which decant does not evaluate$/)],
    ]);
  });
});
