/**
 * An unknown value that still knows its Ruby class: `search(:node, q)` with nothing to answer it is some list of
 * Chef::Node rows. What only the class decides is answered (`is_a?(Array)`, `nil?`, `class`), what keeps the
 * list a list of the same rows stays one (`sort_by`, `select`, `to_a`), a block over it sees one row (typed by
 * the element class), and everything else is unknown with the same cause, as any Unknown is.
 */
import { Unknown, type RubyValue } from '../values.js';
import type { SourceLocation } from '../../model/source.js';
import { moduleOf } from './runtime.js';
import { moduleByPath } from './define-module.js';
import type { InterpreterApi } from './runtime.js';

export class TypedUnknown extends Unknown {
  constructor(
    reason: string,
    at: SourceLocation | undefined,
    /** The Ruby class the value surely has (`Array`). */
    readonly rubyClass: string,
    /** For a list: the class of each element (`Chef::Node`), when known. */
    readonly element?: string,
  ) {
    super(reason, at);
  }
}

/** Each class's ancestors by name, as `is_a?` reads them. */
const LINEAGE: Readonly<Record<string, readonly string[]>> = {
  Array: ['Array', 'Enumerable', 'Object', 'Kernel', 'BasicObject'],
  Hash: ['Hash', 'Enumerable', 'Object', 'Kernel', 'BasicObject'],
};
const lineage = (cls: string): readonly string[] => LINEAGE[cls] ?? [cls, 'Object', 'Kernel', 'BasicObject'];

/** Methods of a list that answer a list of the same rows (some of them, reordered). */
const SAME_ROWS = new Set(['to_a', 'to_ary', 'entries', 'sort', 'sort_by', 'select', 'filter', 'reject', 'uniq', 'compact', 'reverse', 'shuffle', 'each', 'dup', 'itself', 'freeze']);

/** The answer of `name` on a typed unknown, or undefined where the class does not decide it. */
export function typedCall(interp: Pick<InterpreterApi, 'root'>, recv: TypedUnknown, name: string, args: readonly RubyValue[]): RubyValue | undefined {
  switch (name) {
    case 'is_a?': case 'kind_of?': {
      const m = moduleOf(args[0] ?? null);
      return m ? lineage(recv.rubyClass).includes(m.name) : undefined;
    }
    case 'instance_of?': {
      const m = moduleOf(args[0] ?? null);
      return m ? m.name === recv.rubyClass : undefined;
    }
    case 'nil?': return false;
    case 'class': return moduleByPath(interp, recv.rubyClass)?.value;
    case 'map': case 'collect': case 'flat_map':
      return recv.rubyClass === 'Array' ? new TypedUnknown(recv.reason, recv.at, 'Array') : undefined;
    default:
      return recv.rubyClass === 'Array' && SAME_ROWS.has(name) && args.length === 0 ? recv : undefined;
  }
}

/** What a block over the value receives: one element, typed when the list knows its elements' class. */
export function elementOf(recv: Unknown): Unknown {
  return recv instanceof TypedUnknown && recv.element ? new TypedUnknown(recv.reason, recv.at, recv.element) : untyped(recv);
}

/** The same unknown without its class, for what a method of it answers (`rows.first['ip']` is no list). */
export function untyped(u: Unknown): Unknown {
  return u instanceof TypedUnknown ? new Unknown(u.reason, u.at) : u;
}
