/**
 * What the evaluation concerns (eval-*.ts, procs.ts, method-dispatch.ts) ask
 * of the interpreter: the public InterpreterApi, the state they share (call
 * depth, the regexps already warned about) and each other's entry points,
 * which they reach through the interpreter so no concern imports another.
 * Interpreter implements it.
 */
import type { RProc, Unknown, RubyValue } from '../values.js';
import type { Ast } from './ast.js';
import type { ReturnSignal } from './signals.js';
import type { Scope, ClassHook, InterpreterApi, MethodDef, Native } from './runtime.js';

export interface Evaluator extends InterpreterApi {
  readonly classHook: ClassHook | undefined;
  /** Nested method/block calls running now, against maxDepth. */
  depth: number;
  readonly maxDepth: number;
  /** Regexp literals already warned about, so a loop does not repeat the warning. */
  readonly riskyRegexps: Set<Ast>;
  underCondition<T>(u: Unknown, fn: () => T): T;
  /** For exploreBranches (unknown-branches.ts): see BranchHost. */
  mayExplore(at: Ast, c: Unknown): boolean;
  countBranch(): void;
  noteMaybeReturn(signal: ReturnSignal, reason: Unknown): void;
  /** A method's result, joined with the returns some unknown branch took. */
  methodResult(frame: object, value: RubyValue): RubyValue;
  /** A method frame that ended by a signal: the returns noted for it are not its result. */
  dropMaybeReturns(frame: object): void;
  assignTo(left: Ast, value: RubyValue, scope: Scope): void;
  bindParams(params: Ast, argsIn: RubyValue[], block: RProc | null, scope: Scope, autoSplat: boolean): void;
  destructure(left: Ast, value: RubyValue, scope: Scope): void;
  enter(at: Ast): void;
  evalArgs(nodes: readonly Ast[], scope: Scope, blockNode?: Ast): { args: RubyValue[]; block: RProc | null };
  evalBody(n: Ast, scope: Scope): RubyValue;
  evalIdentifier(n: Ast, scope: Scope): RubyValue;
  evalKey(k: Ast, scope: Scope): RubyValue;
  evalList(nodes: readonly Ast[], scope: Scope): RubyValue[];
  evalString(n: Ast, scope: Scope): RubyValue;
  invokeDef(m: MethodDef, self: RubyValue, args: RubyValue[], block: RProc | null, at: Ast): RubyValue;
  ivarsOf(self: RubyValue): Map<string, RubyValue> | undefined;
  lookupConstant(name: string, scope: Scope, at: Ast): RubyValue;
  makeBlock(b: Ast, scope: Scope): RProc;
  noMethod(recv: RubyValue, name: string, at: Ast): Unknown;
  runNative(fn: Native, self: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, scope: Scope | undefined): RubyValue;
}
