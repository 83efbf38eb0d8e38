/**
 * Chef's node attributes with their precedence levels (CHEF-SEMANTICS.md,
 * "Attributes"; Chef's lib/chef/node/attribute.rb). Each level keeps its
 * components separately, as Chef does, so the merged view can be rebuilt
 * after any write: a read always sees the values as they stand now.
 */
import { Unknown, type Data } from '../../model/data.js';
import { RArray, RFloat, RHash, RObject, RProc, RRange, RSymbol, type RubyValue } from '../values.js';
import { deepCopy, deepMerge, hashOnlyMerge } from './attribute-merge.js';
import type { AttributeStore, ExternalOrigin, Precedence } from './store.js';

type Component =
  | 'default'
  | 'env_default'
  | 'role_default'
  | 'policy_default'
  | 'force_default'
  | 'normal'
  | 'override'
  | 'role_override'
  | 'policy_override'
  | 'env_override'
  | 'force_override'
  | 'automatic';

/**
 * Components in merge order, grouped as Chef merges them: the default group
 * and the override group are deep-merged (arrays union) within themselves,
 * then the four groups are merged hashes-only. A Policyfile's attributes take
 * the role's place (Chef's policy builder writes them to role_default and
 * role_override), so they sit right after the role component.
 */
const GROUPS: readonly (readonly Component[])[] = [
  ['default', 'env_default', 'role_default', 'policy_default', 'force_default'],
  ['normal'],
  ['override', 'role_override', 'policy_override', 'env_override', 'force_override'],
  ['automatic'],
];

/** What `node.rm_<level>` clears: rm_default and rm_override clear every component of their group. */
const REMOVES: Readonly<Record<Precedence | 'all', readonly Component[]>> = {
  default: GROUPS[0]!,
  force_default: ['force_default'],
  normal: ['normal'],
  override: GROUPS[2]!,
  force_override: ['force_override'],
  automatic: ['automatic'],
  // Chef's `node.rm` clears default, normal and override, never what ohai reported.
  all: [...GROUPS[0]!, 'normal', ...GROUPS[2]!],
};

const EXTERNAL: Readonly<Record<'default' | 'override', Readonly<Record<ExternalOrigin, Component>>>> = {
  default: { role: 'role_default', environment: 'env_default', policyfile: 'policy_default' },
  override: { role: 'role_override', environment: 'env_override', policyfile: 'policy_override' },
};

export function createAttributeStore(): AttributeStore {
  const components = new Map<Component, RHash>();
  for (const group of GROUPS) for (const c of group) components.set(c, new RHash());

  const component = (c: Component): RHash => components.get(c)!;

  return {
    setExternal(level, origin, value) {
      components.set(EXTERNAL[level][origin], stringKeyed(value) as RHash);
    },
    setAutomatic(value) {
      components.set('automatic', stringKeyed(value) as RHash);
    },
    write(level, path, value) {
      if (path.length === 0) {
        // `node.default = {...}` is not Chef API; only a hash can stand at the root.
        if (value instanceof RHash) components.set(level, stringKeyed(value) as RHash);
        return;
      }
      const parent = vivify(component(level), path.slice(0, -1));
      parent.set(path[path.length - 1]!, stringKeyed(value));
    },
    levelValue(level, path, vivifyPath) {
      if (vivifyPath) return vivify(component(level), path);
      let cur: RubyValue | undefined = component(level);
      for (const key of path) {
        if (!(cur instanceof RHash)) return undefined;
        cur = cur.get(key);
      }
      return cur;
    },
    read(path) {
      return readMerged(
        GROUPS.map((g) => g.map((c) => component(c) as RubyValue | undefined)),
        path,
      );
    },
    remove(level, path) {
      for (const c of REMOVES[level]) {
        if (path.length === 0) {
          components.set(c, new RHash());
          continue;
        }
        let cur: RubyValue | undefined = component(c);
        for (const key of path.slice(0, -1)) cur = cur instanceof RHash ? cur.get(key) : undefined;
        if (cur instanceof RHash) cur.delete(path[path.length - 1]!);
      }
    },
    toData() {
      return toPlainData(this.read([]) ?? new RHash());
    },
  };
}

