/** Method lookup and invocation: a receiver's own methods, its class's, the DSL behaviour of a Chef self, the top-level defs on Object, then the builtins; `def` bodies run in a fresh frame. */
import { RArray, RHash, RObject, Unknown, sym, type RProc, type RubyValue } from '../values.js';
import type { Ast } from './ast.js';
import { BreakSignal, ReturnSignal, BREAK_ANY } from './signals.js';
import { conditionReason } from './unknown-branches.js';
import { Instance, ModuleDef, NOT_FOUND, Scope, behaviourOf, instanceClass, moduleOf, type Behaviour, type Call, type Found, type Frame, type Method, type MethodDef, type Native } from './runtime.js';
import { callBuiltin } from './builtins/dispatch.js';
import { kernelFunction } from './builtins/kernel.js';
import { moduleMethod } from './builtins/module-methods.js';
import { describe } from './ruby-text.js';
import { className } from './value-ops.js';
import type { Evaluator } from './evaluator.js';
import { WORK_PER_STEP, APPENDS, workOf } from './work-budget.js';
import { raiseOnNilUnderRescue } from './nil-receiver.js';
import { TypedUnknown, elementOf, typedCall, untyped } from './typed-unknown.js';

/** A call without a receiver: locals were tried already; now self's methods, then Kernel. */
export function callFunction(interp: Evaluator, scope: Scope, name: string, args: RubyValue[], block: RProc | null, at: Ast): RubyValue {
  const self = scope.self;
  const found = dispatchOn(interp, self, name, args, block, at, true, scope);
  if (found !== NOT_FOUND) return found;
  const k = kernelFunction(name);
  if (k) return runNative(interp, k, self, name, args, block, at, scope);
  // `include Foo` at a program's top level includes Foo into Object, as main's own `include` does.
  if (name === 'include' && self instanceof RObject && self.className === 'main') return send(interp, interp.root.value, name, args, null, at);
  return noMethod(interp, self, name, at);
}

/** A call with an explicit receiver. */
export function send(interp: Evaluator, recv: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast): RubyValue {
  if (recv instanceof Unknown) {
    const typed = recv instanceof TypedUnknown ? typedCall(interp, recv, name, args) : undefined;
    // What an unknown receiver yields is unknown too: the call's own arguments (`with_index(1)`, `inject(0)`) are not
    // what the block receives, so every block parameter is the receiver's Unknown (the first, one element of a typed list).
    const plain = untyped(recv);
    const element = elementOf(recv);
    if (block) interp.underCondition(conditionReason(recv), () => runIgnoringBreak(interp, () => interp.callProc(block, [element, plain, plain], at)));
    if (typed !== undefined) return typed;
    // What the class does not decide is some value of another class: the type stays with the receiver.
    recv = plain;
    // Matching an unknown string leaves an unknown match: `$1` after it must not read the previous match (or nil).
    if (SETS_LAST_MATCH.has(name)) interp.lastMatch = recv;
    return recv;
  }
  const found = dispatchOn(interp, recv, name, args, block, at, false, undefined);
  if (found !== NOT_FOUND) return found;
  return noMethod(interp, recv, name, at);
}

function runIgnoringBreak(interp: Evaluator, fn: () => RubyValue): RubyValue {
  try {
    return fn();
  } catch (e) {
    if (e instanceof BreakSignal) return e.value;
    throw e;
  }
}

export function noMethod(interp: Evaluator, recv: RubyValue, name: string, at: Ast): Unknown {
  if (recv === null) raiseOnNilUnderRescue(interp, name, at);
  const what = recv instanceof RObject && behaviourOf(recv) ? '' : ` for ${describe(recv)}`;
  return interp.unknown(`undefined method or local variable '${name}'${what}${gemsThatMayAddIt(interp, recv)}`, at, 'DEC0307', 'warning');
}

/**
 * Gems extend Ruby's own classes (deepsort adds Hash#deep_sort): on a Hash,
 * Array, String or number, a method decant lacks may be one a required gem
 * adds, and the reader is told which gems are not evaluated.
 */
