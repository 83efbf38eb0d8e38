import { beforeAll, describe, expect, it } from 'vitest';
import { Unknown } from '../../src/model/data.js';
import { readLiteralFile } from '../../src/ruby/literal.js';
import { initParsers } from '../../src/ruby/parser.js';

beforeAll(async () => {
  await initParsers();
});

const read = (text: string, ignore: string[] = []) =>
  readLiteralFile(text, { file: 'x.rb', cookbook: 'cb' }, { code: 'DEC0203', ignore: new Set(ignore) });
const firstArg = (text: string) => read(`v ${text}`).calls[0]!.args[0];

describe('literal reader: values', () => {
  const rows: [string, unknown][] = [
    [`'single \\'quoted\\' \\n'`, "single 'quoted' \\n"],
    [`"double\\t\\"q\\" \\u00e9"`, 'double\t"q" é'],
    [`"v#{1}.#{'2'}#{nil}#{:x}"`, 'v1.2x'],
    [`:sym`, 'sym'],
    [`:"quoted sym"`, 'quoted sym'],
    [`42`, 42],
    [`-7`, -7],
    [`1_000`, 1000],
    [`0x1F`, 31],
    [`0755`, 493],
    [`2.5`, 2.5],
    [`true`, true],
    [`false`, false],
    [`nil`, null],
    [`[1, 'a', :b, [nil]]`, [1, 'a', 'b', [null]]],
    [`%w(a b c)`, ['a', 'b', 'c']],
    [`%w[x]`, ['x']],
    [`%i[a b]`, ['a', 'b']],
    [`{ 'a' => 1, :b => 2, c: 3, 'd': 4, "e" => { f: [] } }`, { a: 1, b: 2, c: 3, d: 4, e: { f: [] } }],
    [`'a' 'b'`, 'ab'],
    [`(3)`, 3],
  ];
  for (const [text, expected] of rows) it(text, () => expect(firstArg(text)).toEqual(expected));
});

describe('literal reader: calls and what it skips', () => {
  it('collects positional arguments and a trailing brace-less hash', () => {
    const f = read(`cookbook 'x', '~> 1.0', path: '../x', 'y' => 2`);
    expect(f.calls[0]).toMatchObject({ method: 'cookbook', args: ['x', '~> 1.0'], options: { path: '../x', y: 2 } });
    expect(f.diagnostics).toEqual([]);
  });

  it('runs `%w(...).each { |os| supports os }` and do-blocks over literal arrays', () => {
    const f = read(`%w(debian ubuntu).each { |os| supports os }\n['centos'].each do |p|\n  supports p, '>= 7'\nend\n`);
    expect(f.calls.map((c) => c.args)).toEqual([['debian'], ['ubuntu'], ['centos', '>= 7']]);
  });

  it('binds literal locals and interpolates them', () => {
    const f = read(`v = '1.2'\nversion "#{v}.3"\n`);
    expect(f.calls[0]!.args).toEqual(['1.2.3']);
  });

  it('reads `x if respond_to?(:x)` and drops `x unless respond_to?(:x)`', () => {
    const f = read(`chef_version '>= 15' if respond_to?(:chef_version)\nissues_url 'u' unless respond_to?(:issues_url)\n`);
    expect(f.calls.map((c) => c.method)).toEqual(['chef_version']);
    expect(f.diagnostics).toEqual([]);
  });

  it('collects attribute assignments with their paths', () => {
    const f = read(`default['a'][:b] = %w(x)\noverride["c"] = { d: 1 }\n`);
    expect(f.assignments.map((a) => [a.receiver, a.path, a.value])).toEqual([
      ['default', ['a', 'b'], ['x']],
      ['override', ['c'], { d: 1 }],
    ]);
  });

  it('turns a non-literal into an Unknown with reason and location, reports it, and reads on', () => {
    const f = read(`version IO.read('VERSION').strip\nname 'after'\n`);
    const v = f.calls[0]!.args[0];
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).at).toMatchObject({ file: 'x.rb', line: 1, column: 9, cookbook: 'cb' });
    expect(f.diagnostics).toHaveLength(1);
    expect(f.diagnostics[0]).toMatchObject({ code: 'DEC0203', severity: 'warning', location: { line: 1, column: 9 } });
    expect(f.calls[1]).toMatchObject({ method: 'name', args: ['after'] });
  });

  it('does not read or report ignored calls', () => {
    const f = read(`long_description IO.read(File.join(File.dirname(__FILE__), 'README.md'))\n`, ['long_description']);
    expect(f.calls).toEqual([]);
    expect(f.diagnostics).toEqual([]);
  });

  it('skips statements outside the subset with a diagnostic each', () => {
    const f = read(`require 'json'\nif ENV['X']\n  name 'a'\nend\ndef helper; end\nFoo.bar(1)\nname 'kept'\n`);
    expect(f.calls.map((c) => [c.method, c.args])).toEqual([
      ['require', ['json']],
      ['name', ['kept']],
    ]);
    expect(f.diagnostics.map((d) => d.location?.line)).toEqual([2, 5, 6]);
  });

  it('reports syntax errors and still reads the rest', () => {
    const f = read(`name 'a'\ndepends 'b',\n)))\nversion '1.0'\n`);
    expect(f.diagnostics.some((d) => d.code === 'DEC0101')).toBe(true);
    expect(f.calls.find((c) => c.method === 'name')?.args).toEqual(['a']);
  });

  it('keeps going on a heredoc and a splat', () => {
    expect(firstArg(`<<~EOS\n  text\nEOS\n`)).toBeInstanceOf(Unknown);
    const arr = firstArg(`[1, *x]`) as unknown[];
    expect(arr[0]).toBe(1);
    expect(arr[1]).toBeInstanceOf(Unknown);
  });
});
