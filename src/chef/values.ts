/**
 * Ruby values as the evaluator holds them. Kept apart from the model's plain
 * `Data` because Ruby distinguishes what JSON does not: symbols from strings,
 * integers from floats, ranges, procs. `toData` (to-data.ts) converts at the
 * stage boundary.
 *
 * Representation:
 * - nil → null, true/false → boolean, Integer → number (always integral),
 *   Float → RFloat, String → string (immutable; `<<` reassigns its target),
 *   Symbol → RSymbol (interned), Array → RArray, Hash → RHash,
 *   Range → RRange, blocks/lambdas → RProc, anything else → RObject,
 *   Unknown (from the model) for what cannot be known.
 */
import { Unknown } from '../model/data.js';
import type { Ast } from './interpreter/ast.js';

export { Unknown };

export class RSymbol {
  private static readonly table = new Map<string, RSymbol>();
  private constructor(readonly name: string) {}
  static of(name: string): RSymbol {
    let s = RSymbol.table.get(name);
    if (!s) {
      s = new RSymbol(name);
      RSymbol.table.set(name, s);
    }
    return s;
  }
}

export class RFloat {
  constructor(readonly value: number) {}
}

export class RArray {
  constructor(public items: RubyValue[] = []) {}
}

/** Insertion-ordered hash keyed by Ruby equality (`hashKey`). */
export class RHash {
  private readonly entries_ = new Map<string, [RubyValue, RubyValue]>();
  /** Value returned for a missing key (`Hash.new(0)`); undefined means nil. */
  defaultValue: RubyValue | undefined;

  static from(pairs: Iterable<[RubyValue, RubyValue]>): RHash {
    const h = new RHash();
    for (const [k, v] of pairs) h.set(k, v);
    return h;
  }
  get size(): number {
    return this.entries_.size;
  }
  has(key: RubyValue): boolean {
    return this.entries_.has(hashKey(key));
  }
  get(key: RubyValue): RubyValue | undefined {
    return this.entries_.get(hashKey(key))?.[1];
  }
  set(key: RubyValue, value: RubyValue): void {
    const k = hashKey(key);
    const existing = this.entries_.get(k);
    if (existing) existing[1] = value;
    else this.entries_.set(k, [key, value]);
  }
  delete(key: RubyValue): RubyValue | undefined {
    const k = hashKey(key);
    const e = this.entries_.get(k);
    this.entries_.delete(k);
    return e?.[1];
  }
  entries(): [RubyValue, RubyValue][] {
    return [...this.entries_.values()].map(([k, v]) => [k, v]);
  }
  keys(): RubyValue[] {
    return [...this.entries_.values()].map(([k]) => k);
  }
  values(): RubyValue[] {
    return [...this.entries_.values()].map(([, v]) => v);
  }
}

export class RRange {
  constructor(
    readonly begin: RubyValue,
    readonly end: RubyValue,
    readonly exclusive: boolean,
  ) {}
}

/** A block whose work is a JavaScript function (`&:upcase`, `method(:x)`): no syntax to evaluate, no closure. */
export interface NativeBody {
  readonly native: (args: RubyValue[], at: Ast) => RubyValue;
}

/**
 * What a block closes over. It is always the evaluator's Scope
 * (src/chef/interpreter/runtime.ts, which implements this); Scope sits above
 * this module, so here only its `self` is known, and the evaluator narrows
 * with `closureOf`.
 */
export interface ProcClosure {
  readonly self: RubyValue;
}

/**
 * A block, proc or lambda: its parameter list and body (syntax nodes, or a
 * native function) and the scope it closes over.
 */
export class RProc {
  constructor(
    readonly params: Ast | undefined,
    readonly body: Ast | NativeBody | undefined,
    readonly scope: ProcClosure | undefined,
    readonly isLambda: boolean,
  ) {}
}

/**
 * Any other object: instances of classes defined in libraries, Chef DSL
 * objects (the node, a resource under construction), modules and classes
 * themselves. `className` is Ruby's class name (`Chef::Node`, `MyHelper`).
 */
export class RObject {
  readonly ivars = new Map<string, RubyValue>();
  constructor(
    readonly className: string,
    /** Evaluator-specific payload (a class definition, a resource builder...). */
    readonly internal?: unknown,
  ) {}
}

export type RubyValue =
  | null
  | boolean
  | number
  | string
  | RSymbol
  | RFloat
  | RArray
  | RHash
  | RRange
  | RProc
  | RObject
  | Unknown;

export function sym(name: string): RSymbol {
  return RSymbol.of(name);
}

/** Ruby truthiness: only nil and false are false. Unknown is neither: callers decide. */
export function isTruthy(value: RubyValue): boolean {
  return value !== null && value !== false;
}

/**
 * The key a value has in a Hash: Ruby's eql? for the value types cookbooks use
 * as keys. Strings and symbols differ (`'a'` vs `:a`), as do 1 and 1.0.
 */
export function hashKey(value: RubyValue): string {
  if (value === null) return 'n';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return `i:${value}`;
  if (typeof value === 'string') return `s:${value}`;
  if (value instanceof RSymbol) return `y:${value.name}`;
  if (value instanceof RFloat) return `d:${value.value}`;
  if (value instanceof RArray) return `a:[${value.items.map(hashKey).join(',')}]`;
  if (value instanceof RHash) return `h:{${value.entries().map(([k, v]) => `${hashKey(k)}=>${hashKey(v)}`).join(',')}}`;
  if (value instanceof RRange) return `r:${hashKey(value.begin)}..${value.exclusive ? '.' : ''}${hashKey(value.end)}`;
  if (value instanceof Unknown) return `u:${value.reason}`;
  return `o:${objectId(value)}`;
}

const ids = new WeakMap<object, number>();
let nextId = 1;
function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++;
    ids.set(o, id);
  }
  return id;
}