function gemsThatMayAddIt(interp: Evaluator, recv: RubyValue): string {
  const core = recv instanceof RHash || recv instanceof RArray || typeof recv === 'string' || typeof recv === 'number';
  if (!core || interp.requiredGems.size === 0) return '';
  return ` (it may come from a gem the cookbook requires, which decant does not evaluate: ${[...interp.requiredGems].sort().join(', ')})`;
}

export function respondTo(interp: Evaluator, recv: RubyValue, name: string): boolean {
  if (interp.root.findMethod(name)) return true;
  const b = behaviourOf(recv);
  if (b) return !!(b.classSide?.findSingleton(name) || b.singleton.findMethod(name) || b.native(name) || b.modules().some((m) => m.findMethod(name)));
  const cls = instanceClass(recv);
  if (cls) return !!cls.findMethod(name);
  const mod = moduleOf(recv);
  if (mod) return !!mod.findSingleton(name);
  return false;
}

function dispatchOn(interp: Evaluator, recv: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, selfCall: boolean, scope: Scope | undefined): Found {
  try {
    return dispatchInner(interp, recv, name, args, block, at, selfCall, scope);
  } catch (e) {
    if (block && e instanceof BreakSignal && e.tag === BREAK_ANY) return e.value;
    throw e;
  }
}

function dispatchInner(interp: Evaluator, recv: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, selfCall: boolean, scope: Scope | undefined): Found {
  if (recv instanceof RObject) {
    const internal = recv.internal;
    if (internal instanceof ModuleDef) {
      const m = internal.findSingleton(name) ?? (internal.moduleFunction || internal.extends.includes(internal) ? internal.findMethod(name) : undefined);
      if (m) return invoke(interp, m, recv, name, args, block, at, scope);
      if (interp.classHook) {
        const hooked = interp.classHook(internal, name, { interp: interp, self: recv, name, args, block, node: at });
        if (hooked !== NOT_FOUND) return hooked;
      }
      const r = moduleMethod(interp, internal, name, args, block, at, scope);
      if (r !== NOT_FOUND) return r;
    } else if (internal instanceof Instance) {
      const m = internal.cls.findMethod(name);
      if (m) return invoke(interp, m, recv, name, args, block, at, scope);
      const mm = internal.cls.findMethod('method_missing');
      if (mm && !OBJECT_METHODS.has(name)) return invoke(interp, mm, recv, 'method_missing', [sym(name), ...args], block, at, scope);
    } else {
      const b = behaviourOf(recv);
      if (b) {
        const r = dispatchBehaviour(interp, b, recv, name, args, block, at, selfCall, scope);
        if (r !== NOT_FOUND) return r;
      }
    }
  }
  // A library that reopens a core class (`class String; def underscore … end; end`) adds methods its values answer.
  const reopened = reopenedCoreMethod(interp, recv, name);
  if (reopened) return invoke(interp, reopened, recv, name, args, block, at, scope);
  // Methods defined at the top level of a library live on Object, as do those of modules included there
  // (`include Foo` at a library's top level): callable from anywhere.
  if (selfCall) {
    const top = interp.root.findMethod(name);
    if (top) return invoke(interp, top, recv, name, args, block, at, scope);
  }
  return callBuiltin({ interp: interp, self: recv, name, args, block, node: at, ...(scope ? { scope } : {}) }, scope);
}

function dispatchBehaviour(interp: Evaluator, b: Behaviour, recv: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, selfCall: boolean, scope: Scope | undefined): Found {
  // A class's own singleton methods come first, as Ruby looks them up on the class; they run with the class as self.
  const classMethod = b.classSide?.findSingleton(name);
  if (classMethod) return invoke(interp, classMethod, b.classSide!.value, name, args, block, at, scope);
  const own = b.singleton.findMethod(name);
  if (own) return invoke(interp, own, recv, name, args, block, at, scope);
  const native = b.native(name);
  if (native) return runNative(interp, native, recv, name, args, block, at, scope);
  for (const m of b.modules()) {
    const found = m.findMethod(name);
    if (found) return invoke(interp, found, recv, name, args, block, at, scope);
  }
  // Top-level library defs live on Object, ahead of property setters and method_missing.
  if (selfCall) {
    const top = interp.root.findMethod(name);
    if (top) return invoke(interp, top, recv, name, args, block, at, scope);
  }
  if (b.missing) {
    const r = b.missing({ interp: interp, self: recv, name, args, block, node: at });
    if (r !== NOT_FOUND) return r;
  }
  if (selfCall && b.fallback !== undefined) {
    const kernel = kernelFunction(name);
    if (kernel || BOUND_TO_RECEIVER.has(name)) return NOT_FOUND;
    return dispatchOn(interp, b.fallback, name, args, block, at, true, scope);
  }
  return NOT_FOUND;
}

