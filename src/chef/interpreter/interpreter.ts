/**
 * A partial Ruby evaluator over the syntax tree (DESIGN.md, "Evaluate"). It
 * interprets the part of Ruby cookbooks use; anything else becomes an
 * Unknown with its reason and location and flows on. It never throws out to
 * its caller except through the signals in signals.ts, which the file-level
 * entry points (`runFile`) turn into diagnostics.
 */

import type { Diagnostic } from '../../model/diagnostic.js';
import type { SourceLocation } from '../../model/source.js';
import type { FileRef } from '../../ruby/parser.js';
import { diagnostic } from '../../diagnostics/create.js';
import type { Code } from '../../diagnostics/codes.js';
import { parseRubyInteger } from '../../ruby/integer-literal.js';
import type { InterpreterHooks, SubshellHook } from './interpreter-hooks.js';
import { ROOT_ONLY } from './core-accounts.js';
import { RArray, RFloat, RRange, Unknown, isTruthy, sym, type RProc, type RubyValue } from '../values.js';
import { MAX_AST_DEPTH, nodeText, TOO_DEEP, type Ast } from './ast.js';
import { BreakSignal, BudgetSignal, NextSignal, RaiseSignal, RetrySignal, ReturnSignal, ThrowSignal, BREAK_ANY } from './signals.js';
import { MAX_UNKNOWN_BRANCHES, MAX_UNKNOWN_NESTING, merged } from './unknown-branches.js';
import { ModuleDef, Scope, type AccountProbe, type ClassHook, type FileProbe, type Frame, type Method, type MethodDef, type Native, type RequireRelative, type RunResult, type SourcePath } from './runtime.js';
import { toS } from './ruby-text.js';
import { rangeItems } from './value-ops.js';
import type { Evaluator } from './evaluator.js';
import * as collections from './eval-collections.js';
import * as strings from './eval-strings.js';
import * as names from './eval-names.js';
import * as calls from './eval-calls.js';
import * as procs from './procs.js';
import * as dispatch from './method-dispatch.js';
import * as assignment from './eval-assignment.js';
import * as operators from './eval-operators.js';
import * as control from './eval-control-flow.js';
import * as definitions from './eval-definitions.js';

export interface InterpreterOptions {
  /** Node evaluations allowed per file run (endless loops stop here). */
  readonly stepLimit?: number;
  /** Node evaluations allowed in the whole run: per-file budgets reset on every file, so many big files add up without it. */
  readonly runStepLimit?: number;
  /** Nested method/block calls allowed (runaway recursion stops here). */
  readonly maxDepth?: number;
}

export class Interpreter implements Evaluator {
  readonly diagnostics: Diagnostic[] = [];
  private readonly seenDiagnostics = new Set<string>();
  readonly root = new ModuleDef('Object', true, undefined);
  /** Unknown `if` conditions around the code running now (resources declared here are conditional). */
  readonly unknownConditions: Unknown[] = [];
  rescuing = 0;
  readonly requiredGems = new Set<string>();
  readonly requiredLibraries = new Set<string>();
  readonly callStack: { readonly method: string; readonly at: SourceLocation }[] = [];
  /** Set while rendering a template: Unknowns written into `_buf` become visible markers. */
  template: { unknowns: Unknown[] } | undefined;
  lastMatch: RegExpExecArray | Unknown | null = null;
  /** The Chef layer's collaborators, given at construction (InterpreterHooks). */
  readonly fs: FileProbe;
  readonly accounts: AccountProbe;
  readonly requireRelative: RequireRelative | undefined;
  readonly classHook: ClassHook | undefined;
  readonly sourcePath: SourcePath;
  private readonly subshell: SubshellHook | undefined;
  steps = 0;
  hostReaches = 0;
  /** Steps of the whole run; never reset or restored. */
  runSteps = 0;
  depth = 0;
  readonly stepLimit: number;
  readonly runStepLimit: number;
  readonly maxDepth: number;

