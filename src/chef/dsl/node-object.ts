/**
 * `node` as recipes and attribute files see it: merged reads through
 * `node[...]` (immutable copies, string and symbol keys alike), writes through
 * `node.default[...]`, `node.override[...]`... into the precedence store, and
 * the node's own facts (run list, environment, platform helpers).
 */
import type { AttributeStore, Precedence } from '../attributes/store.js';
import { RArray, RHash, RObject, RSymbol, Unknown, type RubyValue } from '../values.js';
import { ModuleDef, NOT_FOUND, behaviourOf, type Behaviour, type Call, type Found, type Native } from '../interpreter/runtime.js';
import { markArrayItems, markMash, resolveDeferred } from '../interpreter/builtins/mash.js';
import { str } from '../interpreter/builtins/helpers.js';
import { inspect } from '../interpreter/ruby-text.js';
import type { PlatformFacts } from '../../model/converge.js';
import { platformHelpers } from './platform-helpers.js';
import { sameValue } from '../interpreter/unknown-branches.js';
import { MAX_COLLECTION_SIZE } from '../interpreter/builtins/size-budget.js';
import { MAX_DATA_DEPTH } from '../to-data.js';
import { answerAttribute } from './attribute-answers.js';
import type { ValueAnswers } from './value-answers.js';
import { HASH_METHOD_NAMES } from '../attributes/hash-method-names.js';

export interface NodeFacts {
  readonly facts: PlatformFacts;
  readonly runList: () => string[];
  readonly recipes: () => string[];
  readonly roles: () => string[];
  readonly environment: string;
  readonly name: string;
  readonly runState: RHash;
  /** Chef::Node#run_context: the run the node is converging in (the recipe's own run_context). */
  readonly runContext?: () => RubyValue;
}

function key(v: RubyValue): string | Unknown {
  if (v instanceof Unknown) return v;
  return v instanceof RSymbol ? v.name : str(v);
}

/** A read of the merged view, as an immutable Mash (so `:a` and `'a'` both work on it). */
export function readAttribute(store: AttributeStore, path: string[]): RubyValue {
  const v = resolveDeferred(store.read(path));
  if (v === undefined) return null;
  if (v instanceof RHash) markMash(v, true);
  if (v instanceof RArray) markArrayItems(v, true);
  return v;
}

export class NodeObject implements Behaviour {
  readonly kind = 'Chef::Node';
  readonly singleton = new ModuleDef('#<Chef::Node>', true, undefined);
  readonly value: RObject;
  readonly displayName = 'node[decant]';
  constructor(
    readonly store: AttributeStore,
    /** plan.yaml's answers: an attribute written with a value decant cannot know takes the answer to its path. */
    readonly answers: ValueAnswers | undefined,
    readonly info: NodeFacts,
  ) {
    this.value = new RObject('Chef::Node', this);
  }
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(name: string): Native | undefined {
    return NODE_NATIVES[name] ?? platformHelpers(name, this.info.facts);
  }
  missing(c: Call): Found {
    // Old method-style reads: `node.nginx.dir`, `node.platform`.
    if (c.args.length === 0 && !c.block && /^[a-z_]\w*$/.test(c.name)) {
      const v = this.store.read([c.name]);
      if (v !== undefined) return readAttribute(this.store, [c.name]);
    }
    return NOT_FOUND;
  }
  writer(level: Precedence, unless = false): RObject {
    return new AttrWriter(this, level, [], unless).value;
  }
}

function nodeOf(c: Call): NodeObject {
  return behaviourOf(c.self) as NodeObject;
}

const levelWriter = (level: Precedence, unless = false): Native => (c) => nodeOf(c).writer(level, unless);

function pathArgs(c: Call): string[] | Unknown {
  const out: string[] = [];
  for (const a of c.args) {
    const k = key(a);
    if (k instanceof Unknown) return k;
    out.push(k);
  }
  return out;
}

