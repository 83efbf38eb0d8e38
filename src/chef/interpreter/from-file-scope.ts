/**
 * Constants of the files Chef evaluates through Chef::Mixin::FromFile. Chef reads a recipe, an attribute file, a
 * resource or a definition file with `instance_eval(IO.read(f))` / `class_eval` called from inside
 * `class Chef; module Mixin; module FromFile`, so a bare constant there resolves, after the file's own nesting,
 * through self's class and what is included into it (`Chef::Recipe.send(:include, Helpers)` brings
 * `Helpers::PORT` as `PORT`) and through that call site's nesting: a library's `module Chef; module Mixin;
 * module FromFile; X = 1` or `module Chef; X = 1` is a bare `X` in a recipe. Only constants someone defined
 * count here: Chef's namespace builds modules on demand (eval-names.ts), which a bare name must not.
 */
import type { RubyValue } from '../values.js';
import { behaviourOf, type ModuleDef, type Scope } from './runtime.js';
import { moduleByPath } from './define-module.js';

/** The nesting around Chef::Mixin::FromFile#from_file, innermost first. */
const FROM_FILE_NESTING = ['Chef::Mixin::FromFile', 'Chef::Mixin', 'Chef'];

export function fromFileConstant(root: ModuleDef, scope: Scope, name: string): RubyValue | undefined {
  if (!scope.frame.fromFile) return undefined;
  for (const m of selfAncestors(scope.self)) {
    const v = m.constants.get(name);
    if (v !== undefined) return v;
  }
  for (const path of FROM_FILE_NESTING) {
    const v = moduleByPath({ root }, path)?.constants.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Self's class side as decant models it: the DSL modules its behaviour answers with, and their ancestors. */
function selfAncestors(self: RubyValue): ModuleDef[] {
  const b = behaviourOf(self);
  if (!b) return [];
  return [b.singleton, ...(b.classSide ? [b.classSide] : []), ...b.modules()].flatMap((m) => m.ancestors());
}
