/**
 * The gyoku gem against Debian's ruby-gyoku 1.3.1 (the oracle): each Hash is written by decant's Gyoku.xml and
 * by the real gem, and the XML must match byte for byte. Modelled on ossec's ossec.conf (string keys, lists of
 * repeated tags, attributes, `content!`), plus what gyoku does with Symbol keys, nil, escaping and :order!.
 */
import { describe, expect, it } from 'vitest';
import { evalRuby } from './eval-helper.js';
import { itMatchesTheGem } from './gem-oracle.js';
import { Unknown } from '../../../src/chef/values.js';

const CASES = [
  `{ 'ossec_config' => { 'global' => { 'email_notification' => 'no', 'white_list' => ['127.0.0.1', '::1'] }, 'syscheck' => { 'frequency' => 79200, 'directories' => [{ '@check_all' => 'yes', :content! => '/etc,/usr/bin' }, { '@realtime' => 'yes', '@check_all' => 'yes', :content! => '/bin' }] } } }`,
  `{ 'a' => { 'x' => '', 'y' => nil, 'z' => {}, 'q' => %q(<v>"q'&) }, 'n' => 5, 't' => true, 'f' => 1.5, 's' => :sym }`,
  `{ foo_bar: { baz_qux: 1, 'keep_me' => 2, :'a/b_c' => 3 } }`,
  `{ 'list' => [[1, 2], nil, { 'k' => 'v' }], 'raw!' => '<b>', 'br/' => 'ignored', ':ns:tag' => 'x' }`,
  `{ 'r' => { 'b' => 1, 'a' => 2, :order! => ['a', 'b'] }, 'e' => { '@id' => 'x"y' }, 'm' => ['one', 'two'], :attributes! => { 'm' => { 'n' => ['1', nil] } } }`,
  `{ 'rule' => [{ '@id' => '100', '@level' => 3, 'description' => 'a & b' }] }`,
];

describe('Gyoku.xml against ruby-gyoku', () => {
  itMatchesTheGem('gyoku', 'Gyoku.xml', CASES);

  it('chef-gyoku is the same gem; key_converter: :camelcase and :none convert Symbol keys so', async () => {
    const r = await evalRuby("require 'chef-gyoku'\n[Gyoku.xml({ a_b: 1 }, key_converter: :camelcase), Gyoku.xml({ a_b: 1 }, key_converter: :none), Gyoku.xml_tag(:user_name)]");
    expect(r.text).toBe('["<AB>1</AB>", "<a_b>1</a_b>", "userName"]');
  });

  it('an :order! that leaves out a key raises ArgumentError, as the gem does', async () => {
    const r = await evalRuby("require 'gyoku'\nbegin\n  Gyoku.xml({ 'a' => 1, 'b' => 2, :order! => ['a'] })\nrescue ArgumentError => e\n  e.message\nend");
    expect(r.value).toBe('Missing elements in :order! ["b"]');
  });

  it('is unknown, with why, for an unknown value inside and for options it does not model', async () => {
    const r = await evalRuby("require 'gyoku'\n[Gyoku.xml({ 'a' => node_x }), Gyoku.xml({ a: 1 }, namespace: 'wsdl')]");
    const [a, b] = (r.value as { items: unknown[] }).items;
    expect(a).toBeInstanceOf(Unknown);
    expect((b as Unknown).reason).toMatch(/option :namespace is not modelled/);
  });
});