const NODE_NATIVES: Record<string, Native> = {
  '[]': (c) => {
    const k = key(c.args[0] ?? null);
    if (k instanceof Unknown) return k;
    return readAttribute(nodeOf(c).store, [k]);
  },
  'attribute?': (c) => { const k = key(c.args[0] ?? null); return k instanceof Unknown ? k : nodeOf(c).store.read([k]) !== undefined; },
  'key?': (c) => { const k = key(c.args[0] ?? null); return k instanceof Unknown ? k : nodeOf(c).store.read([k]) !== undefined; },
  'has_key?': (c) => { const k = key(c.args[0] ?? null); return k instanceof Unknown ? k : nodeOf(c).store.read([k]) !== undefined; },
  'include?': (c) => { const k = key(c.args[0] ?? null); return k instanceof Unknown ? k : nodeOf(c).store.read([k]) !== undefined; },
  dig: (c) => { const p = pathArgs(c); return p instanceof Unknown ? p : readAttribute(nodeOf(c).store, p); },
  read: (c) => { const p = pathArgs(c); return p instanceof Unknown ? p : readAttribute(nodeOf(c).store, p); },
  'exist?': (c) => { const p = pathArgs(c); return p instanceof Unknown ? p : nodeOf(c).store.read(p) !== undefined; },
  fetch: (c) => { const k = key(c.args[0] ?? null); if (k instanceof Unknown) return k; const v = nodeOf(c).store.read([k]); return v === undefined ? c.args[1] ?? null : readAttribute(nodeOf(c).store, [k]); },
  default: levelWriter('default'), override: levelWriter('override'), normal: levelWriter('normal'), set: levelWriter('normal'),
  force_default: levelWriter('force_default'), force_override: levelWriter('force_override'), automatic: levelWriter('automatic'),
  default_unless: levelWriter('default', true), override_unless: levelWriter('override', true),
  normal_unless: levelWriter('normal', true), set_unless: levelWriter('normal', true),
  automatic_attrs: levelWriter('automatic'),
  to_hash: (c) => readAll(c), to_h: (c) => readAll(c), merged_attributes: (c) => readAll(c),
  // Chef's node.attributes (alias attribute) is the Node::Attribute the node delegates [] and the level writers to:
  // the node answers the same reads and writes.
  attributes: (c) => c.self, attribute: (c) => c.self,
  each: (c) => c.interp.send(readAll(c), 'each', c.args, c.block, c.node),
  keys: (c) => c.interp.send(readAll(c), 'keys', [], null, c.node),
  run_list: (c) => new RArray(nodeOf(c).info.runList()),
  recipes: (c) => new RArray(nodeOf(c).info.recipes()),
  roles: (c) => new RArray(nodeOf(c).info.roles()),
  'recipe?': (c) => { const r = str(c.args[0] ?? ''); const full = r.includes('::') ? r : `${r}::default`; return nodeOf(c).info.recipes().includes(full); },
  'role?': (c) => nodeOf(c).info.roles().includes(str(c.args[0] ?? '')),
  name: (c) => nodeOf(c).info.name,
  node_name: (c) => nodeOf(c).info.name,
  chef_environment: (c) => nodeOf(c).info.environment,
  environment: (c) => nodeOf(c).info.environment,
  run_state: (c) => nodeOf(c).info.runState,
  run_context: (c) => nodeOf(c).info.runContext?.() ?? null,
  tags: () => new RArray([]),
  tag: () => null,
  'tagged?': () => false,
  rm: (c) => { const p = pathArgs(c); if (!(p instanceof Unknown)) nodeOf(c).store.remove('all', p); return null; },
  rm_default: (c) => { const p = pathArgs(c); if (!(p instanceof Unknown)) nodeOf(c).store.remove('default', p); return null; },
  rm_normal: (c) => { const p = pathArgs(c); if (!(p instanceof Unknown)) nodeOf(c).store.remove('normal', p); return null; },
  rm_override: (c) => { const p = pathArgs(c); if (!(p instanceof Unknown)) nodeOf(c).store.remove('override', p); return null; },
  save: () => null,
  to_s: (c) => `node[${nodeOf(c).info.name}]`,
  inspect: (c) => `node[${nodeOf(c).info.name}]`,
  'respond_to?': (c) => { const n = str(c.args[0] ?? ''); return !!NODE_NATIVES[n] || nodeOf(c).store.read([n]) !== undefined; },
};

function readAll(c: Call): RubyValue {
  const d = nodeOf(c).store.read([]);
  if (d instanceof RHash) markMash(d, true);
  return d ?? new RHash();
}

/**
 * `node.default['a']['b']`: a path at one precedence level. Indexing extends
 * the path; `[]=` writes; anything else works on the live value stored there
 * (`<<`, `merge!`, `push`), as Chef's VividMash does.
 */
