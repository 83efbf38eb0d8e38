import { describe, expect, it } from 'vitest';
import { createAttributeStore } from '../../../src/chef/attributes/precedence-store.js';
import type { AttributeStore, Precedence } from '../../../src/chef/attributes/store.js';
import { RArray, RHash, RSymbol, sym, type RubyValue } from '../../../src/chef/values.js';
import { Unknown, type Data } from '../../../src/model/data.js';

type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };
const rb = (v: Plain): RubyValue => {
  if (Array.isArray(v)) return new RArray(v.map(rb));
  if (v !== null && typeof v === 'object') return RHash.from(Object.entries(v).map(([k, x]) => [k, rb(x)] as [RubyValue, RubyValue]));
  return v;
};
const plain = (v: RubyValue | undefined): unknown => {
  if (v instanceof RArray) return v.items.map(plain);
  if (v instanceof RHash) return Object.fromEntries(v.entries().map(([k, x]) => [k instanceof RSymbol ? `:${k.name}` : String(k), plain(x)]));
  if (v instanceof RSymbol) return `:${v.name}`;
  return v;
};

/** One write per source; `cookbook.*` are node writes, the rest external components. */
type Source =
  | Precedence
  | 'role_default'
  | 'env_default'
  | 'role_override'
  | 'env_override'
  | 'policy_default'
  | 'policy_override';

function storeWith(writes: [Source, Plain][]): AttributeStore {
  const s = createAttributeStore();
  for (const [source, value] of writes) {
    const [origin, level] = source.split('_') as [string, string];
    if (origin === 'role' || origin === 'env' || origin === 'policy') {
      const o = origin === 'env' ? 'environment' : origin === 'policy' ? 'policyfile' : 'role';
      s.setExternal(level as 'default' | 'override', o, rb({ x: value }) as RHash);
    } else if (source === 'automatic') {
      s.setAutomatic(rb({ x: value }) as RHash);
    } else {
      s.write(source as Precedence, ['x'], rb(value));
    }
  }
  return s;
}

describe('attribute precedence (docs.chef.io "Attribute Precedence": the 15 levels, lowest to highest)', () => {
  // Each row: the sources that set node['x'], and the value that wins.
  const rows: [string, [Source, Plain][], Plain][] = [
    ['a role default beats a cookbook default', [['role_default', 'role'], ['default', 'cookbook']], 'role'],
    ['an environment default beats a cookbook default', [['env_default', 'env'], ['default', 'cookbook']], 'env'],
    ['a role default beats an environment default', [['env_default', 'env'], ['role_default', 'role']], 'role'],
    ['force_default beats a role default', [['role_default', 'role'], ['force_default', 'force']], 'force'],
    ['normal beats force_default', [['force_default', 'force'], ['normal', 'normal']], 'normal'],
    ['a cookbook override beats normal', [['normal', 'normal'], ['override', 'override']], 'override'],
    ['a role override beats a cookbook override', [['override', 'cookbook'], ['role_override', 'role']], 'role'],
    ['an environment override beats a role override (the reversal)', [['role_override', 'role'], ['env_override', 'env']], 'env'],
    ['force_override beats an environment override', [['env_override', 'env'], ['force_override', 'force']], 'force'],
    ['automatic (ohai) beats everything', [['force_override', 'force'], ['automatic', 'ohai']], 'ohai'],
    ['at one level and source the later write wins', [['default', 'first'], ['default', 'second']], 'second'],
    ['an explicit nil at a higher level replaces', [['default', 'value'], ['override', null]], null],
    ['a Policyfile default takes the role default place', [['env_default', 'env'], ['policy_default', 'policy']], 'policy'],
    ['a Policyfile override stays below the environment override', [['policy_override', 'policy'], ['env_override', 'env']], 'env'],
  ];
  for (const [name, writes, expected] of rows) {
    it(name, () => {
      expect(plain(storeWith(writes).read(['x']))).toEqual(expected);
    });
  }
});

