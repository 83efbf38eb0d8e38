/**
 * Ruby's mixin hooks. After `include M`, `extend M` and `prepend M`, Ruby calls
 * the module's own `M.included(base)` (`extended`, `prepended`) with the class
 * or object it went into. Libraries build class-level DSL on it: the
 * ClassMethods idiom (`def self.included(base); base.extend(ClassMethods); end`)
 * makes `option_properties` callable in the body of the class that includes the
 * module, and `base.send(:property, …)` declares properties there.
 */
import type { RubyValue } from '../values.js';
import type { Ast } from './ast.js';
import { moduleOf, type InterpreterApi, type ModuleDef } from './runtime.js';

export type MixinHook = 'included' | 'extended' | 'prepended';

/** Runs `mod.<hook>(base)` when the module defines it (a module without the hook has Ruby's empty default). */
export function runMixinHook(interp: InterpreterApi, mod: ModuleDef, hook: MixinHook, base: RubyValue, at: Ast): void {
  const m = mod.findSingleton(hook);
  if (m) interp.invoke(m, mod.value, hook, [base], null, at, undefined);
}

/**
 * `include A, B` into `targets` (the method tables that take the module's methods), calling each module's hook
 * with `base`. Ruby appends the last argument first and runs each hook right after its own module, so A ends up
 * ahead of B (lookup here walks the list from its end) and B's hook runs before A's. A module included again keeps
 * its place, but Ruby still calls its hook.
 */
export function includeModules(interp: InterpreterApi, targets: readonly ModuleDef[], args: readonly RubyValue[], base: RubyValue, hook: MixinHook, at: Ast): void {
  for (const a of [...args].reverse()) {
    const m = moduleOf(a);
    if (!m) continue;
    for (const t of targets) if (!t.includes.includes(m)) t.includes.push(m);
    runMixinHook(interp, m, hook, base, at);
  }
}
