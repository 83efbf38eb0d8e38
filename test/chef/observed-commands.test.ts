/**
 * Observed commands (src/model/observed-commands.ts): a shell_out of one
 * program and flags whose program a package of the run ships is answered by
 * what that package's version printed in a container; offline it stays
 * unknown with the cause. Facts recorded from Debian 12's archive (bind9
 * 1:9.18.49-1~deb12u3); the observation is what the engine saw of it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type EvaluateOptions } from '../../src/chef/evaluate.js';
import { loadRecordedFacts } from '../../src/facts/recorded-facts.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Converge } from '../../src/model/converge.js';
import type { ObservedCommand } from '../../src/model/observed-commands.js';
import type { PackageFactsView } from '../../src/model/package-facts.js';

let facts: PackageFactsView;
beforeAll(async () => {
  facts = await loadRecordedFacts(join(import.meta.dirname, '../facts/recorded/debian-12/services.json'));
});

// bind's helper: the version named reports, parsed from its banner; called in a custom resource's action (converge time).
const LIBRARY = `
module Dns
  module Helpers
    def bind_version
      shell_out!('named -v').stdout.match(/BIND (\\d+\\.\\d+\\.\\d+)/)[1]
    end
  end
end
`;
const RESOURCE = `
include Dns::Helpers
property :path, String, name_property: true
action :create do
  file new_resource.path do
    content bind_version
  end
end
`;
const RECIPE = `
package 'bind9'
dns_version '/etc/bind/version'
`;
const FILES = { 'libraries/helpers.rb': LIBRARY, 'resources/version.rb': RESOURCE, 'recipes/default.rb': RECIPE };

const NAMED_V: ObservedCommand = {
  command: 'named -v',
  program: '/usr/sbin/named',
  packageName: 'bind9',
  packageVersion: '1:9.18.49-1~deb12u3',
  platform: 'debian-12',
  stdout: 'BIND 9.18.49-1~deb12u3-Debian (Extended Support Version) <id:>\n',
  stderr: '',
  exitStatus: 0,
};

async function run(files: Record<string, string>, options: Partial<EvaluateOptions> = {}): Promise<Converge> {
  const cb = join(mkdtempSync(join(tmpdir(), 'decant-observed-')), 'dns');
  for (const [rel, text] of Object.entries({ 'metadata.rb': "name 'dns'\nversion '1.0.0'\n", ...files })) {
    mkdirSync(dirname(join(cb, rel)), { recursive: true });
    writeFileSync(join(cb, rel), text);
  }
  const ws = await loadWorkspace([cb], { cookbookPaths: [] });
  return evaluate(ws, { runList: ['recipe[dns]'], platform: 'debian-12', ...options });
}

const content = (c: Converge) => c.resources.find((r) => r.type === 'file')!.properties['content'];

describe('shell_out answered by observation', () => {
  it('with facts and no observation, asks to observe the command with the package that ships its program', async () => {
    const c = await run(FILES, { packageFacts: facts });
    expect(c.observe).toEqual([{ command: "named -v", program: "/usr/sbin/named", packageName: "bind9", packageVersion: "1:9.18.49-1~deb12u3", at: expect.objectContaining({ file: "libraries/helpers.rb", line: 5 }) }]);
    expect(JSON.stringify(content(c))).toMatch(/observable in a debian-12 container with bind9 1:9\.18\.49-1~deb12u3, and was not observed in this run/);
  });

  it('with the observation of that version, the value is known and the report says where it came from', async () => {
    const c = await run(FILES, { packageFacts: facts, observations: [NAMED_V] });
    expect(content(c)).toBe('9.18.49');
    expect(c.observe).toBeUndefined();
    const note = c.diagnostics.find((d) => d.code === 'DEC0330')!;
    expect(note.message).toBe('shell_out("named -v") observed: `named -v` in debian-12 with bind9 1:9.18.49-1~deb12u3 (exit 0)');
    expect(note.location).toMatchObject({ file: 'libraries/helpers.rb', line: 5 });
  });

  it('an observation of another version of the package does not answer', async () => {
    const c = await run(FILES, { packageFacts: facts, observations: [{ ...NAMED_V, packageVersion: '1:9.16.1-1' }] });
    expect(typeof content(c)).not.toBe('string');
    expect(c.observe).toHaveLength(1);
  });

  it('offline (no facts), the value stays unknown with why, and the command is kept for a cached observation', async () => {
    const c = await run(FILES);
    expect(JSON.stringify(content(c))).toMatch(/without package facts \(offline\) decant cannot tell which package ships `named`/);
    expect(c.observable).toEqual(['named -v']);
    expect(c.observe).toBeUndefined();
  });

  it('offline, an observation the pipeline found for this package set answers', async () => {
    const c = await run(FILES, { observations: [NAMED_V] });
    expect(content(c)).toBe('9.18.49');
  });

  it('shell_out! of an observed non-zero exit raises as Mixlib::ShellOut does; shell_out hands back the status', async () => {
    const failed = { ...NAMED_V, command: 'named --help', stdout: '', stderr: 'named: illegal option -- -\n', exitStatus: 1 };
    const resource = `property :path, String, name_property: true
action :create do
  r = shell_out('named --help')
  file '/status' do
    content "#{r.exitstatus} #{r.error?} #{r.stderr.strip}"
  end
  begin
    shell_out!('named --help')
  rescue Mixlib::ShellOut::ShellCommandFailed => e
    file '/raised'
  end
end
`;
    const recipe = "package 'bind9'\ndns_probe 'x'\n";
    const c = await run({ 'resources/probe.rb': resource, 'recipes/default.rb': recipe }, { packageFacts: facts, observations: [failed] });
    expect(c.resources.find((r) => r.name === '/status')!.properties['content']).toBe('1 true named: illegal option -- -');
    expect(c.resources.some((r) => r.name === '/raised')).toBe(true);
  });

  it('a command whose program no package of the run ships, or with an operand, is not observed', async () => {
    const resource = `property :path, String, name_property: true
action :create do
  file '/a' do
    content shell_out('gpg2 --version').stdout
  end
  file '/b' do
    content shell_out('named -c /etc/bind/named.conf').stdout
  end
end
`;
    const recipe = "package 'bind9'\ndns_probe 'x'\n";
    const c = await run({ 'resources/probe.rb': resource, 'recipes/default.rb': recipe }, { packageFacts: facts });
    expect(c.observe).toBeUndefined();
    for (const r of c.resources.filter((x) => x.type === 'file')) expect(JSON.stringify(r.properties['content'])).not.toMatch(/could be observed|observable in/);
  });

  it('in the compile phase (a recipe body) the package is not installed yet on a fresh node: not observed, and said', async () => {
    const recipe = "package 'bind9'\nfile '/v' do\n  content shell_out('named -v').stdout\nend\n";
    const c = await run({ 'recipes/default.rb': recipe }, { packageFacts: facts, observations: [NAMED_V] });
    expect(c.observe).toBeUndefined();
    expect(JSON.stringify(c.resources.find((r) => r.name === '/v')!.properties['content'])).toMatch(/runs in the compile phase, before bind9 is installed: on a fresh node `named` is not there yet/);
    const offline = await run({ 'recipes/default.rb': recipe }, { observations: [NAMED_V] });
    expect(offline.observable).toBeUndefined();
  });

  it('a version query piped through filters (haproxy\'s `-v | grep | awk`) asks to be observed, and its observation answers', async () => {
    const piped = "named -v 2>&1 | grep BIND | awk '{ print $2 }'";
    const files = { ...FILES, 'libraries/helpers.rb': LIBRARY.replace("shell_out!('named -v').stdout.match(/BIND (\\d+\\.\\d+\\.\\d+)/)[1]", `shell_out!(${JSON.stringify(piped)}).stdout.strip`) };
    const asked = await run(files, { packageFacts: facts });
    expect(asked.observe).toEqual([expect.objectContaining({ command: piped, program: '/usr/sbin/named', packageName: 'bind9' })]);
    const c = await run(files, { packageFacts: facts, observations: [{ ...NAMED_V, command: piped, stdout: '9.18.49-1~deb12u3-Debian\n' }] });
    expect(content(c)).toBe('9.18.49-1~deb12u3-Debian');
  });

  it('plan.yaml answers win over an observation: a person said so', async () => {
    const c = await run(FILES, { packageFacts: facts, observations: [NAMED_V], answers: { 'shell_out("named -v")': 'BIND 9.20.1' } });
    expect(content(c)).toBe('9.20.1');
  });
});

describe('commands Ohai ran to fill the node', () => {
  it('`hostname`, `hostname -f` and `uname -r` give the automatic values the node holds, said once each; plan.yaml still wins', async () => {
    const recipe = `
file '/names' do
  content [shell_out!('hostname').stdout.strip, shell_out('hostname  -f').stdout.strip, shell_out('uname -r').stdout.strip, node['machinename'], node['kernel']['release']].join(' ')
end
file '/ip' do
  content shell_out('hostname -I').stdout
end
`;
    const c = await run({ 'recipes/default.rb': recipe });
    expect(c.resources.find((r) => r.name === '/names')!.properties['content']).toBe('localhost localhost 6.1.0-25-amd64 localhost 6.1.0-25-amd64');
    // Addresses are not what Ohai collected with that command: still the host's.
    expect(JSON.stringify(c.resources.find((r) => r.name === '/ip')!.properties['content'])).toMatch(/hostname -I.*only known on the host/);
    const notes = c.diagnostics.filter((d) => d.code === 'DEC0317').map((d) => d.message);
    expect(notes).toContain('shell_out("hostname") answered with node[\'machinename\'] ("localhost"): Ohai collects that attribute with the same command, and the target\'s value stands for the pod');
    expect(notes.filter((m) => m.startsWith('shell_out("uname -r")'))).toHaveLength(1);
    const answered = await run({ 'recipes/default.rb': recipe }, { answers: { 'shell_out("hostname")': 'web1' } });
    expect(answered.resources.find((r) => r.name === '/names')!.properties['content']).toMatch(/^web1 localhost/);
  });
});

describe('lsb_release, which Ohai\'s lsb plugin ran to fill node[\'lsb\']', () => {
  it('one field, short or labelled, in any option spelling, answers from node[\'lsb\']; -a and two fields stay the host\'s', async () => {
    const recipe = `
file '/lsb' do
  content [shell_out('lsb_release -cs').stdout.strip, \`lsb_release -sc\`.strip, shell_out!('lsb_release -s -i').stdout.strip, shell_out('lsb_release --release --short').stdout.strip, shell_out('lsb_release -ds').stdout.strip, shell_out('lsb_release -c').stdout].inspect
end
file '/all' do
  content shell_out('lsb_release -a').stdout
end
file '/two' do
  content shell_out('lsb_release -cr').stdout
end
`;
    const c = await run({ 'recipes/default.rb': recipe });
    expect(c.resources.find((r) => r.name === '/lsb')!.properties['content']).toBe('["bookworm", "bookworm", "Debian", "12", "Debian GNU/Linux 12 (bookworm)", "Codename:\\tbookworm\\n"]');
    for (const f of ['/all', '/two']) expect(JSON.stringify(c.resources.find((r) => r.name === f)!.properties['content'])).toMatch(/only known on the host/);
    const ubuntu = await run({ 'recipes/default.rb': "file '/c' do\n  content shell_out('lsb_release -cs').stdout.strip\nend\n" }, { platform: 'ubuntu-22.04' });
    expect(ubuntu.resources.find((r) => r.name === '/c')!.properties['content']).toBe('jammy');
  });
});

describe('ENV as the image has it', () => {
  it('ENV["PATH"] is the base image\'s configured PATH, said once; another variable is still the host\'s', async () => {
    const recipe = `
ENV['PATH'] = '' if ENV['PATH'].nil?
dirs = ENV['PATH'].split(::File::PATH_SEPARATOR) + %w(/bin /usr/bin)
file '/dirs' do
  content dirs.join(',')
end
file '/home' do
  content ENV['HOME']
end
`;
    const c = await run({ 'recipes/default.rb': recipe });
    expect(c.resources.find((r) => r.name === '/dirs')!.properties['content']).toBe('/usr/local/sbin,/usr/local/bin,/usr/sbin,/usr/bin,/sbin,/bin,/bin,/usr/bin');
    expect(JSON.stringify(c.resources.find((r) => r.name === '/home')!.properties['content'])).toMatch(/ENV\[\\"HOME\\"\] is the host's environment/);
    const notes = c.diagnostics.filter((d) => d.code === 'DEC0317');
    expect(notes.map((d) => d.message)).toEqual(["ENV[\"PATH\"] answered as debian:bookworm-slim's image config sets it: a process in the image sees it"]);
  });

  it('a write to ENV is what later reads see', async () => {
    const c = await run({ 'recipes/default.rb': "ENV['PATH'] = '/opt/app/bin'\nfile '/p' do\n  content ENV['PATH']\nend\n" });
    expect(c.resources.find((r) => r.name === '/p')!.properties['content']).toBe('/opt/app/bin');
  });
});