export class AttrWriter implements Behaviour {
  readonly kind = 'Chef::Node::VividMash';
  readonly singleton = new ModuleDef('#<VividMash>', true, undefined);
  readonly value: RObject;
  constructor(
    readonly node: NodeObject,
    readonly level: Precedence,
    readonly path: string[],
    readonly unless: boolean,
  ) {
    this.value = new RObject('Chef::Node::VividMash', this);
  }
  get displayName(): string {
    return inspect(this.live() ?? null);
  }
  modules(): readonly ModuleDef[] {
    return [];
  }
  live(vivify = false): RubyValue | undefined {
    return this.node.store.levelValue(this.level, this.path, vivify);
  }
  /** Nothing stored here yet: `||=` treats it as nil. */
  vacant(): boolean {
    return this.live() === undefined;
  }
  resolve(): RubyValue {
    return this.live() ?? null;
  }
  child(k: string): RubyValue {
    const path = [...this.path, k];
    const v = this.node.store.levelValue(this.level, path, false);
    if (v === undefined || v instanceof RHash) return new AttrWriter(this.node, this.level, path, this.unless).value;
    return v;
  }
  write(k: string, v: RubyValue, c: Call): void {
    const conditions = c.interp.unknownConditions;
    const path = [...this.path, k];
    const before = this.node.store.levelValue(this.level, path, false);
    if (this.unless && before !== undefined) return;
    const value = boundedValue(resolveWriters(v), c);
    // Under a condition decant cannot decide the write may or may not happen: unless it changes
    // nothing, the attribute's value is no longer known (rather than the last branch's write winning).
    const cond = conditions[conditions.length - 1];
    if (cond && !(before !== undefined && sameValue(before, value))) {
      this.node.store.write(this.level, path, answerAttribute(this.node.answers, path, new Unknown(cond.reason, cond.at)));
      return;
    }
    this.node.store.write(this.level, path, answerAttribute(this.node.answers, path, value));
  }
  native(name: string): Native | undefined {
    return WRITER_NATIVES[name];
  }
  /**
   * `default.app.users ["a"]`: Chef 10's Attribute#method_missing set a key called with arguments; Chef 11's
   * VividMash raises NoMethodError ("To set an attribute, use `users=value' instead"). A cookbook written
   * this way was written for Chef 10, so the write is applied as Chef 10 did, and said.
   */
  private chef10Set(c: Call): RubyValue {
    const value = c.args.length === 1 ? c.args[0]! : new RArray([...c.args]);
    c.interp.report('DEC0323', 'warning', `${c.name} ${inspect(value)}: Chef 10's attribute setter without '=' is applied as Chef 10 does; Chef 11 and later raise NoMethodError here (write ${c.name} = value)`, c.node.loc);
    this.write(c.name, value, c);
    return value;
  }
  missing(c: Call): Found {
    if (c.name.endsWith('=') && c.args.length === 1 && /^[a-z_]\w*=$/.test(c.name) && !HASH_METHOD_NAMES.has(c.name)) {
      this.write(c.name.slice(0, -1), c.args[0]!, c);
      return c.args[0]!;
    }
    // Old method-style path (`default.app.port = 1`, `node.default.app.dir`): VividMash's method_missing
    // reads (and vivifies) the key, but only for a name the hash does not answer itself.
    let live = this.live();
    if (isMethodStyleKey(c) && (live === undefined || live instanceof RHash)) return this.child(c.name);
    if (isChef10Setter(c) && (live === undefined || live instanceof RHash)) return this.chef10Set(c);
    if (live === undefined && MUTATORS.has(c.name)) {
      // `node.default['list'] << 'x'` on a missing key: Chef's VividMash would have made a Hash; a list is what was meant.
      this.node.store.write(this.level, this.path, c.name === 'merge!' || c.name === 'update' || c.name === 'store' ? new RHash() : new RArray([]));
      live = this.live();
    }
    if (live !== undefined) return c.interp.send(live, c.name, c.args.map(resolveWriters), c.block, c.node);
    return c.interp.send(null, c.name, c.args, c.block, c.node);
  }
}

/** `x.name` with no arguments, where name is a key (not a method of Hash or Mash): Chef 11/12's method-style access. */
export function isMethodStyleKey(c: Call): boolean {
  return c.args.length === 0 && !c.block && /^[a-z_]\w*$/.test(c.name) && !HASH_METHOD_NAMES.has(c.name);
}

