/** The inifile gem as grafana's cookbook uses it: IniFile.new(content: hash).to_s, as inifile 3.0's to_s writes it. */
import { describe, expect, it } from 'vitest';
import { evalRuby } from './eval-helper.js';
import { Unknown } from '../../../src/chef/values.js';

describe('IniFile', () => {
  it('writes each section, its pairs as `k = v` and an empty line, in insertion order', async () => {
    const r = await evalRuby([
      "require 'inifile'",
      "IniFile.new(content: { 'global' => nil, 'server' => { 'http_port' => 3000, 'enabled' => true, 'list' => ['a'] }, 'a.b' => { 'x' => \"l1\\nl2\\tt\" } }).to_s.gsub(\"[global]\\n\", '')",
    ].join('\n'));
    expect(r.value).toBe('\n[server]\nhttp_port = 3000\nenabled = true\nlist = ["a"]\n\n[a.b]\nx = l1\\nl2\\tt\n');
  });
  it('merges a section given twice, reads sections back with [] and to_h', async () => {
    const r = await evalRuby([
      "require 'inifile'",
      "f = IniFile.new(content: { 's' => { 'a' => 1 } }, parameter: ':')",
      "f.merge!({ 's' => { 'b' => 2 }, 't' => {} })",
      "[f['s'], f.to_h.keys, f.to_s]",
    ].join('\n'));
    expect(r.text).toBe('[{"a"=>1, "b"=>2}, ["s", "t"], "[s]\\na : 1\\nb : 2\\n\\n[t]\\n"]');
  });
  it('is unknown where a value is, and where it would read a host file', async () => {
    const r = await evalRuby("require 'inifile'\n[IniFile.new(content: { 's' => { 'a' => node_x } }).to_s, IniFile.load('/etc/x.ini')]");
    const [a, b] = (r.value as { items: unknown[] }).items;
    expect(a).toBeInstanceOf(Unknown);
    expect((b as Unknown).reason).toMatch(/reads a file on the host/);
  });
});