/**
 * A built-in's work grows with the size of what it reads: a loop calling
 * `include?` on a megabyte string must spend the budget faster than one on a word.
 */
export function chargeWork(interp: Evaluator, at: Ast, name: string, self: RubyValue, args: readonly RubyValue[]): void {
  // Appending costs what is appended, not what it is appended to (a template's buffer grows with every line).
  const work = (APPENDS.has(name) ? 0 : workOf(self)) + (args.length > 0 ? workOf(args[0]!) : 0);
  if (work >= WORK_PER_STEP) interp.countStep(at, Math.floor(work / WORK_PER_STEP));
}

export function runNative(interp: Evaluator, fn: Native, self: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, scope: Scope | undefined): RubyValue {
  chargeWork(interp, at, name, self, args);
  const c: Call = scope ? { interp: interp, self, name, args, block, node: at, scope } : { interp: interp, self, name, args, block, node: at };
  return fn(c);
}

export function invoke(interp: Evaluator, m: Method, self: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, scope: Scope | undefined): RubyValue {
  if (typeof m === 'function') return runNative(interp, m, self, name, args, block, at, scope);
  return invokeDef(interp, m, self, args, block, at);
}

export function invokeDef(interp: Evaluator, m: MethodDef, self: RubyValue, args: RubyValue[], block: RProc | null, at: Ast): RubyValue {
  if (m.proc) return interp.callProc(m.proc, args, at, self);
  const frame: Frame = { ref: m.ref, lexical: m.lexical ?? m.owner, defTarget: m.owner, block, method: m, args };
  const scope = new Scope(undefined, self, frame);
  interp.enter(at);
  interp.callStack.push({ method: m.name, at: at.loc });
  try {
    if (m.params) interp.bindParams(m.params, args, block, scope, false);
    return interp.methodResult(frame, m.body ? interp.eval(m.body, scope) : null);
  } catch (e) {
    if (e instanceof ReturnSignal && e.frame === frame) return interp.methodResult(frame, e.value);
    interp.dropMaybeReturns(frame);
    throw e;
  } finally {
    interp.depth--;
    interp.callStack.pop();
  }
}
/**
 * Methods about the receiver itself: forwarding them to the enclosing self would run them on the wrong object
 * (`instance_exec(&cond)` in a provider helper must see the provider's new_resource, not the recipe's; a bare
 * `respond_to?(:auto_accumulator_options)` in a resource's lazy default asks the resource, not the recipe).
 */
const SETS_LAST_MATCH = new Set(['=~', 'match']);
const BOUND_TO_RECEIVER = new Set([
  'send', 'public_send', '__send__', 'instance_exec', 'instance_eval', 'instance_variable_get', 'instance_variable_set', 'instance_variable_defined?', 'instance_variables',
  'respond_to?', 'is_a?', 'kind_of?', 'instance_of?',
]);
const OBJECT_METHODS = new Set(['respond_to?', 'is_a?', 'kind_of?', 'class', 'nil?', 'to_s', 'inspect', 'send', 'public_send', 'instance_variable_get', 'instance_variable_set', 'freeze', 'frozen?', 'dup', 'tap', 'then', '==', '!=', 'equal?', 'hash', 'object_id', 'instance_of?', 'method']);

/** A method Ruby code (or a gem decant evaluates, core-deepsort.ts) defined on the core class of a plain value (String, Hash, Array, Integer…), if any. */
function reopenedCoreMethod(interp: Evaluator, recv: RubyValue, name: string): Method | undefined {
  if (recv instanceof RObject || recv instanceof Unknown) return undefined;
  const cls = moduleOf(interp.root.constants.get(className(recv)) ?? null);
  return cls?.methods.get(name);
}
