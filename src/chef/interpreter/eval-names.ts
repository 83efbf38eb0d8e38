/** Names: locals, constants (lexical, then ancestors, then top level), `A::B`, instance variables and globals. */
import { RObject, Unknown, type RubyValue } from '../values.js';
import { LOCAL, nodeText, type Ast } from './ast.js';
import { ModuleDef, moduleOf, type Scope } from './runtime.js';
import { matchData } from './builtins/string-methods.js';
import { inspect } from './ruby-text.js';
import type { Evaluator } from './evaluator.js';
import { gemOfConstant } from './required-gems.js';
import { fromFileConstant } from './from-file-scope.js';

export function evalIdentifier(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const name = nodeText(n);
  if (scope.has(name)) return scope.get(name)!;
  if ((name === 'it' || name === '_1') && scope.has('_1')) return scope.get('_1')!;
  // Assigned earlier in interp scope on a path that did not run: Ruby reads nil.
  if (n.cache === LOCAL) return null;
  return interp.callFunction(scope, name, [], null, n);
}

export function lookupConstant(interp: Evaluator, name: string, scope: Scope, at: Ast): RubyValue {
  for (let m: ModuleDef | undefined = scope.frame.lexical; m; m = m.lexicalParent) {
    const v = m.constants.get(name);
    if (v !== undefined) return v;
  }
  for (const m of scope.frame.lexical.ancestors()) {
    const v = m.constants.get(name);
    if (v !== undefined) return v;
  }
  const v = interp.root.constants.get(name) ?? fromFileConstant(interp.root, scope, name);
  if (v !== undefined) return v;
  return missingConstant(interp, name, `uninitialized constant ${name}`, at);
}

export function evalScopeResolution(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const name = nodeText(n.fields.name!);
  if (!n.fields.scope) {
    const v = interp.root.constants.get(name);
    return v !== undefined ? v : missingConstant(interp, name, `uninitialized constant ::${name}`, n);
  }
  const outer = interp.eval(n.fields.scope, scope);
  if (outer instanceof Unknown) return outer;
  const mod = moduleOf(outer);
  if (!mod) return interp.unknown(`${inspect(outer)} is not a class/module`, n, 'DEC0302');
  return constantIn(interp, mod, name, n);
}

export function constantIn(interp: Evaluator, mod: ModuleDef, name: string, at: Ast): RubyValue {
  for (const m of mod.ancestors()) {
    const v = m.constants.get(name);
    if (v !== undefined) return v;
  }
  // Chef's namespace is large and libraries reopen it freely: names under Chef are modules on demand.
  if (mod.name === 'Chef' || mod.name.startsWith('Chef::')) {
    const created = new ModuleDef(`${mod.name}::${name}`, true, mod);
    mod.constants.set(name, created.value);
    return created.value;
  }
  return interp.unknown(`uninitialized constant ${mod.name}::${name}`, at, 'DEC0307', 'warning');
}

export function ivarsOf(interp: Evaluator, self: RubyValue): Map<string, RubyValue> | undefined {
  return self instanceof RObject ? self.ivars : undefined;
}

/** Ruby's separator globals as a fresh interpreter has them. */
const SEPARATORS: Readonly<Record<string, RubyValue>> = { '$/': '\n', '$,': null, '$;': null, '$\\': null };
/** English.rb's long names for the globals decant answers. */
const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  $INPUT_RECORD_SEPARATOR: '$/', $RS: '$/', $OUTPUT_FIELD_SEPARATOR: '$,', $OFS: '$,', $FIELD_SEPARATOR: '$;', $FS: '$;',
  $OUTPUT_RECORD_SEPARATOR: '$\\', $ORS: '$\\', $LAST_MATCH_INFO: '$~',
};

export function evalGlobal(interp: Evaluator, n: Ast): RubyValue {
  return evalGlobalNamed(interp, nodeText(n), n);
}

function evalGlobalNamed(interp: Evaluator, name: string, n: Ast): RubyValue {
  const m = /^\$(\d)$/.exec(name);
  const last = interp.lastMatch;
  if (last instanceof Unknown && (m || name === '$~')) return last;
  if (m) return (last as RegExpExecArray | null)?.[Number(m[1])] ?? null;
  if (name === '$~') return last ? matchData(last as RegExpExecArray) : null;
  if (name === '$stdout' || name === '$stderr') return new RObject('IO');
  if (name === '$PROGRAM_NAME' || name === '$0') return 'chef-client';
  if (name in SEPARATORS) return SEPARATORS[name]!;
  const english = ENGLISH_NAMES[name];
  if (english !== undefined) {
    if (interp.requiredLibraries.has('English')) return SEPARATORS[english] ?? evalGlobalNamed(interp, english, n);
    // Without `require 'English'` the long name is an unset global (nil); whether a gem Chef loads required it is
    // not something a static reader knows.
    return interp.unknown(`global variable ${name} is ${english} only where Ruby's English library was loaded (nil otherwise), and this cookbook does not require it`, n);
  }
  return interp.unknown(`global variable ${name} is not known statically`, n);
}
/** A constant nobody defined: from a gem the cookbook requires but decant does not evaluate, or a plain NameError. */
function missingConstant(interp: Evaluator, name: string, message: string, at: Ast): Unknown {
  const gem = gemOfConstant(name, interp.requiredGems);
  return gem ? interp.unknown(`gem ${gem} is not evaluated`, at, 'DEC0302', 'warning') : interp.unknown(message, at, 'DEC0307', 'warning');
}