  constructor(options: InterpreterOptions = {}, hooks: InterpreterHooks = {}) {
    this.fs = hooks.fs ?? { exists: () => false, isDirectory: () => false };
    this.accounts = hooks.accounts ?? ROOT_ONLY;
    this.requireRelative = hooks.requireRelative;
    this.classHook = hooks.classHook;
    this.subshell = hooks.subshell;
    this.sourcePath = hooks.sourcePath ?? ((ref) => ref.file);
    this.stepLimit = options.stepLimit ?? 2_000_000;
    this.runStepLimit = options.runStepLimit ?? 20_000_000;
    this.maxDepth = options.maxDepth ?? 200;
  }

  // ---------------------------------------------------------------- reporting

  report(code: Code, severity: Diagnostic['severity'], message: string, location?: SourceLocation, hint?: string): void {
    // Counted before the duplicate check: the same warning from a second pass is a second reach.
    if (severity !== 'info') this.hostReaches++;
    const key = `${code}|${message}|${location ? `${location.cookbook ?? ''}/${location.file}:${location.line}:${location.column}` : ''}`;
    if (this.seenDiagnostics.has(key)) return;
    this.seenDiagnostics.add(key);
    this.diagnostics.push(diagnostic(code, severity, message, location, hint));
  }

  unknown(reason: string, node: Ast, code: Code = 'DEC0301', severity: Diagnostic['severity'] = 'info'): Unknown {
    const u = new Unknown(reason, node.loc);
    this.hostReaches++;
    this.report(code, severity, reason, node.loc);
    return u;
  }

  /** Branches walked under Unknown conditions in the file running now. */
  private unknownBranches = 0;
  /** `return` values taken under Unknown conditions, per method frame, merged when the method ends. */
  private readonly maybeReturns = new Map<object, { values: RubyValue[]; reason: Unknown }>();

  /**
   * Whether to walk the branches of an Unknown condition. Nesting is capped
   * (a recursive helper guarded by an unknown test would otherwise walk itself
   * until the depth limit) and so is the number of branches per file (nested
   * unknown tests double the work at each level); either cap is reported, so
   * a reviewer knows branches went unread.
   */
  mayExplore(at: Ast, c: Unknown): boolean {
    if (this.unknownConditions.length >= MAX_UNKNOWN_NESTING) {
      this.report('DEC0310', 'warning', `more than ${MAX_UNKNOWN_NESTING} nested conditions depend on unknown values: the branches under this one (${c.reason}) are not walked`, at.loc);
      return false;
    }
    if (this.unknownBranches >= MAX_UNKNOWN_BRANCHES) {
      this.report('DEC0310', 'warning', `${MAX_UNKNOWN_BRANCHES} branches under unknown conditions walked in ${at.loc.file}: the branches of this one (${c.reason}) and later ones are not walked`, at.loc);
      return false;
    }
    return true;
  }

  countBranch(): void {
    this.unknownBranches++;
  }

  noteMaybeReturn(signal: ReturnSignal, reason: Unknown): void {
    const seen = this.maybeReturns.get(signal.frame);
    if (seen) seen.values.push(signal.value);
    else this.maybeReturns.set(signal.frame, { values: [signal.value], reason });
  }

  /** A method's result, joined with the returns some unknown branch took. */
  methodResult(frame: object, value: RubyValue): RubyValue {
    const others = this.maybeReturns.get(frame);
    if (!others) return value;
    this.maybeReturns.delete(frame);
    return merged([value, ...others.values], others.reason);
  }
  /** A method frame that ended by a signal: the returns noted for it are not its result. */
  dropMaybeReturns(frame: object): void {
    this.maybeReturns.delete(frame);
  }

  /** Run code whose effect depends on an Unknown condition: what it declares is conditional. */
  underCondition<T>(u: Unknown, fn: () => T): T {
    this.unknownConditions.push(u);
    try {
      return fn();
    } finally {
      this.unknownConditions.pop();
    }
  }

