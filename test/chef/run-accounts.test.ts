/**
 * Users the run itself creates (run-accounts.ts): `~name`, Dir.home and
 * Etc.getpwnam answer from the user resource once it converged — in a custom
 * resource's action or a lazy value — and raise ArgumentError as Ruby does
 * when the user does not exist yet. Modelled on the keyring custom resources
 * of the wide corpus (a `home_dir` property defaulting lazily to the user's
 * `~/.gnupg`), written here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';
import type { Converge } from '../../src/model/converge.js';
import { loadRecordedFacts } from '../../src/facts/recorded-facts.js';

const names = (c: Converge, type: string) => c.resources.filter((r) => r.type === type).map((r) => r.name);
const raised = (c: Converge) => c.diagnostics.filter((d) => d.code === 'DEC0306').map((d) => `${d.message} @${d.location?.file}:${d.location?.line}`);

const KEYRING = [
  'unified_mode true',
  "property :owner, String, default: 'root'",
  'property :home_dir, String, default: lazy { ::File.expand_path("~#{owner}/.keys") }',
  'action :create do',
  '  directory new_resource.home_dir do',
  '    owner new_resource.owner',
  "    mode '0700'",
  '  end',
  '  execute "keygen #{new_resource.name}" do',
  '    command "keygen --homedir #{new_resource.home_dir}"',
  '    user new_resource.owner',
  '  end',
  'end',
].join('\n');

describe('users the run creates', () => {
  it('an action reads the home of a user converged before it: the home property, else useradd\'s /home/NAME', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/keyring.rb': KEYRING,
      'recipes/default.rb': [
        '%w(alice bob).each do |u|',
        '  user u do',
        '    manage_home true',
        '  end',
        'end',
        "user 'deploy' do",
        "  home '/srv/deploy'",
        'end',
        "cb_keyring 'root keys'",
        "cb_keyring 'alice keys' do",
        "  owner 'alice'",
        'end',
        "cb_keyring 'deploy keys' do",
        "  owner 'deploy'",
        'end',
      ].join('\n'),
    });
    expect(names(c, 'directory')).toEqual(['/root/.keys', '/home/alice/.keys', '/srv/deploy/.keys']);
    expect(c.resources.find((r) => r.name === 'keygen alice keys')?.properties.command).toBe('keygen --homedir /home/alice/.keys');
    expect(c.resources.filter((r) => r.unknown.length)).toEqual([]);
    expect(raised(c)).toEqual([]);
  });

  it('at compile time the user does not exist yet: Ruby raises ArgumentError, which a rescue sees', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "user 'alice'",
        'found = begin',
        "  Dir.home('alice')",
        'rescue ArgumentError => e',
        '  e.message',
        'end',
        "file '/tmp/found' do",
        '  content found',
        'end',
        "directory File.expand_path('~alice/.ssh')",
        "file '/tmp/never'",
      ].join('\n'),
    });
    expect(c.resources.find((r) => r.name === '/tmp/found')?.properties.content).toBe("user alice doesn't exist");
    expect(raised(c)).toEqual(["ArgumentError: user alice doesn't exist (the rest of recipes/default.rb is not evaluated) @recipes/default.rb:10"]);
    expect(names(c, 'directory')).toEqual([]);
    expect(names(c, 'file')).toEqual(['/tmp/found']);
  });

  it('a lazy value resolves when its resource converges: after the user, its home; before it, ArgumentError', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "file '/tmp/early' do",
        "  content lazy { Etc.getpwnam('alice').dir }",
        'end',
        "user 'alice' do",
        '  uid 1200',
        "  shell '/bin/bash'",
        'end',
        "file '/tmp/late' do",
        "  content lazy { pw = Etc.getpwnam('alice'); \"#{pw.dir} #{pw.uid} #{pw.shell}\" }",
        'end',
        "file '/tmp/gid' do",
        "  content lazy { Etc.getpwnam('alice').gid.to_s }",
        'end',
      ].join('\n'),
    });
    expect(c.resources.find((r) => r.name === '/tmp/late')?.properties.content).toBe('/home/alice 1200 /bin/bash');
    expect(raised(c)).toEqual(["ArgumentError: can't find user for alice (the rest of recipes/default.rb is not evaluated) @recipes/default.rb:2"]);
    const gid = c.resources.find((r) => r.name === '/tmp/gid')!;
    expect(gid.unknown).toEqual(['properties.content']);
    expect(JSON.stringify(gid.properties.content)).toMatch(/the gid of user alice is picked when useradd creates it on the node/);
  });

  it('a user whose guard is a shell command, or that was removed, is not taken as there', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/keyring.rb': KEYRING,
      'recipes/default.rb': [
        "user 'carol' do",
        "  not_if 'getent passwd carol'",
        'end',
        "cb_keyring 'carol keys' do",
        "  owner 'carol'",
        'end',
        "user 'dave'",
        "user 'dave' do",
        '  action :remove',
        'end',
        "cb_keyring 'dave keys' do",
        "  owner 'dave'",
        'end',
      ].join('\n'),
    });
    const carol = c.resources.find((r) => r.type === 'directory')!;
    expect(carol.unknown).toEqual(['name']);
    expect(JSON.stringify(carol.name)).toMatch(/names the home of user carol: whether user\[carol\] ran depends on its not_if guard/);
    expect(raised(c)).toEqual(["ArgumentError: user dave doesn't exist (the rest of resources/keyring.rb is not evaluated) @resources/keyring.rb:3"]);
  });

  it('a user the run never declares stays unknown: its home is in a passwd decant has not seen', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/keyring.rb': KEYRING,
      'recipes/default.rb': "cb_keyring 'erin keys' do\n  owner 'erin'\nend\n",
    });
    const d = c.resources.find((r) => r.type === 'directory')!;
    expect(JSON.stringify(d.name)).toMatch(/File.expand_path\(\\"~erin\/.keys\\"\) names the home of a user decant does not know/);
    expect(raised(c)).toEqual([]);
  });

  it('run_action at compile time converges the user there and then', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "user('alice') { action :nothing }.run_action(:create)\ndirectory File.expand_path('~alice/.ssh')\n",
    });
    expect(names(c, 'directory')).toEqual(['/home/alice/.ssh']);
    expect(raised(c)).toEqual([]);
  });

  it('a user a package installed earlier creates has the home its maintainer script gives (package facts); offline it is unknown', async () => {
    const recipe = [
      "package 'redis-server'",
      "file '/tmp/redis-home' do",
      "  content lazy { Dir.home('redis') }",
      'end',
    ].join('\n');
    const facts = await loadRecordedFacts(join(import.meta.dirname, '../facts/recorded/debian-12/services.json'));
    const online = await evaluateCookbook('cb', { 'recipes/default.rb': recipe }, undefined, facts);
    expect(online.resources.find((r) => r.name === '/tmp/redis-home')?.properties.content).toBe('/var/lib/redis');
    const offline = await evaluateCookbook('cb', { 'recipes/default.rb': recipe });
    expect(JSON.stringify(offline.resources.find((r) => r.name === '/tmp/redis-home')?.properties.content)).toMatch(/Dir.home\(\\"redis\\"\) names the home of a user decant does not know/);
  });
});
