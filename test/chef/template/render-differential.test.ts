/**
 * Rendering differential: every corpus template rendered by decant
 * (`renderTemplateText`, the evaluator running erubisSource's Ruby) and by
 * ruby-erubis the way Chef does it (`Erubis::Eruby#evaluate` on a Context
 * whose instance variables are the variables), compared byte for byte.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RArray, RFloat, RHash, sym, type RubyValue } from '../../../src/chef/values.js';
import { initParsers } from '../../../src/ruby/parser.js';
import { renderTemplateText } from '../../../src/chef/render-template.js';
import { oracleRenders } from './ruby-oracle.js';
import { rubyLiteral } from './ruby-literal.js';


/** The variables every corpus template is written against; each value is chosen for a to_s rule. */
function variablePairs(): [string, RubyValue][] {
  return [
    ['name', `web 'one' & <b> "q" \\ #{x}`],
    ['port', 8080],
    ['neg', -5],
    ['bigint', 12345678901234],
    ['enabled', true],
    ['debug', false],
    ['missing', null],
    ['level', sym('info')],
    ['ratio', new RFloat(1)],
    ['big', new RFloat(1e20)],
    ['tiny', new RFloat(1e-5)],
    ['pi', new RFloat(3.14159)],
    ['floats', new RArray([1e15, 1e16, 123456789.123, 0.1 + 0.2, 1e-4, 1e-5, -0, 100, 2.5e-300].map((f) => new RFloat(f)))],
    ['hosts', new RArray(['a.example', 'b.example'])],
    ['empty_list', new RArray([])],
    ['settings', RHash.from([['worker_processes', 4], ['keepalive', 'on']])],
    ['opts', RHash.from([[sym('user'), 'www-data'], [sym('group'), 'www']])],
    [
      'servers',
      new RArray([
        RHash.from([['name', 's1'], ['port', 80]]),
        RHash.from([['name', 's2'], ['port', 81]]),
      ]),
    ],
    [
      'nested',
      RHash.from([
        ['a', new RArray([1, new RFloat(2.5), null, true])],
        ['b', RHash.from([['c', sym('d')]])],
      ]),
    ],
  ];
}

/** What templates read through `node`; a plain hash with string keys, read the same in both. */
const NODE = RHash.from([
  ['platform', 'debian'],
  ['platform_version', '12'],
  [
    'nginx',
    RHash.from([
      ['workers', 4],
      ['sites', new RArray(['default', 'api'])],
      ['gzip', true],
    ]),
  ],
]);

/** Chef's `variables(port: 80)` gives symbol keys; a hash with string keys is allowed too, and Erubis::Context takes both. */
const VARIABLE_SETS = {
  'symbol keys': RHash.from(variablePairs().map(([k, v]) => [sym(k), v])),
  'string keys': RHash.from(variablePairs().map(([k, v]) => [k, v])),
} as const;

/** Templates Ruby itself cannot render, each with the reason; the test checks Ruby really fails on them. */
const RUBY_FAILS: Readonly<Record<string, string>> = {
  '47-tag-in-string.erb': 'Erubis ends the tag at the "%>" inside the string literal: a Ruby syntax error in Chef too',
};

/**
 * Differences found by this test in decant's evaluator (not in erubisSource,
 * whose output is identical to Erubis's). Each runs as `it.fails`: it keeps
 * passing while decant is wrong and turns red once fixed, so the entry is
 * removed then rather than forgotten.
 */
const KNOWN_GAPS: Readonly<Record<string, string>> = {};

const dir = join(import.meta.dirname, 'corpus');
const names = readdirSync(dir)
  .filter((n) => n.endsWith('.erb'))
  .sort();
const paths = names.map((n) => join(dir, n));

/** The part of render-template.ts's RenderResult this test reads. */
interface Rendered {
  readonly text: string;
  readonly complete: boolean;
  readonly diagnostics: readonly { readonly severity: string; readonly message: string }[];
}

describe.each(Object.entries(VARIABLE_SETS))('rendering with %s: decant vs ruby-erubis', (_label, variables) => {
  const withNode = RHash.from([...variables.entries(), [sym('node'), NODE]]);
  const expected = oracleRenders(paths, rubyLiteral(withNode)).map((b) => b.toString('utf8'));

  it('the oracle fails exactly on the templates listed as failing in Ruby', () => {
    const failing = names.filter((_, i) => expected[i]!.startsWith('ERROR '));
    expect(failing).toEqual(Object.keys(RUBY_FAILS).sort());
  });

  describe('decant renders byte-identically', () => {
    beforeAll(async () => {
      await initParsers();
    });

    const renders = names.filter((n) => !(n in RUBY_FAILS));
    const check = (name: string): void => {
      const i = names.indexOf(name);
      const text = readFileSync(paths[i]!, 'utf8');
      const ours: Rendered = renderTemplateText(text, { file: `templates/default/${name}` }, variables, { node: NODE });
      expect(ours.text).toBe(expected[i]);
      // Every variable is known, so nothing may render as an unknown marker.
      expect(ours.complete).toBe(true);
      expect(ours.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    };
    it.each(renders.filter((n) => !(n in KNOWN_GAPS)))('%s', check);
    it.fails.each(renders.filter((n) => n in KNOWN_GAPS))('%s (known gap, see KNOWN_GAPS)', check);
  });
});
