/** Definitions: `def`, `def self.x`, `module`/`class` (opening or reopening) and `class << self`. */
import { sym, type RubyValue } from '../values.js';
import { nodeText, type Ast } from './ast.js';
import { ModuleDef, Scope, behaviourOf, moduleOf, type Frame, type MethodDef } from './runtime.js';
import type { Evaluator } from './evaluator.js';
import { aliasMethod } from './builtins/module-methods.js';

export function evalDef(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const name = nodeText(n.fields.name!);
  const target = scope.frame.defTarget;
  const def: MethodDef = { name, params: n.fields.parameters, body: n.fields.body ?? bodyOf(n), owner: target, ref: scope.frame.ref, lexical: scope.frame.lexical };
  target.methods.set(name, def);
  if (target.moduleFunction) target.singletonMethods.set(name, def);
  return sym(name);
}

export function evalSingletonDef(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const name = nodeText(n.fields.name!);
  const obj = interp.eval(n.fields.object!, scope);
  const b = behaviourOf(obj);
  // `def self.x` in a resource file: its self stands for the resource class, so x is that class's method.
  const mod = moduleOf(obj) ?? b?.classSide;
  const owner = mod ?? b?.singleton ?? scope.frame.defTarget;
  const def: MethodDef = { name, params: n.fields.parameters, body: n.fields.body ?? bodyOf(n), owner, ref: scope.frame.ref, lexical: scope.frame.lexical };
  if (mod) mod.singletonMethods.set(name, def);
  else owner.methods.set(name, def);
  return sym(name);
}

export function evalModule(interp: Evaluator, n: Ast, scope: Scope, isClass: boolean): RubyValue {
  const nameNode = n.fields.name!;
  let container = scope.frame.lexical;
  let short: string;
  if (nameNode.type === 'scope_resolution') {
    const outer = nameNode.fields.scope ? interp.eval(nameNode.fields.scope, scope) : interp.root.value;
    const m = moduleOf(outer);
    if (!m) return interp.unknown(`cannot open ${nodeText(nameNode)}`, n, 'DEC0302');
    container = m;
    short = nodeText(nameNode.fields.name!);
  } else short = nodeText(nameNode);
  let existing = moduleOf(container.constants.get(short) ?? null);
  if (!existing && container === scope.frame.lexical && isSynthetic(container)) {
    // A DSL self's stand-in module is no Ruby cref: `class Chef` there reopens the top-level Chef. A real module
    // looks only at its own constants, as Ruby does: `module File` inside `module App` is App::File, not ::File.
    for (let m = container.lexicalParent; m && !existing; m = m.lexicalParent) existing = moduleOf(m.constants.get(short) ?? null);
    existing ??= moduleOf(interp.root.constants.get(short) ?? null);
  }
  let mod = existing;
  if (!mod) {
    const full = container === interp.root ? short : `${container.name}::${short}`;
    mod = new ModuleDef(full, isClass, container === interp.root ? interp.root : container);
    container.constants.set(short, mod.value);
  }
  if (isClass && n.fields.superclass) {
    const sup = moduleOf(interp.eval(n.fields.superclass.children[0] ?? n.fields.superclass, scope));
    if (sup && sup !== mod) mod.superclass = sup;
  }
  const body = n.fields.body ?? bodyOf(n);
  if (body) {
    const frame: Frame = { ref: scope.frame.ref, lexical: mod, defTarget: mod, block: null };
    interp.eval(body, new Scope(undefined, mod.value, frame));
  }
  return null;
}

export function evalSingletonClass(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const target = moduleOf(interp.eval(n.fields.value!, scope));
  if (!target) return null;
  // `class << self`: defs inside become singleton methods; modelled as a module extended into the target.
  const meta = new ModuleDef(`#<Class:${target.name}>`, true, target);
  target.extends.push(meta);
  const body = n.fields.body ?? bodyOf(n);
  if (body) interp.eval(body, new Scope(undefined, target.value, { ref: scope.frame.ref, lexical: target, defTarget: meta, block: null }));
  return null;
}
/** `alias new old` in a class body or at a DSL self's level: like alias_method on where `def` would go. */
export function evalAlias(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const [to, from] = [n.fields.name ?? n.children[0], n.fields.alias ?? n.children[1]];
  if (!to || !from || to.type === 'global_variable') return null;
  aliasMethod(scope.frame.defTarget, methodName(to), methodName(from));
  return null;
}
function methodName(n: Ast): string {
  return nodeText(n).replace(/^:/, '');
}

/** Modules decant makes for DSL selves (`#<recipe …>`, `#<action>`): not a place Ruby would define constants in. */
function isSynthetic(m: ModuleDef): boolean {
  return m.name.startsWith('#<');
}
function bodyOf(n: Ast): Ast | undefined {
  return n.children.find((c) => c.type === 'body_statement');
}