  // ---------------------------------------------------------------- entry points

  newFrame(ref: FileRef, lexical: ModuleDef, defTarget: ModuleDef = lexical, fromFile = false): Frame {
    return { ref, lexical, defTarget, block: null, ...(fromFile ? { fromFile: true as const } : {}) };
  }

  /**
   * Evaluate a whole file with `self`. Budget, depth and raise signals end the
   * file with a diagnostic; the caller carries on with the next file.
   */
  runFile(ast: Ast, self: RubyValue, frame: Frame): RunResult {
    this.steps = 0;
    this.unknownBranches = 0;
    const scope = new Scope(undefined, self, frame);
    return this.guarded(ast, () => this.eval(ast, scope));
  }

  guarded(ast: Ast, fn: () => RubyValue): RunResult {
    const depth = this.depth;
    const conditions = this.unknownConditions.length;
    const loops = this.loops.length;
    const rescuing = this.rescuing;
    try {
      return { value: fn() };
    } catch (e) {
      this.depth = depth;
      this.unknownConditions.length = conditions;
      this.loops.length = loops;
      this.rescuing = rescuing;
      if (e instanceof ReturnSignal) return { value: e.value, stopped: 'return' };
      if (e instanceof BudgetSignal) {
        this.report(e.code, 'error', e.message, e.location);
        return { value: null, stopped: 'budget' };
      }
      if (e instanceof RaiseSignal) {
        this.report('DEC0306', 'error', `${e.className}: ${e.message} (the rest of ${ast.loc.file} is not evaluated)`, e.location);
        return { value: null, stopped: 'raise' };
      }
      if (e instanceof BreakSignal || e instanceof NextSignal || e instanceof ThrowSignal || e instanceof RetrySignal) {
        return { value: null };
      }
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        this.report('DEC0305', 'error', `nesting too deep in ${ast.loc.file}; the rest of the file is not evaluated`, this.lastNode?.loc ?? ast.loc);
        return { value: null, stopped: 'budget' };
      }
      // A bug in decant, not in the cookbook: report where it happened and let the run go on.
      const message = e instanceof Error ? e.message : String(e);
      this.report('DEC0901', 'error', `internal error while evaluating (${message}); the rest of ${ast.loc.file} is not evaluated`, this.lastNode?.loc ?? ast.loc);
      return { value: null, stopped: 'raise' };
    }
  }

  // ---------------------------------------------------------------- evaluation

  /** Loops running now (while/until/loop), innermost last. */
  readonly loops: Ast[] = [];

  /** Run a loop body, so the step budget can name the loop. */
  inLoop<T>(at: Ast, fn: () => T): T {
    this.loops.push(at);
    try {
      return fn();
    } finally {
      this.loops.pop();
    }
  }

  /** The node evaluated last: where an internal error is reported. */
  lastNode: Ast | undefined;

  /** One step against the budget; loops and iterators count one per iteration as well as per node. */
  countStep(n: Ast, steps = 1): void {
    this.runSteps += steps;
    this.steps += steps;
    if (this.runSteps > this.runStepLimit) {
      throw new BudgetSignal('DEC0303', `evaluation step budget of the whole run (${this.runStepLimit}) exhausted at ${n.loc.file}:${n.loc.line}: the rest of this file is not evaluated`, n.loc);
    }
    if (this.steps > this.stepLimit) {
      // Name the loop that spins, not whatever statement inside it the budget ran out on.
      const at = this.loops[this.loops.length - 1]?.loc ?? n.loc;
      throw new BudgetSignal('DEC0303', `evaluation step budget (${this.stepLimit}) exhausted in the loop at ${at.file}:${at.line}: endless loop?`, at);
    }
  }

  eval(n: Ast | undefined, scope: Scope): RubyValue {
    if (n === undefined) {
      // A syntax error can leave a node without the child its kind always has (`x = */5'`: a splat of nothing).
      const at = this.lastNode;
      return at ? this.unknown(`part of this ${at.type.replace(/_/g, ' ')} is missing (a syntax error)`, at) : null;
    }
    this.lastNode = n;
    this.countStep(n);
    switch (n.type) {
      case 'program':
      case 'body_statement':
      case 'block_body':
      case 'then':
      case 'else':
      case 'begin':
      case 'parenthesized_statements':
      case 'do':
        return control.evalBody(this, n, scope);
      case 'pattern':
        return n.children[0] ? this.eval(n.children[0], scope) : null;
      case 'empty_statement':
      case 'nil':
        return null;
      case 'true':
        return true;
      case 'false':
        return false;
      case 'self':
        return scope.self;
      case 'integer':
        return parseRubyInteger(nodeText(n));
      case 'float':
        return new RFloat(Number(nodeText(n).replace(/_/g, '')));
      case 'string':
        return strings.evalString(this, n, scope);
      case 'chained_string':
        // `'a' 'b' …` is one node of many strings: each part is a step (50,000 of them made a loop test that never spent its budget).
        this.countStep(n, n.children.length);
        return n.children.map((c) => strings.evalString(this, c, scope)).reduce<RubyValue>((a, b) => concatMaybe(a, b), '');
      case 'heredoc_beginning':
        return strings.evalHeredoc(this, n, scope);
      case 'heredoc_body':
        return null;
      case 'simple_symbol':
        return sym(symbolName(nodeText(n)));
      case 'hash_key_symbol':
        return sym(nodeText(n));
      case 'delimited_symbol': {
        const s = strings.evalString(this, n, scope);
        return s instanceof Unknown ? s : sym(toS(s));
      }
      case 'bare_symbol': {
        const s = strings.evalString(this, n, scope);
        return s instanceof Unknown ? s : sym(toS(s));
      }
      case 'bare_string':
        return strings.evalString(this, n, scope);
      case 'character':
        return nodeText(n).slice(1);
      case 'string_array':
      case 'symbol_array':
        return new RArray(n.children.map((c) => this.eval(c, scope)));
      case 'array':
        return new RArray(collections.evalList(this, n.children, scope));
      case 'hash':
        return collections.evalHash(this, n, scope);
      case 'range': {
        const b = n.fields.begin ? this.eval(n.fields.begin, scope) : null;
        const e = n.fields.end ? this.eval(n.fields.end, scope) : null;
        if (b instanceof Unknown) return b;
        if (e instanceof Unknown) return e;
        return new RRange(b, e, n.op === '...');
      }
      case 'regex':
        return strings.evalRegex(this, n, scope);
      case 'identifier':
        return names.evalIdentifier(this, n, scope);
      case 'constant':
        return names.lookupConstant(this, nodeText(n), scope, n);
      case 'scope_resolution':
        return names.evalScopeResolution(this, n, scope);
      case 'instance_variable':
        return names.ivarsOf(this, scope.self)?.get(nodeText(n)) ?? null;
      case 'class_variable':
        return scope.frame.lexical.classVars.get(nodeText(n)) ?? null;
      case 'global_variable':
        return names.evalGlobal(this, n);
      case 'call':
        return calls.evalCall(this, n, scope);
      case 'element_reference': {
        const obj = this.eval(n.fields.object!, scope);
        const { args, block } = calls.evalArgs(this, n.children.filter((c) => c !== n.fields.object), scope);
        return dispatch.send(this, obj, '[]', args, block, n);
      }
      case 'assignment':
        return assignment.evalAssignment(this, n, scope);
      case 'operator_assignment':
        return assignment.evalOpAssignment(this, n, scope);
      case 'binary':
        return operators.evalBinary(this, n, scope);
      case 'unary':
        return operators.evalUnary(this, n, scope);
      case 'not': {
        const v = this.eval(n.children[0]!, scope);
        return v instanceof Unknown ? v : !isTruthy(v);
      }
      case 'if':
      case 'unless':
      case 'elsif':
        return control.evalIf(this, n, scope, n.type === 'unless');
      case 'if_modifier':
      case 'unless_modifier':
        return control.evalModifier(this, n, scope, n.type === 'unless_modifier');
      case 'conditional':
        return control.evalTernary(this, n, scope);
      case 'while':
      case 'until':
        return control.evalWhile(this, n, scope, n.type === 'until');
      case 'while_modifier':
      case 'until_modifier':
        return control.evalWhile(this, n, scope, n.type === 'until_modifier');
      case 'for':
        return control.evalFor(this, n, scope);
      case 'case':
        return control.evalCase(this, n, scope);
      case 'return': {
        const v = control.evalJumpValue(this, n, scope);
        throw new ReturnSignal(v, scope.frame);
      }
      case 'break':
        throw new BreakSignal(control.evalJumpValue(this, n, scope), BREAK_ANY);
      case 'next':
        throw new NextSignal(control.evalJumpValue(this, n, scope));
      case 'yield': {
        const block = scope.frame.block;
        const { args } = n.children[0] ? calls.evalArgs(this, n.children[0].children, scope) : { args: [] };
        if (!block) return this.unknown('yield without a block', n, 'DEC0302');
        return procs.callProc(this, block, args, n);
      }
      case 'method':
        return definitions.evalDef(this, n, scope);
      case 'singleton_method':
        return definitions.evalSingletonDef(this, n, scope);
      case 'module':
      case 'class':
        return definitions.evalModule(this, n, scope, n.type === 'class');
      case 'singleton_class':
        return definitions.evalSingletonClass(this, n, scope);
      case 'lambda':
        return calls.makeLambda(this, n, scope);
      case 'rescue_modifier':
        return control.evalRescueModifier(this, n, scope);
      case 'retry':
        throw new RetrySignal();
      case 'alias':
        return definitions.evalAlias(this, n, scope);
      case 'undef':
        return null;
      case 'super':
        return calls.evalSuper(this, n, scope, [], false);
      case 'subshell': {
        // The command's text, interpolated as a double-quoted string is; its output only when the run knows it.
        const command = strings.evalString(this, n, scope);
        const known = typeof command === 'string' ? this.subshell?.(command, n.loc) : undefined;
        return known ?? this.unknown(`shell command output (\`${nodeText(n).slice(1, 40)}\`) is only known on the host`, n);
      }
      case 'splat_argument': {
        const v = this.eval(n.children[0]!, scope);
        if (v instanceof RRange) return new RArray(rangeItems(v) ?? []);
        return v instanceof RArray ? v : new RArray([v]);
      }
      case 'file':
        return this.sourcePath(scope.frame.ref);
      case 'line':
        return n.loc.line;
      case 'encoding':
        return 'UTF-8';
      case 'begin_block':
      case 'end_block':
        return null;
      case 'rational':
      case 'complex':
        return this.unknown(`${n.type} literals are not evaluated`, n, 'DEC0302');
      case 'ERROR':
        return new Unknown('syntax error', n.loc);
      case TOO_DEEP:
        return this.unknown(`nesting too deep (over ${MAX_AST_DEPTH} syntax levels): this expression is not evaluated`, n, 'DEC0305', 'error');
      default:
        return this.unknown(`Ruby construct '${n.type}' is not evaluated`, n, 'DEC0302', 'warning');
    }
  }

  /** Regexp literals already warned about, so a loop does not repeat the warning. */
  readonly riskyRegexps = new Set<Ast>();

  // ---------------------------------------------------------------- the concerns
  // Each lives in its own module (eval-*.ts, procs.ts, method-dispatch.ts); these
  // are their entry points for each other (through Evaluator) and for callers.

  assignTo(left: Ast, value: RubyValue, scope: Scope): void { return assignment.assignTo(this, left, value, scope); }
  bindParams(params: Ast, argsIn: RubyValue[], block: RProc | null, scope: Scope, autoSplat: boolean): void { return procs.bindParams(this, params, argsIn, block, scope, autoSplat); }
  callFunction(scope: Scope, name: string, args: RubyValue[], block: RProc | null, at: Ast): RubyValue { return dispatch.callFunction(this, scope, name, args, block, at); }
  callProc(proc: RProc, args: RubyValue[], at: Ast, self?: RubyValue): RubyValue { return procs.callProc(this, proc, args, at, self); }
  chargeWork(at: Ast, name: string, self: RubyValue, args: readonly RubyValue[]): void { return dispatch.chargeWork(this, at, name, self, args); }
  constantIn(mod: ModuleDef, name: string, at: Ast): RubyValue { return names.constantIn(this, mod, name, at); }
  destructure(left: Ast, value: RubyValue, scope: Scope): void { return assignment.destructure(this, left, value, scope); }
  enter(at: Ast): void { return procs.enter(this, at); }
  evalArgs(nodes: readonly Ast[], scope: Scope, blockNode?: Ast): { args: RubyValue[]; block: RProc | null } { return calls.evalArgs(this, nodes, scope, blockNode); }
  evalBody(n: Ast, scope: Scope): RubyValue { return control.evalBody(this, n, scope); }
  evalIdentifier(n: Ast, scope: Scope): RubyValue { return names.evalIdentifier(this, n, scope); }
  evalKey(k: Ast, scope: Scope): RubyValue { return collections.evalKey(this, k, scope); }
  evalList(nodes: readonly Ast[], scope: Scope): RubyValue[] { return collections.evalList(this, nodes, scope); }
  evalString(n: Ast, scope: Scope): RubyValue { return strings.evalString(this, n, scope); }
  invoke(m: Method, self: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, scope: Scope | undefined): RubyValue { return dispatch.invoke(this, m, self, name, args, block, at, scope); }
  invokeDef(m: MethodDef, self: RubyValue, args: RubyValue[], block: RProc | null, at: Ast): RubyValue { return dispatch.invokeDef(this, m, self, args, block, at); }
  ivarsOf(self: RubyValue): Map<string, RubyValue> | undefined { return names.ivarsOf(this, self); }
  lookupConstant(name: string, scope: Scope, at: Ast): RubyValue { return names.lookupConstant(this, name, scope, at); }
  makeBlock(b: Ast, scope: Scope): RProc { return calls.makeBlock(this, b, scope); }
  nativeProc(fn: (args: RubyValue[], at: Ast) => RubyValue): RProc { return calls.nativeProc(this, fn); }
  noMethod(recv: RubyValue, name: string, at: Ast): Unknown { return dispatch.noMethod(this, recv, name, at); }
  respondTo(recv: RubyValue, name: string): boolean { return dispatch.respondTo(this, recv, name); }
  runNative(fn: Native, self: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, scope: Scope | undefined): RubyValue { return dispatch.runNative(this, fn, self, name, args, block, at, scope); }
  send(recv: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast): RubyValue { return dispatch.send(this, recv, name, args, block, at); }
  symbolProc(name: string): RProc { return calls.symbolProc(this, name); }
  toStr(v: RubyValue, at: Ast): string | Unknown { return strings.toStr(this, v, at); }
  yieldTo(block: RProc, args: RubyValue[], at: Ast): RubyValue { return procs.yieldTo(this, block, args, at); }
}

function symbolName(text: string): string {
  return text.replace(/^:/, '');
}

function concatMaybe(a: RubyValue, b: RubyValue): RubyValue {
  if (a instanceof Unknown) return a;
  if (b instanceof Unknown) return b;
  return toS(a) + toS(b);
}
