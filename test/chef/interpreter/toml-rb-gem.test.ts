/**
 * The toml-rb gem against Debian's ruby-toml-rb (the oracle): each Hash is written by decant's TomlRB.dump and
 * by the real gem, and the text must match byte for byte. Modelled on grafana's ldap.toml (nested tables and an
 * array of tables) and chef_auto_accumulator's TOML files.
 */
import { describe, expect, it } from 'vitest';
import { evalRuby } from './eval-helper.js';
import { itMatchesTheGem } from './gem-oracle.js';
import { Unknown } from '../../../src/chef/values.js';

const CASES = [
  `{ 'servers' => [{ 'host' => 'ldap.example.com', 'port' => 389, 'use_ssl' => false, 'bind_dn' => 'cn=admin,dc=example,dc=com', 'search_base_dns' => ['dc=example,dc=com'], 'attributes' => { 'name' => 'givenName', 'email' => 'mail' }, 'group_mappings' => [{ 'group_dn' => 'cn=admins', 'org_role' => 'Admin' }, { 'group_dn' => '*', 'org_role' => 'Viewer' }] }], 'verbose_logging' => false }`,
  `{ 'b' => 1, 'a' => 'x "q" #{1} \\#{y}', 'c' => { 'd' => { 'e' => 1.5 } }, 'empty' => {}, 'with space' => [1, 'two', nil], 'z' => true }`,
  `{ :sym_b => 2, :sym_a => { :inner => :value } }`,
];

describe('TomlRB.dump against ruby-toml-rb', () => {
  itMatchesTheGem('toml-rb', 'TomlRB.dump', CASES);

  it('keys Ruby cannot sort raise, as the gem does; reading TOML and unknown values are unknown', async () => {
    const raised = await evalRuby("require 'toml-rb'\nbegin\n  TomlRB.dump({ 'a' => 1, :b => 2 })\nrescue ArgumentError\n  'raised'\nend");
    expect(raised.value).toBe('raised');
    const r = await evalRuby("require 'toml-rb'\n[TomlRB.dump({ 'a' => node_x }), TomlRB.load_file('/etc/x.toml')]");
    const [a, b] = (r.value as { items: unknown[] }).items;
    expect(a).toBeInstanceOf(Unknown);
    expect((b as Unknown).reason).toMatch(/reads a file on the host/);
  });
});