describe('attribute arrays (docs.chef.io "Attribute Arrays" and lib/chef/node/attribute.rb)', () => {
  const rows: [string, [Source, Plain][], Plain][] = [
    [
      'cookbook default and role default arrays merge as a union in order',
      [['default', ['1', '2', '3']], ['role_default', ['4', '5', '6']]],
      ['1', '2', '3', '4', '5', '6'],
    ],
    ['the union drops repeated elements', [['default', ['a', 'b']], ['role_default', ['b', 'c']]], ['a', 'b', 'c']],
    ['default components: environment array then role array', [['env_default', ['e']], ['role_default', ['r']], ['default', ['c']]], ['c', 'e', 'r']],
    ['force_default joins the default union', [['default', [1]], ['force_default', [2]]], [1, 2]],
    ['an override array replaces a default array (levels merge hashes only)', [['default', ['1', '2', '3']], ['role_override', ['4', '5']]], ['4', '5']],
    ['a normal array replaces a default array', [['default', ['a']], ['normal', ['b']]], ['b']],
    ['override components union among themselves', [['override', ['o']], ['role_override', ['r']], ['env_override', ['e']]], ['o', 'r', 'e']],
    ['an array of one component keeps its own duplicates', [['default', ['a', 'a']]], ['a', 'a']],
    ['a scalar at a higher default component replaces an array', [['default', ['a']], ['role_default', 'scalar']], 'scalar'],
    ['hashes inside default arrays compare by value in the union', [['default', [{ k: 1 }]], ['role_default', [{ k: 1 }, { k: 2 }]]], [{ k: 1 }, { k: 2 }]],
  ];
  for (const [name, writes, expected] of rows) {
    it(name, () => {
      expect(plain(storeWith(writes).read(['x']))).toEqual(expected);
    });
  }
});

describe('deep merge of hashes', () => {
  it('merges the apache example of "Attribute Arrays": role override over cookbook defaults, key by key', () => {
    const s = createAttributeStore();
    s.write('default', ['apache'], rb({ listen_ports: [80], prefork: { startservers: 20, minspareservers: 20, maxspareservers: 40 } }));
    s.setExternal('override', 'role', rb({ apache: { prefork: { startservers: 30 } } }) as RHash);
    expect(plain(s.read(['apache']))).toEqual({
      listen_ports: [80],
      prefork: { startservers: 30, minspareservers: 20, maxspareservers: 40 },
    });
  });

  it('a higher level string hides lower hashes under it, for whole and path reads', () => {
    const s = createAttributeStore();
    s.write('default', ['a', 'b'], 1);
    s.write('override', ['a'], 'flat');
    expect(plain(s.read(['a']))).toBe('flat');
    expect(s.read(['a', 'b'])).toBeUndefined();
  });

  it('a hash written above a lower scalar hides the scalar', () => {
    const s = createAttributeStore();
    s.write('default', ['a'], 'flat');
    s.write('normal', ['a', 'b'], 2);
    expect(plain(s.read(['a']))).toEqual({ b: 2 });
    expect(s.read(['a', 'b'])).toBe(2);
  });

  it('within defaults a later component scalar cuts off earlier hashes, later hashes still merge', () => {
    const s = createAttributeStore();
    s.write('default', ['a', 'c'], 1);
    s.setExternal('default', 'environment', rb({ a: 'x' }) as RHash);
    s.setExternal('default', 'role', rb({ a: { b: 2 } }) as RHash);
    expect(plain(s.read(['a']))).toEqual({ b: 2 });
    expect(s.read(['a', 'c'])).toBeUndefined();
    expect(s.read(['a', 'b'])).toBe(2);
  });

  it('reads a missing path as undefined and the root as the whole merge, keys in merge order', () => {
    const s = createAttributeStore();
    s.setAutomatic(rb({ platform: 'debian' }) as RHash);
    s.write('default', ['app', 'port'], 80);
    s.write('override', ['app', 'user'], 'www');
    expect(s.read(['nope', 'deeper'])).toBeUndefined();
    expect(plain(s.read([]))).toEqual({ app: { port: 80, user: 'www' }, platform: 'debian' });
    expect(Object.keys(s.toData() as object)).toEqual(['app', 'platform']);
  });
});

