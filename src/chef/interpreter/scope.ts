/** Local variables, self and the method frame they belong to. */
import type { FileRef } from '../../ruby/parser.js';
import type { RProc, RubyValue } from '../values.js';
import type { MethodDef, ModuleDef } from './runtime.js';

export interface Frame {
  readonly ref: FileRef;
  /** Innermost lexical module, for constant lookup (`Module.nesting.first`). */
  readonly lexical: ModuleDef;
  /** Where `def` puts methods. */
  readonly defTarget: ModuleDef;
  /** The block passed to the running method, for `yield` and `block_given?`. */
  readonly block: RProc | null;
  readonly method?: MethodDef;
  readonly args?: RubyValue[];
}

export type LocalsSnapshot = readonly (readonly [Scope, ReadonlyMap<string, RubyValue>])[];

export class Scope {
  private readonly vars = new Map<string, RubyValue>();
  constructor(
    readonly parent: Scope | undefined,
    readonly self: RubyValue,
    readonly frame: Frame,
  ) {}

  has(name: string): boolean {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.vars.has(name)) return true;
    return false;
  }
  get(name: string): RubyValue | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v !== undefined || s.vars.has(name)) return v;
    }
    return undefined;
  }
  /** Assign where the variable already lives, else here (Ruby's block-local rule). */
  set(name: string, value: RubyValue): void {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      if (s.vars.has(name)) {
        s.vars.set(name, value);
        return;
      }
    }
    this.vars.set(name, value);
  }
  /** A block parameter: always local to the block. */
  declare(name: string, value: RubyValue): void {
    this.vars.set(name, value);
  }
  /**
   * The locals visible here, scope by scope: taken before each branch of an
   * Unknown condition so every branch starts from the same state.
   */
  snapshot(): LocalsSnapshot {
    const out: [Scope, Map<string, RubyValue>][] = [];
    for (let s: Scope | undefined = this; s; s = s.parent) out.push([s, new Map(s.vars)]);
    return out;
  }
  restore(snapshot: LocalsSnapshot): void {
    for (const [s, vars] of snapshot) {
      s.vars.clear();
      for (const [k, v] of vars) s.vars.set(k, v);
    }
  }
  /** Same locals, another self (a resource block is instance-evaluated but sees the recipe's locals). */
  withSelf(self: RubyValue): Scope {
    return new Scope(this, self, this.frame);
  }
}