/** `x.name value` with arguments and no block, where name is a key: Chef 10's setter form. */
function isChef10Setter(c: Call): boolean {
  return c.args.length > 0 && !c.block && /^[a-z_]\w*$/.test(c.name) && !HASH_METHOD_NAMES.has(c.name) && !MUTATORS.has(c.name);
}

const MUTATORS = new Set(['<<', 'push', 'concat', 'unshift', 'merge!', 'update', 'store', 'insert']);

function writerOf(c: Call): AttrWriter {
  return behaviourOf(c.self) as AttrWriter;
}

function writerHasKey(c: Call): RubyValue {
  const k = key(c.args[0] ?? null);
  if (k instanceof Unknown) return k;
  const v = writerOf(c).live();
  return v instanceof RHash ? v.has(k) : false;
}

const WRITER_NATIVES: Record<string, Native> = {
  '[]': (c) => {
    const k = key(c.args[0] ?? null);
    return k instanceof Unknown ? k : writerOf(c).child(k);
  },
  '[]=': (c) => {
    const k = key(c.args[0] ?? null);
    if (k instanceof Unknown) {
      c.interp.report('DEC0301', 'warning', `attribute written under an unknown key (${k.reason}); the write is dropped`, c.node.loc);
      return c.args[1] ?? null;
    }
    writerOf(c).write(k, c.args[1] ?? null, c);
    return c.args[1] ?? null;
  },
  'key?': writerHasKey,
  // A VividMash read at a path nothing wrote is an empty VividMash (Chef vivifies on read): it has no keys.
  'attribute?': writerHasKey, 'has_key?': writerHasKey, 'include?': writerHasKey, 'member?': writerHasKey,
  'nil?': (c) => writerOf(c).live() === undefined,
  to_hash: (c) => writerOf(c).resolve(),
  to_h: (c) => writerOf(c).resolve(),
  to_a: (c) => writerOf(c).resolve(),
  to_s: (c) => writerOf(c).displayName,
  inspect: (c) => writerOf(c).displayName,
  // Chef's VividMash vivifies a missing key on read, so `node.default['a'][x].tap { |h| h['k'] = v }` yields a
  // mash that writes through to the node, not nil.
  tap: (c) => {
    if (c.block) c.interp.callProc(c.block, [c.self], c.node);
    return c.self;
  },
  then: (c) => (c.block ? c.interp.callProc(c.block, [c.self], c.node) : c.self),
  yield_self: (c) => (c.block ? c.interp.callProc(c.block, [c.self], c.node) : c.self),
};

/** Writers stored as values become the values they stand for. */
/**
 * The store copies what is written. A value that holds the node itself
 * (`node.default['a'] = node.default` in a loop) grows a level a pass, and
 * each copy walks all of it: the write pays for its size in budget steps,
 * and past the depth or size budget the attribute becomes Unknown.
 */
function boundedValue(value: RubyValue, c: Call): RubyValue {
  let nodes = 0;
  let depth = 0;
  const pending: [RubyValue, number][] = [[value, 1]];
  while (pending.length > 0 && nodes <= MAX_COLLECTION_SIZE && depth <= MAX_DATA_DEPTH) {
    const [v, d] = pending.pop()!;
    if (!(v instanceof RHash || v instanceof RArray)) continue;
    depth = Math.max(depth, d);
    const items = v instanceof RHash ? [...v.values()] : v.items;
    nodes += items.length;
    for (const x of items) pending.push([x, d + 1]);
  }
  // Copying a hash or array element costs about what a step of evaluation does.
  if (nodes > 0) c.interp.countStep(c.node, nodes);
  if (depth > MAX_DATA_DEPTH) return c.interp.unknown(`an attribute value nested deeper than ${MAX_DATA_DEPTH} levels (a value that holds the node itself?)`, c.node, 'DEC0305', 'error');
  if (nodes > MAX_COLLECTION_SIZE) return c.interp.unknown(`value too large: an attribute value of more than ${MAX_COLLECTION_SIZE} elements`, c.node, 'DEC0311', 'error');
  return value;
}

export function resolveWriters(v: RubyValue): RubyValue {
  const b = behaviourOf(v);
  if (b instanceof AttrWriter) return b.resolve();
  return v;
}