describe('keys, copies and live values', () => {
  it('turns symbol keys into strings on write, deeply (node[:a] and node["a"] are the same)', () => {
    const s = createAttributeStore();
    s.write('default', ['a'], RHash.from([[sym('b'), RHash.from([[sym('c'), 1]])]]));
    expect(s.read(['a', 'b', 'c'])).toBe(1);
    expect(plain(s.read(['a']))).toEqual({ b: { c: 1 } });
  });

  it('keeps symbol values as symbols (only keys convert)', () => {
    const s = createAttributeStore();
    s.write('default', ['action'], sym('start'));
    expect(s.read(['action'])).toBe(sym('start'));
    expect(s.toData()).toEqual({ action: 'start' });
  });

  it('read() returns a copy: mutating it changes nothing', () => {
    const s = createAttributeStore();
    s.write('default', ['list'], rb(['a']));
    const copy = s.read(['list']) as RArray;
    copy.items.push('b');
    expect(plain(s.read(['list']))).toEqual(['a']);
  });

  it('write() copies its value: the caller mutating its own hash later changes nothing', () => {
    const s = createAttributeStore();
    const h = rb({ k: 1 }) as RHash;
    s.write('default', ['h'], h);
    h.set('k', 2);
    expect(s.read(['h', 'k'])).toBe(1);
  });

  it('levelValue() is live: node.default["list"] << "x" appends at that level', () => {
    const s = createAttributeStore();
    s.write('default', ['list'], rb(['a']));
    (s.levelValue('default', ['list'], false) as RArray).items.push('b');
    expect(plain(s.read(['list']))).toEqual(['a', 'b']);
  });

  it('levelValue() with vivify creates the hashes (VividMash), without vivify it does not', () => {
    const s = createAttributeStore();
    expect(s.levelValue('override', ['a', 'b'], false)).toBeUndefined();
    expect(s.read(['a'])).toBeUndefined();
    const h = s.levelValue('override', ['a', 'b'], true) as RHash;
    h.set('c', 3);
    expect(s.read(['a', 'b', 'c'])).toBe(3);
  });

  it('levelValue() looks at one level only', () => {
    const s = createAttributeStore();
    s.write('override', ['a'], 1);
    expect(s.levelValue('default', ['a'], false)).toBeUndefined();
    expect(s.levelValue('override', ['a'], false)).toBe(1);
  });
});

describe('remove (node.rm, rm_default, rm_normal, rm_override)', () => {
  it('rm_default clears the key in every default component, leaving override', () => {
    const s = createAttributeStore();
    s.write('default', ['a'], 1);
    s.setExternal('default', 'role', rb({ a: 2 }) as RHash);
    s.write('force_default', ['a'], 3);
    s.write('override', ['a'], 4);
    s.remove('default', ['a']);
    expect(s.read(['a'])).toBe(4);
    s.remove('override', ['a']);
    expect(s.read(['a'])).toBeUndefined();
  });

  it('node.rm clears default, normal and override but not automatic', () => {
    const s = createAttributeStore();
    s.write('default', ['a', 'b'], 1);
    s.write('normal', ['a', 'b'], 2);
    s.setAutomatic(rb({ a: { b: 'ohai' } }) as RHash);
    s.remove('all', ['a', 'b']);
    expect(s.read(['a', 'b'])).toBe('ohai');
  });
});

describe('toData', () => {
  it('gives plain JSON with Unknown kept where the value was not known', () => {
    const s = createAttributeStore();
    const u = new Unknown('shell_out output');
    s.write('default', ['v'], u);
    s.write('default', ['n'], 3);
    const d = s.toData() as { [k: string]: Data };
    expect(d['n']).toBe(3);
    expect(d['v']).toBe(u);
  });
});
