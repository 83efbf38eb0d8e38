/**
 * `default['x'] = lazy { node['y'] }` in an attribute file: Chef stores the
 * DelayedEvaluator and runs it each time the attribute is read, so the value
 * reflects every attribute file and recipe write before that read. Reads of
 * the node (node-object.ts) and of the hashes taken from it (mash.ts) resolve
 * it; a value written out whole (to-data.ts) resolves it too.
 */
import { RObject, type RProc, type RubyValue } from '../values.js';
import type { InterpreterApi } from '../interpreter/runtime.js';
import type { Ast } from '../interpreter/ast.js';

export class LazyAttribute {
  readonly displayName = '#<Chef::DelayedEvaluator>';
  /** What mash.ts looks for: a value that stands for another, run when read. */
  readonly deferred = true;
  private running = false;
  constructor(
    private readonly interp: InterpreterApi,
    private readonly proc: RProc,
    private readonly at: Ast,
    private readonly self: RubyValue,
  ) {}
  resolve(): RubyValue {
    // A lazy value that reads itself would recurse forever; Chef would overflow its stack.
    if (this.running) return this.interp.unknown('a lazy attribute value that reads itself', this.at, 'DEC0305', 'warning');
    this.running = true;
    try {
      return this.interp.callProc(this.proc, [], this.at, this.self);
    } finally {
      this.running = false;
    }
  }
}

export function lazyAttribute(interp: InterpreterApi, proc: RProc, at: Ast, self: RubyValue): RObject {
  return new RObject('Chef::DelayedEvaluator', new LazyAttribute(interp, proc, at, self));
}