/**
 * The merged value at `path`, as `node['a']['b']` sees it: the merge at each
 * prefix decides whether there is a hash to descend into (a higher level's
 * string at `a` hides every level's `a.b`), so components that the merge
 * would replace at a prefix are dropped before descending.
 */
function readMerged(groups: (RubyValue | undefined)[][], path: readonly string[]): RubyValue | undefined {
  let current = groups;
  for (const key of path) {
    const hashes = survivingHashes(current);
    if (!hashes) return undefined;
    current = hashes.map((g) => g.map((v) => (v instanceof RHash ? v.get(key) : undefined)));
  }
  let merged: RubyValue | undefined;
  for (const group of current) {
    let groupValue: RubyValue | undefined;
    for (const v of group) groupValue = deepMerge(groupValue, v);
    merged = hashOnlyMerge(merged, groupValue);
  }
  return merged;
}

/**
 * The component values that still contribute when the merged value at this
 * prefix is a hash, or undefined when it is not one (absent, scalar, array).
 */
function survivingHashes(groups: (RubyValue | undefined)[][]): (RubyValue | undefined)[][] | undefined {
  const kinds = groups.map(groupKind);
  let last = -1;
  for (let i = kinds.length - 1; i >= 0; i--) {
    if (kinds[i] !== 'absent') {
      last = i;
      break;
    }
  }
  if (last < 0 || kinds[last] !== 'hash') return undefined;
  const lastOther = kinds.lastIndexOf('other');
  return groups.map((g, i) => (i < lastOther ? [] : afterLastNonHash(g)));
}

function groupKind(group: (RubyValue | undefined)[]): 'absent' | 'hash' | 'other' {
  for (let i = group.length - 1; i >= 0; i--) {
    const v = group[i];
    if (v === undefined) continue;
    return v instanceof RHash ? 'hash' : 'other';
  }
  return 'absent';
}

function afterLastNonHash(group: (RubyValue | undefined)[]): (RubyValue | undefined)[] {
  let cut = -1;
  group.forEach((v, i) => {
    if (v !== undefined && !(v instanceof RHash)) cut = i;
  });
  return group.slice(cut + 1);
}

/** Hashes along `path`, created where missing (Chef's VividMash); a non-hash on the way is replaced. */
function vivify(root: RHash, path: readonly string[]): RHash {
  let cur = root;
  for (const key of path) {
    let next = cur.get(key);
    if (!(next instanceof RHash)) {
      next = new RHash();
      cur.set(key, next);
    }
    cur = next;
  }
  return cur;
}

/** A copy with symbol keys turned to strings, as Chef's VividMash converts keys on write. */
function stringKeyed(value: RubyValue): RubyValue {
  if (value instanceof RHash) {
    const out = new RHash();
    for (const [k, v] of value.entries()) out.set(k instanceof RSymbol ? k.name : k, stringKeyed(v));
    return out;
  }
  if (value instanceof RArray) return new RArray(value.items.map(stringKeyed));
  return deepCopy(value);
}

/** Ruby values as plain Data: symbols as strings, what JSON cannot hold as Unknown. */
function toPlainData(value: RubyValue): Data {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') {
    return value;
  }
  if (value instanceof Unknown) return value;
  if (value instanceof RSymbol) return value.name;
  if (value instanceof RFloat) return value.value;
  if (value instanceof RArray) return value.items.map(toPlainData);
  if (value instanceof RHash) {
    const out: { [key: string]: Data } = {};
    for (const [k, v] of value.entries()) out[keyString(k)] = toPlainData(v);
    return out;
  }
  if (value instanceof RRange) {
    return `${String(toPlainData(value.begin))}${value.exclusive ? '...' : '..'}${String(toPlainData(value.end))}`;
  }
  if (value instanceof RProc) return new Unknown('a block or lambda stored in a node attribute');
  if (value instanceof RObject) return new Unknown(`a ${value.className} object stored in a node attribute`);
  return new Unknown('a value decant cannot represent as data');
}

function keyString(key: RubyValue): string {
  if (typeof key === 'string') return key;
  if (key instanceof RSymbol) return key.name;
  if (key === null) return '';
  const d = toPlainData(key);
  return typeof d === 'object' && d !== null ? JSON.stringify(d) : String(d);
}
