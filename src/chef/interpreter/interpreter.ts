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
import { RArray, RFloat, RHash, RObject, RProc, RRange, RSymbol, Unknown, isTruthy, sym, type RubyValue } from '../values.js';
import { LOCAL, MAX_AST_DEPTH, nodeText, TOO_DEEP, type Ast } from './ast.js';
import { BreakSignal, BudgetSignal, NextSignal, RaiseSignal, ReturnSignal, ThrowSignal } from './signals.js';
import { MAX_UNKNOWN_BRANCHES, MAX_UNKNOWN_NESTING, conditionReason, exploreBranches, merged } from './unknown-branches.js';
import {
  Instance, ModuleDef, NOT_FOUND, Scope, behaviourOf, closureOf, instanceClass, moduleOf,
  type Behaviour, type Call, type ClassHook, type FileProbe, type Found, type Frame, type InterpreterApi, type Method, type MethodDef, type Native,
  type RequireRelative, type RunResult,
} from './runtime.js';
import type { InterpreterHooks } from './interpreter-hooks.js';
import { callBuiltin } from './builtins/dispatch.js';
import { kernelFunction } from './builtins/kernel.js';
import { moduleMethod } from './builtins/module-methods.js';
import { makeRegexp, nestedQuantifier } from './regexp.js';
import { MAX_STRING_LENGTH } from './builtins/size-budget.js';
import { matchData } from './builtins/string-methods.js';
import { describe, inspect, toS } from './ruby-text.js';
import { rangeItems } from './value-ops.js';
import { crlfToLf, invalidEscape, unescapeDouble, unescapeSingle, dedentSquiggly } from '../../ruby/string-literals.js';
import { parseRubyInteger } from '../../ruby/integer-literal.js';

export interface InterpreterOptions {
  /** Node evaluations allowed per file run (endless loops stop here). */
  readonly stepLimit?: number;
  /** Node evaluations allowed in the whole run: per-file budgets reset on every file, so many big files add up without it. */
  readonly runStepLimit?: number;
  /** Nested method/block calls allowed (runaway recursion stops here). */
  readonly maxDepth?: number;
}

export class Interpreter implements InterpreterApi {
  readonly diagnostics: Diagnostic[] = [];
  private readonly seenDiagnostics = new Set<string>();
  readonly root = new ModuleDef('Object', true, undefined);
  /** Unknown `if` conditions around the code running now (resources declared here are conditional). */
  readonly unknownConditions: Unknown[] = [];
  /** Set while rendering a template: Unknowns written into `_buf` become visible markers. */
  template: { unknowns: Unknown[] } | undefined;
  lastMatch: RegExpExecArray | null = null;
  /**
   * The Chef layer's collaborators, given at construction (InterpreterHooks).
   * Still assignable while the Chef layer moves its call sites to the
   * constructor; then they become readonly.
   */
  fs: FileProbe;
  requireRelative: RequireRelative | undefined;
  classHook: ClassHook | undefined;
  steps = 0;
  /** Steps of the whole run; never reset or restored. */
  runSteps = 0;
  depth = 0;
  readonly stepLimit: number;
  readonly runStepLimit: number;
  readonly maxDepth: number;

  constructor(options: InterpreterOptions = {}, hooks: InterpreterHooks = {}) {
    this.fs = hooks.fs ?? { exists: () => false, isDirectory: () => false };
    this.requireRelative = hooks.requireRelative;
    this.classHook = hooks.classHook;
    this.stepLimit = options.stepLimit ?? 2_000_000;
    this.runStepLimit = options.runStepLimit ?? 20_000_000;
    this.maxDepth = options.maxDepth ?? 200;
  }

  // ---------------------------------------------------------------- reporting

  report(code: Code, severity: Diagnostic['severity'], message: string, location?: SourceLocation, hint?: string): void {
    const key = `${code}|${message}|${location ? `${location.cookbook ?? ''}/${location.file}:${location.line}:${location.column}` : ''}`;
    if (this.seenDiagnostics.has(key)) return;
    this.seenDiagnostics.add(key);
    this.diagnostics.push(diagnostic(code, severity, message, location, hint));
  }

  unknown(reason: string, node: Ast, code: Code = 'DEC0301', severity: Diagnostic['severity'] = 'info'): Unknown {
    const u = new Unknown(reason, node.loc);
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
  private methodResult(frame: object, value: RubyValue): RubyValue {
    const others = this.maybeReturns.get(frame);
    if (!others) return value;
    this.maybeReturns.delete(frame);
    return merged([value, ...others.values], others.reason);
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

  newFrame(ref: FileRef, lexical: ModuleDef, defTarget: ModuleDef = lexical): Frame {
    return { ref, lexical, defTarget, block: null };
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
    try {
      return { value: fn() };
    } catch (e) {
      this.depth = depth;
      this.unknownConditions.length = conditions;
      this.loops.length = loops;
      if (e instanceof ReturnSignal) return { value: e.value, stopped: 'return' };
      if (e instanceof BudgetSignal) {
        this.report(e.code, 'error', e.message, e.location);
        return { value: null, stopped: 'budget' };
      }
      if (e instanceof RaiseSignal) {
        this.report('DEC0306', 'error', `${e.className}: ${e.message} (the rest of ${ast.loc.file} is not evaluated)`, e.location);
        return { value: null, stopped: 'raise' };
      }
      if (e instanceof BreakSignal || e instanceof NextSignal || e instanceof ThrowSignal) {
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
        return this.evalBody(n, scope);
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
        return this.evalString(n, scope);
      case 'chained_string':
        // `'a' 'b' …` is one node of many strings: each part is a step (50,000 of them made a loop test that never spent its budget).
        this.countStep(n, n.children.length);
        return n.children.map((c) => this.evalString(c, scope)).reduce<RubyValue>((a, b) => concatMaybe(a, b), '');
      case 'heredoc_beginning':
        return this.evalHeredoc(n, scope);
      case 'heredoc_body':
        return null;
      case 'simple_symbol':
        return sym(symbolName(nodeText(n)));
      case 'hash_key_symbol':
        return sym(nodeText(n));
      case 'delimited_symbol': {
        const s = this.evalString(n, scope);
        return s instanceof Unknown ? s : sym(toS(s));
      }
      case 'bare_symbol': {
        const s = this.evalString(n, scope);
        return s instanceof Unknown ? s : sym(toS(s));
      }
      case 'bare_string':
        return this.evalString(n, scope);
      case 'character':
        return nodeText(n).slice(1);
      case 'string_array':
      case 'symbol_array':
        return new RArray(n.children.map((c) => this.eval(c, scope)));
      case 'array':
        return new RArray(this.evalList(n.children, scope));
      case 'hash':
        return this.evalHash(n, scope);
      case 'range': {
        const b = n.fields.begin ? this.eval(n.fields.begin, scope) : null;
        const e = n.fields.end ? this.eval(n.fields.end, scope) : null;
        if (b instanceof Unknown) return b;
        if (e instanceof Unknown) return e;
        return new RRange(b, e, n.op === '...');
      }
      case 'regex':
        return this.evalRegex(n, scope);
      case 'identifier':
        return this.evalIdentifier(n, scope);
      case 'constant':
        return this.lookupConstant(nodeText(n), scope, n);
      case 'scope_resolution':
        return this.evalScopeResolution(n, scope);
      case 'instance_variable':
        return this.ivarsOf(scope.self)?.get(nodeText(n)) ?? null;
      case 'class_variable':
        return scope.frame.lexical.classVars.get(nodeText(n)) ?? null;
      case 'global_variable':
        return this.evalGlobal(n);
      case 'call':
        return this.evalCall(n, scope);
      case 'element_reference': {
        const obj = this.eval(n.fields.object!, scope);
        const { args, block } = this.evalArgs(n.children.filter((c) => c !== n.fields.object), scope);
        return this.send(obj, '[]', args, block, n);
      }
      case 'assignment':
        return this.evalAssignment(n, scope);
      case 'operator_assignment':
        return this.evalOpAssignment(n, scope);
      case 'binary':
        return this.evalBinary(n, scope);
      case 'unary':
        return this.evalUnary(n, scope);
      case 'not': {
        const v = this.eval(n.children[0]!, scope);
        return v instanceof Unknown ? v : !isTruthy(v);
      }
      case 'if':
      case 'unless':
      case 'elsif':
        return this.evalIf(n, scope, n.type === 'unless');
      case 'if_modifier':
      case 'unless_modifier':
        return this.evalModifier(n, scope, n.type === 'unless_modifier');
      case 'conditional':
        return this.evalTernary(n, scope);
      case 'while':
      case 'until':
        return this.evalWhile(n, scope, n.type === 'until');
      case 'while_modifier':
      case 'until_modifier':
        return this.evalWhile(n, scope, n.type === 'until_modifier');
      case 'for':
        return this.evalFor(n, scope);
      case 'case':
        return this.evalCase(n, scope);
      case 'return': {
        const v = this.evalJumpValue(n, scope);
        throw new ReturnSignal(v, scope.frame);
      }
      case 'break':
        throw new BreakSignal(this.evalJumpValue(n, scope), BREAK_ANY);
      case 'next':
        throw new NextSignal(this.evalJumpValue(n, scope));
      case 'yield': {
        const block = scope.frame.block;
        const { args } = n.children[0] ? this.evalArgs(n.children[0].children, scope) : { args: [] };
        if (!block) return this.unknown('yield without a block', n, 'DEC0302');
        return this.callProc(block, args, n);
      }
      case 'method':
        return this.evalDef(n, scope);
      case 'singleton_method':
        return this.evalSingletonDef(n, scope);
      case 'module':
      case 'class':
        return this.evalModule(n, scope, n.type === 'class');
      case 'singleton_class':
        return this.evalSingletonClass(n, scope);
      case 'lambda':
        return this.makeLambda(n, scope);
      case 'rescue_modifier':
        return this.evalRescueModifier(n, scope);
      case 'alias':
      case 'undef':
        return null;
      case 'super':
        return this.evalSuper(n, scope, [], false);
      case 'subshell':
        return this.unknown(`shell command output (\`${nodeText(n).slice(1, 40)}\`) is only known on the host`, n);
      case 'splat_argument': {
        const v = this.eval(n.children[0]!, scope);
        if (v instanceof RRange) return new RArray(rangeItems(v) ?? []);
        return v instanceof RArray ? v : new RArray([v]);
      }
      case 'file':
        return scope.frame.ref.file;
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

  evalBody(n: Ast, scope: Scope): RubyValue {
    const rescues: Ast[] = [];
    let elseNode: Ast | undefined;
    let ensure: Ast | undefined;
    const statements: Ast[] = [];
    for (const c of n.children) {
      if (c.type === 'rescue') rescues.push(c);
      else if (c.type === 'ensure') ensure = c;
      else if (c.type === 'else' && (rescues.length > 0 || n.type === 'body_statement' || n.type === 'begin') && n.children.some((x) => x.type === 'rescue')) elseNode = c;
      else statements.push(c);
    }
    if (rescues.length === 0 && !ensure) {
      let last: RubyValue = null;
      for (const s of statements) last = this.eval(s, scope);
      return last;
    }
    try {
      let last: RubyValue = null;
      try {
        for (const s of statements) last = this.eval(s, scope);
      } catch (e) {
        if (!(e instanceof RaiseSignal) || rescues.length === 0) throw e;
        const handler = rescues.find((r) => this.rescueMatches(r, e, scope)) ;
        if (!handler) throw e;
        const variable = handler.children.find((c) => c.type === 'exception_variable');
        if (variable?.children[0]) this.assignTo(variable.children[0], new RObject(e.className, { displayName: e.message, message: e.message }), scope);
        const body = handler.fields.body ?? handler.children.find((c) => c.type === 'then');
        return body ? this.eval(body, scope) : null;
      }
      if (elseNode) last = this.eval(elseNode, scope);
      return last;
    } finally {
      if (ensure) this.evalBody(ensure, scope);
    }
  }

  private rescueMatches(r: Ast, e: RaiseSignal, scope: Scope): boolean {
    const classes = r.children.find((c) => c.type === 'exceptions');
    if (!classes) return true;
    return classes.children.some((c) => {
      const name = nodeText(c).replace(/^::/, '');
      if (['StandardError', 'Exception', 'RuntimeError'].includes(name)) return true;
      void scope;
      return name === e.className || name.endsWith(`::${e.className}`) || e.className.endsWith(name);
    });
  }

  evalList(nodes: readonly Ast[], scope: Scope): RubyValue[] {
    const out: RubyValue[] = [];
    for (const c of nodes) {
      if (c.type === 'splat_argument') {
        const v = this.eval(c.children[0]!, scope);
        if (v instanceof RRange) out.push(...(rangeItems(v) ?? [this.unknown('splat of a huge range', c)]));
        else if (v instanceof RArray) out.push(...v.items);
        else if (v instanceof RHash) out.push(...v.entries().map(([k, x]) => new RArray([k, x])));
        else if (v !== null) out.push(v);
      } else if (c.type === 'pair') {
        // `[a: 1]` is an array holding a hash.
        const h = new RHash();
        h.set(this.evalKey(c.fields.key!, scope), this.eval(c.fields.value!, scope));
        out.push(h);
      } else out.push(this.eval(c, scope));
    }
    return out;
  }

  private evalKey(k: Ast, scope: Scope): RubyValue {
    if (k.type === 'hash_key_symbol') return sym(nodeText(k));
    if (k.type === 'string' && k.src[k.end] === ':') {
      const s = this.evalString(k, scope);
      return s instanceof Unknown ? s : sym(toS(s));
    }
    return this.eval(k, scope);
  }

  private evalHash(n: Ast, scope: Scope): RubyValue {
    const h = new RHash();
    for (const c of n.children) {
      if (c.type === 'pair') {
        const key = this.evalKey(c.fields.key!, scope);
        const value = c.fields.value ? this.eval(c.fields.value, scope) : this.evalIdentifier(c.fields.key!, scope);
        h.set(key, value);
      } else if (c.type === 'hash_splat_argument') {
        const v = this.eval(c.children[0]!, scope);
        if (v instanceof RHash) for (const [k, x] of v.entries()) h.set(k, x);
        else if (v instanceof Unknown) return v;
      }
    }
    return h;
  }

  // ---------------------------------------------------------------- strings

  evalString(n: Ast, scope: Scope): RubyValue {
    // A literal without interpolation is the same text every time: a loop over a megabyte literal must not re-read it.
    if (n.cache instanceof LiteralText) return n.cache.text;
    const interpolated = n.children.some((c) => c.type === 'interpolation');
    const value = this.evalStringParts(n, scope);
    if (typeof value === 'string') {
      if (!interpolated) n.cache = new LiteralText(value);
      else if (value.length >= WORK_PER_STEP) this.countStep(n, Math.floor(value.length / WORK_PER_STEP));
    }
    return value;
  }

  private evalStringParts(n: Ast, scope: Scope): RubyValue {
    const single = n.open !== undefined && (n.open === "'" || /^%q/.test(n.open) || n.open === ":'");
    let out = '';
    let unknown: Unknown | undefined;
    for (const c of n.children) {
      switch (c.type) {
        case 'string_content':
          // Ruby's lexer reads CR LF in a literal as LF (so Chef renders a CRLF template with LF).
          out += single ? unescapeSingle(crlfToLf(nodeText(c))) : crlfToLf(nodeText(c));
          break;
        case 'escape_sequence': {
          const bad = single ? undefined : invalidEscape(nodeText(c));
          if (bad) return this.unknown(`syntax error: ${bad} in a string literal (Ruby refuses it)`, c, 'DEC0101', 'error');
          out += single ? unescapeSingle(nodeText(c)) : unescapeDouble(nodeText(c));
          break;
        }
        case 'interpolation': {
          const v = this.evalInterpolation(c, scope);
          if (v instanceof Unknown) {
            if (this.template) {
              out += inspect(v);
              this.template.unknowns.push(v);
            } else unknown ??= v;
          } else out += v;
          break;
        }
        default:
          out += nodeText(c);
      }
    }
    if (out.length > MAX_STRING_LENGTH) return this.unknown(`value too large: an interpolated string of ${out.length} characters (over the budget of ${MAX_STRING_LENGTH})`, n, 'DEC0311', 'error');
    return unknown ?? out;
  }

  private evalInterpolation(c: Ast, scope: Scope): RubyValue {
    let v: RubyValue = null;
    for (const s of c.children) v = this.eval(s, scope);
    if (v instanceof Unknown) return v;
    return this.toStr(v, c);
  }

  /** `to_s` through user classes when they define it. */
  toStr(v: RubyValue, at: Ast): string | Unknown {
    if (v instanceof RObject && instanceClass(v)?.findMethod('to_s')) {
      const r = this.send(v, 'to_s', [], null, at);
      return r instanceof Unknown ? r : toS(r);
    }
    return toS(v);
  }

  private evalHeredoc(n: Ast, scope: Scope): RubyValue {
    const opener = nodeText(n);
    const body = n.heredoc;
    if (!body) return this.unknown('heredoc body not found', n, 'DEC0302');
    const raw = /^<<[~-]?(['`])/.test(opener);
    const squiggly = opener.startsWith('<<~');
    // Interpolated values are spliced in after dedent, as Ruby dedents the literal text only.
    const parts: string[] = [];
    const values: RubyValue[] = [];
    for (const c of body.children) {
      if (c.type === 'heredoc_content') parts.push(crlfToLf(nodeText(c)));
      else if (c.type === 'escape_sequence') {
        const bad = raw ? undefined : invalidEscape(nodeText(c));
        if (bad) return this.unknown(`syntax error: ${bad} in a heredoc (Ruby refuses it)`, c, 'DEC0101', 'error');
        parts.push(raw ? nodeText(c) : unescapeDouble(nodeText(c)));
      }
      else if (c.type === 'interpolation') {
        values.push(this.evalInterpolation(c, scope));
        parts.push(`\u0000${values.length - 1}\u0000`);
      }
    }
    let text = parts.join('');
    if (text.startsWith('\n')) text = text.slice(1);
    // With <<- and <<~ the closing word may be indented; that indentation is not content.
    if (/^<<[~-]/.test(opener)) text = text.replace(/(^|\n)[ \t]+$/, '$1');
    if (squiggly) text = dedentSquiggly(text);
    let unknown: Unknown | undefined;
    text = text.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => {
      const v = values[Number(i)]!;
      if (v instanceof Unknown) {
        unknown ??= v;
        return '';
      }
      return toS(v);
    });
    return unknown ?? text;
  }

  /** Regexp literals already warned about, so a loop does not repeat the warning. */
  private readonly riskyRegexps = new Set<Ast>();

  private evalRegex(n: Ast, scope: Scope): RubyValue {
    const closing = n.src.slice(n.start, n.end).match(/[a-z]*$/)?.[0] ?? '';
    let source = '';
    for (const c of n.children) {
      if (c.type === 'interpolation') {
        const v = this.evalInterpolation(c, scope);
        if (v instanceof Unknown) return v;
        source += toS(v);
      } else source += nodeText(c);
    }
    try {
      const re = makeRegexp(source, closing);
      if (nestedQuantifier(source) && !this.riskyRegexps.has(n)) {
        this.riskyRegexps.add(n);
        this.report('DEC0312', 'warning', `/${source}/ repeats a group that itself repeats: Ruby before 3.2 can take exponential time on a non-matching line (decant matches it in linear time)`, n.loc);
      }
      return re;
    } catch (e) {
      return this.unknown(`regular expression /${source}/ cannot be translated${e instanceof Error ? ` (${e.message})` : ''}`, n, 'DEC0302');
    }
  }

  private evalGlobal(n: Ast): RubyValue {
    const name = nodeText(n);
    const m = /^\$(\d)$/.exec(name);
    if (m) return this.lastMatch?.[Number(m[1])] ?? null;
    if (name === '$~') return this.lastMatch ? matchData(this.lastMatch) : null;
    if (name === '$stdout' || name === '$stderr') return new RObject('IO');
    if (name === '$PROGRAM_NAME' || name === '$0') return 'chef-client';
    return this.unknown(`global variable ${name} is not known statically`, n);
  }

  // ---------------------------------------------------------------- names

  private evalIdentifier(n: Ast, scope: Scope): RubyValue {
    const name = nodeText(n);
    if (scope.has(name)) return scope.get(name)!;
    if ((name === 'it' || name === '_1') && scope.has('_1')) return scope.get('_1')!;
    // Assigned earlier in this scope on a path that did not run: Ruby reads nil.
    if (n.cache === LOCAL) return null;
    return this.callFunction(scope, name, [], null, n);
  }

  lookupConstant(name: string, scope: Scope, at: Ast): RubyValue {
    for (let m: ModuleDef | undefined = scope.frame.lexical; m; m = m.lexicalParent) {
      const v = m.constants.get(name);
      if (v !== undefined) return v;
    }
    for (const m of scope.frame.lexical.ancestors()) {
      const v = m.constants.get(name);
      if (v !== undefined) return v;
    }
    const v = this.root.constants.get(name);
    if (v !== undefined) return v;
    return this.unknown(`uninitialized constant ${name}`, at, 'DEC0307', 'warning');
  }

  private evalScopeResolution(n: Ast, scope: Scope): RubyValue {
    const name = nodeText(n.fields.name!);
    if (!n.fields.scope) {
      const v = this.root.constants.get(name);
      return v !== undefined ? v : this.unknown(`uninitialized constant ::${name}`, n, 'DEC0307', 'warning');
    }
    const outer = this.eval(n.fields.scope, scope);
    if (outer instanceof Unknown) return outer;
    const mod = moduleOf(outer);
    if (!mod) return this.unknown(`${inspect(outer)} is not a class/module`, n, 'DEC0302');
    return this.constantIn(mod, name, n);
  }

  constantIn(mod: ModuleDef, name: string, at: Ast): RubyValue {
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
    return this.unknown(`uninitialized constant ${mod.name}::${name}`, at, 'DEC0307', 'warning');
  }

  ivarsOf(self: RubyValue): Map<string, RubyValue> | undefined {
    return self instanceof RObject ? self.ivars : undefined;
  }

  // ---------------------------------------------------------------- calls

  private evalCall(n: Ast, scope: Scope): RubyValue {
    const methodNode = n.fields.method;
    const recvNode = n.fields.receiver;
    const name = methodNode ? nodeText(methodNode) : 'call';
    const argNodes = n.fields.arguments?.children ?? [];
    if (!recvNode && methodNode?.type === 'super') {
      const { args } = this.evalArgs(argNodes, scope);
      return this.evalSuper(n, scope, args, true);
    }
    if (!recvNode) {
      const { args, block } = this.evalArgs(argNodes, scope, n.fields.block);
      return this.callFunction(scope, name, args, block, n);
    }
    const recv = this.eval(recvNode, scope);
    if (n.op === '&.' && recv === null) return null;
    const { args, block } = this.evalArgs(argNodes, scope, n.fields.block);
    if (recvNode.type === 'identifier' || recvNode.type === 'instance_variable') {
      if (typeof recv === 'string' && MUTATING_STRING.has(name)) {
        const r = this.send(recv, name.replace(/!$/, ''), args, block, n);
        if (typeof r === 'string') this.assignTo(recvNode, name === 'concat' || name === '<<' ? r : r, scope);
        return name.endsWith('!') && r === recv ? null : r;
      }
    }
    return this.send(recv, name, args, block, n);
  }

  evalArgs(nodes: readonly Ast[], scope: Scope, blockNode?: Ast): { args: RubyValue[]; block: RProc | null } {
    const args: RubyValue[] = [];
    let kwargs: RHash | undefined;
    let block: RProc | null = null;
    for (const c of nodes) {
      switch (c.type) {
        case 'pair': {
          kwargs ??= new RHash();
          const key = this.evalKey(c.fields.key!, scope);
          kwargs.set(key, c.fields.value ? this.eval(c.fields.value, scope) : this.evalIdentifier(c.fields.key!, scope));
          break;
        }
        case 'hash_splat_argument': {
          kwargs ??= new RHash();
          const v = this.eval(c.children[0]!, scope);
          if (v instanceof RHash) for (const [k, x] of v.entries()) kwargs.set(k, x);
          break;
        }
        case 'block_argument': {
          const v = c.children[0] ? this.eval(c.children[0], scope) : scope.frame.block;
          if (v instanceof RProc) block = v;
          else if (v instanceof RSymbol) block = this.symbolProc(v.name);
          else if (v instanceof RObject && v.className === 'Method') block = (v.internal as { proc: RProc }).proc;
          break;
        }
        case 'splat_argument': {
          const v = this.eval(c.children[0]!, scope);
          if (v instanceof RRange) args.push(...(rangeItems(v) ?? []));
          else if (v instanceof RArray) args.push(...v.items);
          else if (v !== null) args.push(v);
          break;
        }
        default:
          args.push(this.eval(c, scope));
      }
    }
    if (kwargs) args.push(kwargs);
    if (blockNode) block = this.makeBlock(blockNode, scope);
    return { args, block };
  }

  makeBlock(b: Ast, scope: Scope): RProc {
    return new RProc(b.fields.parameters, b.fields.body, scope, false);
  }

  private makeLambda(n: Ast, scope: Scope): RProc {
    const body = n.fields.body!;
    return new RProc(n.fields.parameters ?? body.fields.parameters, body.fields.body, scope, true);
  }

  symbolProc(name: string): RProc {
    return new RProc(undefined, { native: (args: RubyValue[], at: Ast) => this.send(args[0] ?? null, name, args.slice(1), null, at) }, undefined, false);
  }

  nativeProc(fn: (args: RubyValue[], at: Ast) => RubyValue): RProc {
    return new RProc(undefined, { native: fn }, undefined, false);
  }

  /** Call a block or lambda; `self` overrides the closure's self (instance_eval). */
  callProc(proc: RProc, args: RubyValue[], at: Ast, self?: RubyValue): RubyValue {
    const body = proc.body;
    if (body && 'native' in body) return body.native(args, at);
    const closure = closureOf(proc);
    const scope = new Scope(closure, self === undefined ? closure.self : self, closure.frame);
    this.enter(at);
    try {
      const params = proc.params;
      if (params) this.bindParams(params, args, null, scope, !proc.isLambda);
      else {
        args.forEach((a, i) => scope.declare(`_${i + 1}`, a));
        if (args.length > 0) scope.declare('it', args[0]!);
      }
      if (!body) return null;
      return this.eval(body, scope);
    } catch (e) {
      if (e instanceof NextSignal) return e.value;
      if (proc.isLambda && e instanceof ReturnSignal && e.frame === closure.frame) return e.value;
      throw e;
    } finally {
      this.depth--;
    }
  }

  /** Call a block from a builtin iterator; `break` in it ends the iteration with its value. */
  yieldTo(block: RProc, args: RubyValue[], at: Ast): RubyValue {
    // An empty block evaluates no node, so each iteration must count here or `loop do end` never ends.
    this.countStep(at);
    return this.callProc(block, args, at);
  }

  private enter(at: Ast): void {
    if (++this.depth > this.maxDepth) {
      throw new BudgetSignal('DEC0305', `call depth over ${this.maxDepth} at ${at.loc.file}:${at.loc.line}: runaway recursion?`, at.loc);
    }
  }

  bindParams(params: Ast, argsIn: RubyValue[], block: RProc | null, scope: Scope, autoSplat: boolean): void {
    let args = argsIn;
    const list = params.children;
    const positional = list.filter((p) => p.type === 'identifier' || p.type === 'destructured_parameter' || p.type === 'optional_parameter' || p.type === 'splat_parameter');
    if (autoSplat && args.length === 1 && args[0] instanceof RArray && (positional.length > 1 || list.some((p) => p.type === 'destructured_parameter' && positional.length > 1))) {
      args = args[0].items;
    }
    const hasKw = list.some((p) => p.type === 'keyword_parameter' || p.type === 'hash_splat_parameter');
    let kw: RHash | undefined;
    if (hasKw && args.length > 0) {
      const last = args[args.length - 1];
      if (last instanceof RHash && last.keys().every((k) => k instanceof RSymbol)) {
        kw = last;
        args = args.slice(0, -1);
      }
    }
    const required = list.filter((p) => p.type === 'identifier' || p.type === 'destructured_parameter').length;
    let optionalLeft = Math.max(0, args.length - required);
    let i = 0;
    const used = new Set<string>();
    for (const p of list) {
      switch (p.type) {
        case 'identifier':
          scope.declare(nodeText(p), args[i++] ?? null);
          break;
        case 'destructured_parameter': {
          const v = args[i++] ?? null;
          this.bindParams(p, v instanceof RArray ? v.items : [v], null, scope, false);
          break;
        }
        case 'optional_parameter': {
          const name = nodeText(p.fields.name!);
          if (optionalLeft > 0) {
            scope.declare(name, args[i++] ?? null);
            optionalLeft--;
          } else scope.declare(name, this.eval(p.fields.value!, scope));
          break;
        }
        case 'splat_parameter': {
          const rest = args.slice(i, Math.max(i, args.length - (required - countBefore(list, p))));
          i += rest.length;
          if (p.fields.name) scope.declare(nodeText(p.fields.name), new RArray(rest));
          break;
        }
        case 'keyword_parameter': {
          const name = nodeText(p.fields.name!);
          used.add(name);
          const given = kw?.has(sym(name)) ? kw.get(sym(name))! : undefined;
          scope.declare(name, given !== undefined ? given : p.fields.value ? this.eval(p.fields.value, scope) : null);
          break;
        }
        case 'hash_splat_parameter': {
          const rest = new RHash();
          for (const [k, v] of kw?.entries() ?? []) if (!(k instanceof RSymbol && used.has(k.name))) rest.set(k, v);
          if (p.fields.name) scope.declare(nodeText(p.fields.name), rest);
          break;
        }
        case 'block_parameter':
          if (p.fields.name) scope.declare(nodeText(p.fields.name), block);
          break;
        case 'forward_parameter':
          scope.declare('...', new RArray(argsIn));
          break;
        default:
          break;
      }
    }
  }

  /** A call without a receiver: locals were tried already; now self's methods, then Kernel. */
  callFunction(scope: Scope, name: string, args: RubyValue[], block: RProc | null, at: Ast): RubyValue {
    const self = scope.self;
    const found = this.dispatchOn(self, name, args, block, at, true, scope);
    if (found !== NOT_FOUND) return found;
    const k = kernelFunction(name);
    if (k) return this.runNative(k, self, name, args, block, at, scope);
    return this.noMethod(self, name, at);
  }

  /** A call with an explicit receiver. */
  send(recv: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast): RubyValue {
    if (recv instanceof Unknown) {
      if (block) this.underCondition(conditionReason(recv), () => this.runIgnoringBreak(() => this.callProc(block, args.length ? args : [recv, recv], at)));
      return recv;
    }
    const found = this.dispatchOn(recv, name, args, block, at, false, undefined);
    if (found !== NOT_FOUND) return found;
    return this.noMethod(recv, name, at);
  }

  private runIgnoringBreak(fn: () => RubyValue): RubyValue {
    try {
      return fn();
    } catch (e) {
      if (e instanceof BreakSignal) return e.value;
      throw e;
    }
  }

  noMethod(recv: RubyValue, name: string, at: Ast): Unknown {
    const what = recv instanceof RObject && behaviourOf(recv) ? '' : ` for ${describe(recv)}`;
    return this.unknown(`undefined method or local variable '${name}'${what}`, at, 'DEC0307', 'warning');
  }

  respondTo(recv: RubyValue, name: string): boolean {
    if (this.root.methods.has(name)) return true;
    const b = behaviourOf(recv);
    if (b) return !!(b.singleton.findMethod(name) || b.native(name) || b.modules().some((m) => m.findMethod(name)));
    const cls = instanceClass(recv);
    if (cls) return !!cls.findMethod(name);
    const mod = moduleOf(recv);
    if (mod) return !!mod.findSingleton(name);
    return false;
  }

  private dispatchOn(recv: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, selfCall: boolean, scope: Scope | undefined): Found {
    try {
      return this.dispatchInner(recv, name, args, block, at, selfCall, scope);
    } catch (e) {
      if (block && e instanceof BreakSignal && e.tag === BREAK_ANY) return e.value;
      throw e;
    }
  }

  private dispatchInner(recv: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, selfCall: boolean, scope: Scope | undefined): Found {
    if (recv instanceof RObject) {
      const internal = recv.internal;
      if (internal instanceof ModuleDef) {
        const m = internal.findSingleton(name) ?? (internal.moduleFunction || internal.extends.includes(internal) ? internal.findMethod(name) : undefined);
        if (m) return this.invoke(m, recv, name, args, block, at, scope);
        if (this.classHook) {
          const hooked = this.classHook(internal, name, { interp: this, self: recv, name, args, block, node: at });
          if (hooked !== NOT_FOUND) return hooked;
        }
        const r = moduleMethod(this, internal, name, args, block, at, scope);
        if (r !== NOT_FOUND) return r;
      } else if (internal instanceof Instance) {
        const m = internal.cls.findMethod(name);
        if (m) return this.invoke(m, recv, name, args, block, at, scope);
        const mm = internal.cls.findMethod('method_missing');
        if (mm && !OBJECT_METHODS.has(name)) return this.invoke(mm, recv, 'method_missing', [sym(name), ...args], block, at, scope);
      } else {
        const b = behaviourOf(recv);
        if (b) {
          const r = this.dispatchBehaviour(b, recv, name, args, block, at, selfCall, scope);
          if (r !== NOT_FOUND) return r;
        }
      }
    }
    // Methods defined at the top level of a library live on Object: callable from anywhere.
    if (selfCall) {
      const top = this.root.methods.get(name);
      if (top) return this.invoke(top, recv, name, args, block, at, scope);
    }
    return callBuiltin({ interp: this, self: recv, name, args, block, node: at }, scope);
  }

  private dispatchBehaviour(b: Behaviour, recv: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, selfCall: boolean, scope: Scope | undefined): Found {
    const own = b.singleton.findMethod(name);
    if (own) return this.invoke(own, recv, name, args, block, at, scope);
    const native = b.native(name);
    if (native) return this.runNative(native, recv, name, args, block, at, scope);
    for (const m of b.modules()) {
      const found = m.findMethod(name);
      if (found) return this.invoke(found, recv, name, args, block, at, scope);
    }
    // Top-level library defs live on Object, ahead of property setters and method_missing.
    if (selfCall) {
      const top = this.root.methods.get(name);
      if (top) return this.invoke(top, recv, name, args, block, at, scope);
    }
    if (b.missing) {
      const r = b.missing({ interp: this, self: recv, name, args, block, node: at });
      if (r !== NOT_FOUND) return r;
    }
    if (selfCall && b.fallback !== undefined) {
      const kernel = kernelFunction(name);
      if (kernel) return NOT_FOUND;
      return this.dispatchOn(b.fallback, name, args, block, at, true, scope);
    }
    return NOT_FOUND;
  }

  /**
   * A built-in's work grows with the size of what it reads: a loop calling
   * `include?` on a megabyte string must spend the budget faster than one on a word.
   */
  chargeWork(at: Ast, name: string, self: RubyValue, args: readonly RubyValue[]): void {
    // Appending costs what is appended, not what it is appended to (a template's buffer grows with every line).
    const work = (APPENDS.has(name) ? 0 : workOf(self)) + (args.length > 0 ? workOf(args[0]!) : 0);
    if (work >= WORK_PER_STEP) this.countStep(at, Math.floor(work / WORK_PER_STEP));
  }

  runNative(fn: Native, self: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, scope: Scope | undefined): RubyValue {
    this.chargeWork(at, name, self, args);
    const c: Call = scope ? { interp: this, self, name, args, block, node: at, scope } : { interp: this, self, name, args, block, node: at };
    return fn(c);
  }

  invoke(m: Method, self: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, scope: Scope | undefined): RubyValue {
    if (typeof m === 'function') return this.runNative(m, self, name, args, block, at, scope);
    return this.invokeDef(m, self, args, block, at);
  }

  invokeDef(m: MethodDef, self: RubyValue, args: RubyValue[], block: RProc | null, at: Ast): RubyValue {
    if (m.proc) return this.callProc(m.proc, args, at, self);
    const frame: Frame = { ref: m.ref, lexical: m.owner, defTarget: m.owner, block, method: m, args };
    const scope = new Scope(undefined, self, frame);
    this.enter(at);
    try {
      if (m.params) this.bindParams(m.params, args, block, scope, false);
      return this.methodResult(frame, m.body ? this.eval(m.body, scope) : null);
    } catch (e) {
      if (e instanceof ReturnSignal && e.frame === frame) return this.methodResult(frame, e.value);
      this.maybeReturns.delete(frame);
      throw e;
    } finally {
      this.depth--;
    }
  }

  private evalSuper(n: Ast, scope: Scope, explicit: RubyValue[], hasArgs = false): RubyValue {
    const m = scope.frame.method;
    if (!m) return this.unknown('super outside a method', n, 'DEC0302');
    // Bare `super` passes the method's own arguments; `super(...)` passes its own.
    const args = hasArgs ? explicit : scope.frame.args ?? [];
    const chain = instanceClass(scope.self)?.ancestors() ?? m.owner.ancestors();
    const idx = chain.indexOf(m.owner);
    for (const mod of chain.slice(idx + 1)) {
      const found = mod.methods.get(m.name);
      if (found) return this.invoke(found, scope.self, m.name, args, scope.frame.block, n, scope);
    }
    return null;
  }

  // ---------------------------------------------------------------- assignment

  private evalAssignment(n: Ast, scope: Scope): RubyValue {
    const left = n.fields.left!;
    const rightNode = n.fields.right!;
    if (left.type === 'left_assignment_list' || left.type === 'destructured_left_assignment') {
      const value = rightNode.type === 'right_assignment_list' ? new RArray(this.evalList(rightNode.children, scope)) : this.eval(rightNode, scope);
      this.destructure(left, value, scope);
      return value;
    }
    const value = rightNode.type === 'right_assignment_list' ? new RArray(this.evalList(rightNode.children, scope)) : this.eval(rightNode, scope);
    this.assignTo(left, value, scope);
    return value;
  }

  private destructure(left: Ast, value: RubyValue, scope: Scope): void {
    const items = value instanceof RArray ? value.items : value instanceof Unknown ? [] : [value];
    const targets = left.children;
    const restIdx = targets.findIndex((t) => t.type === 'rest_assignment');
    targets.forEach((t, i) => {
      let v: RubyValue;
      if (value instanceof Unknown) v = value;
      else if (restIdx >= 0 && i === restIdx) v = new RArray(items.slice(i, items.length - (targets.length - 1 - i)));
      else if (restIdx >= 0 && i > restIdx) v = items[items.length - (targets.length - i)] ?? null;
      else v = items[i] ?? null;
      if (t.type === 'rest_assignment') {
        if (t.children[0]) this.assignTo(t.children[0], v, scope);
      } else if (t.type === 'destructured_left_assignment') this.destructure(t, v, scope);
      else this.assignTo(t, v, scope);
    });
  }

  assignTo(left: Ast, value: RubyValue, scope: Scope): void {
    switch (left.type) {
      case 'identifier':
        scope.set(nodeText(left), value);
        return;
      case 'instance_variable': {
        const ivars = this.ivarsOf(scope.self);
        if (ivars) ivars.set(nodeText(left), value);
        return;
      }
      case 'class_variable':
        scope.frame.lexical.classVars.set(nodeText(left), value);
        return;
      case 'constant':
        scope.frame.lexical.constants.set(nodeText(left), value);
        return;
      case 'global_variable':
        return;
      case 'element_reference': {
        const obj = this.eval(left.fields.object!, scope);
        const { args } = this.evalArgs(left.children.filter((c) => c !== left.fields.object), scope);
        this.send(obj, '[]=', [...args, value], null, left);
        return;
      }
      case 'call': {
        const recv = left.fields.receiver ? this.eval(left.fields.receiver, scope) : scope.self;
        if (left.op === '&.' && recv === null) return;
        this.send(recv, `${nodeText(left.fields.method!)}=`, [value], null, left);
        return;
      }
      case 'scope_resolution': {
        const outer = left.fields.scope ? this.eval(left.fields.scope, scope) : this.root.value;
        const mod = moduleOf(outer);
        if (mod) mod.constants.set(nodeText(left.fields.name!), value);
        return;
      }
      case 'splat_argument':
      case 'rest_assignment':
        if (left.children[0]) this.assignTo(left.children[0], value instanceof RArray ? value : new RArray([value]), scope);
        return;
      default:
        this.unknown(`assignment to '${left.type}' is not evaluated`, left, 'DEC0302');
    }
  }

  private evalOpAssignment(n: Ast, scope: Scope): RubyValue {
    const left = n.fields.left!;
    const op = (n.op ?? '').replace(/=$/, '');
    // Evaluate the receiver and index once, as Ruby does.
    let read: () => RubyValue;
    let write: (v: RubyValue) => void;
    if (left.type === 'element_reference') {
      const obj = this.eval(left.fields.object!, scope);
      const { args } = this.evalArgs(left.children.filter((c) => c !== left.fields.object), scope);
      read = () => this.send(obj, '[]', args, null, left);
      write = (v) => void this.send(obj, '[]=', [...args, v], null, left);
    } else if (left.type === 'call' && left.fields.receiver) {
      const recv = this.eval(left.fields.receiver, scope);
      const name = nodeText(left.fields.method!);
      read = () => this.send(recv, name, [], null, left);
      write = (v) => void this.send(recv, `${name}=`, [v], null, left);
    } else if (left.type === 'identifier') {
      const name = nodeText(left);
      read = () => (scope.has(name) ? scope.get(name)! : null);
      write = (v) => scope.set(name, v);
    } else if (left.type === 'instance_variable') {
      read = () => this.ivarsOf(scope.self)?.get(nodeText(left)) ?? null;
      write = (v) => this.assignTo(left, v, scope);
    } else {
      read = () => (left.type === 'constant' ? scope.frame.lexical.constants.get(nodeText(left)) ?? null : this.eval(left, scope));
      write = (v) => this.assignTo(left, v, scope);
    }
    let current = read();
    // An attribute path with nothing stored at its level (`node.default['a']['b'] ||= x`) reads as nil.
    const vacant = (behaviourOf(current) as { vacant?: () => boolean } | undefined)?.vacant;
    if (vacant && vacant.call(behaviourOf(current))) current = null;
    if (op === '||') {
      if (current instanceof Unknown) return current;
      if (isTruthy(current)) return current;
      const v = this.eval(n.fields.right!, scope);
      write(v);
      return v;
    }
    if (op === '&&') {
      if (current instanceof Unknown || !isTruthy(current)) return current;
      const v = this.eval(n.fields.right!, scope);
      write(v);
      return v;
    }
    const right = this.eval(n.fields.right!, scope);
    const v = this.send(current, op, [right], null, n);
    write(v);
    return v;
  }

  // ---------------------------------------------------------------- operators

  private evalBinary(n: Ast, scope: Scope): RubyValue {
    const op = n.op ?? '';
    const leftNode = n.fields.left!;
    if (op === '&&' || op === 'and') {
      const l = this.eval(leftNode, scope);
      if (l instanceof Unknown) return l;
      return isTruthy(l) ? this.eval(n.fields.right!, scope) : l;
    }
    if (op === '||' || op === 'or') {
      const l = this.eval(leftNode, scope);
      if (l instanceof Unknown) return l;
      return isTruthy(l) ? l : this.eval(n.fields.right!, scope);
    }
    const l = this.eval(leftNode, scope);
    const r = this.eval(n.fields.right!, scope);
    if (op === '<<' && typeof l === 'string') {
      // Strings are immutable values here: `<<` rebinds the variable it came from (ERB's `_buf << x`).
      let appended: RubyValue;
      if (r instanceof Unknown) {
        if (!this.template) return r;
        this.template.unknowns.push(r);
        appended = l + inspect(r);
      } else appended = l + (typeof r === 'string' ? r : toS(r));
      if (appended.length > MAX_STRING_LENGTH) {
        // Mostly a template's `_buf`: the render stops here rather than building gigabytes of output.
        throw new BudgetSignal('DEC0311', `value too large: ${this.template ? 'the rendered template' : 'a string built with <<'} passed ${MAX_STRING_LENGTH} characters; the rest of ${n.loc.file} is not evaluated`, n.loc);
      }
      if (leftNode.type === 'identifier' || leftNode.type === 'instance_variable') this.assignTo(leftNode, appended, scope);
      return appended;
    }
    if (op === '!=') {
      const eq = this.send(l, '==', [r], null, n);
      return eq instanceof Unknown ? eq : !isTruthy(eq);
    }
    if (op === '!~') {
      const m = this.send(l, '=~', [r], null, n);
      return m instanceof Unknown ? m : m === null;
    }
    return this.send(l, op, [r], null, n);
  }

  private evalUnary(n: Ast, scope: Scope): RubyValue {
    const op = n.op ?? n.open ?? nodeText(n).slice(0, 1);
    const operand = n.fields.operand ?? n.children[0]!;
    if (op === 'defined?') return this.evalDefined(operand, scope);
    const v = this.eval(operand, scope);
    if (v instanceof Unknown) return v;
    switch (op) {
      case '!':
      case 'not':
        return !isTruthy(v);
      case '-':
        if (typeof v === 'number') return -v;
        if (v instanceof RFloat) return new RFloat(-v.value);
        return this.send(v, '-@', [], null, n);
      case '+':
        return v;
      case '~':
        return typeof v === 'number' ? ~v : this.send(v, '~', [], null, n);
      default:
        return this.unknown(`unary operator ${op} is not evaluated`, n, 'DEC0302');
    }
  }

  private evalDefined(n: Ast, scope: Scope): RubyValue {
    if (n.type === 'parenthesized_statements' && n.children.length === 1) return this.evalDefined(n.children[0]!, scope);
    switch (n.type) {
      case 'identifier':
        return scope.has(nodeText(n)) ? 'local-variable' : this.respondTo(scope.self, nodeText(n)) ? 'method' : null;
      case 'instance_variable':
        return this.ivarsOf(scope.self)?.has(nodeText(n)) ? 'instance-variable' : null;
      case 'constant':
        return this.root.constants.has(nodeText(n)) || scope.frame.lexical.constants.has(nodeText(n)) ? 'constant' : null;
      default:
        return 'expression';
    }
  }

  // ---------------------------------------------------------------- control flow

  /** Truthiness, or the Unknown that makes it undecidable. */
  private condition(n: Ast, scope: Scope): boolean | Unknown {
    const v = this.eval(n, scope);
    if (v instanceof Unknown) return v;
    return isTruthy(v);
  }

  private evalIf(n: Ast, scope: Scope, negate: boolean): RubyValue {
    const c = this.condition(n.fields.condition!, scope);
    if (c instanceof Unknown) return exploreBranches(this, c, [n.fields.consequence ?? null, n.fields.alternative ?? null], scope, n);
    const taken = negate ? !c : c;
    if (taken) return n.fields.consequence ? this.eval(n.fields.consequence, scope) : null;
    const alt = n.fields.alternative;
    return alt ? this.eval(alt, scope) : null;
  }

  private evalModifier(n: Ast, scope: Scope, negate: boolean): RubyValue {
    const c = this.condition(n.fields.condition!, scope);
    if (c instanceof Unknown) return exploreBranches(this, c, [n.fields.body!, null], scope, n);
    return (negate ? !c : c) ? this.eval(n.fields.body!, scope) : null;
  }

  private evalTernary(n: Ast, scope: Scope): RubyValue {
    const c = this.condition(n.fields.condition!, scope);
    if (c instanceof Unknown) return exploreBranches(this, c, [n.fields.consequence!, n.fields.alternative!], scope, n);
    return c ? this.eval(n.fields.consequence!, scope) : this.eval(n.fields.alternative!, scope);
  }

  private evalWhile(n: Ast, scope: Scope, until: boolean): RubyValue {
    return this.inLoop(n, () => this.evalWhileInner(n, scope, until));
  }

  private evalWhileInner(n: Ast, scope: Scope, until: boolean): RubyValue {
    const body = n.fields.body!;
    try {
      // `begin … end while c` runs its body first.
      if ((n.type === 'while_modifier' || n.type === 'until_modifier') && body.type === 'begin') this.eval(body, scope);
      for (;;) {
        const c = this.condition(n.fields.condition!, scope);
        if (c instanceof Unknown) {
          this.underCondition(conditionReason(c), () => this.eval(body, scope));
          return null;
        }
        if (until ? c : !c) return null;
        try {
          this.eval(body, scope);
        } catch (e) {
          if (!(e instanceof NextSignal)) throw e;
        }
      }
    } catch (e) {
      if (e instanceof BreakSignal) return e.value;
      throw e;
    }
  }

  private evalFor(n: Ast, scope: Scope): RubyValue {
    const iterable = this.eval(n.fields.value!.children[0] ?? n.fields.value!, scope);
    const pattern = n.fields.pattern!;
    const items = iterable instanceof RArray ? iterable.items : iterable instanceof RRange ? rangeItems(iterable) : iterable instanceof RHash ? iterable.entries().map(([k, v]) => new RArray([k, v])) : undefined;
    if (!items) return iterable instanceof Unknown ? iterable : this.unknown(`for over ${describe(iterable)}`, n, 'DEC0302');
    try {
      for (const item of items) {
        if (pattern.type === 'left_assignment_list') this.destructure(pattern, item, scope);
        else this.assignTo(pattern, item, scope);
        try {
          this.eval(n.fields.body!, scope);
        } catch (e) {
          if (!(e instanceof NextSignal)) throw e;
        }
      }
    } catch (e) {
      if (e instanceof BreakSignal) return e.value;
      throw e;
    }
    return iterable;
  }

  private evalCase(n: Ast, scope: Scope): RubyValue {
    const subject = n.fields.value ? this.eval(n.fields.value, scope) : undefined;
    const whens = n.children.filter((c) => c.type === 'when');
    const elseNode = n.children.find((c) => c.type === 'else');
    if (subject instanceof Unknown) return exploreBranches(this, subject, [...whens.map((w) => w.fields.body ?? null), elseNode ?? null], scope, n);
    for (const [i, w] of whens.entries()) {
      for (const raw of w.children.filter((c) => c !== w.fields.body)) {
        const p = raw.type === 'pattern' && raw.children[0] ? raw.children[0] : raw;
        const pv = p.type === 'splat_argument' ? this.eval(p.children[0]!, scope) : this.eval(p, scope);
        const candidates = p.type === 'splat_argument' && pv instanceof RArray ? pv.items : [pv];
        for (const cand of candidates) {
          const hit = subject === undefined ? cand : this.send(cand, '===', [subject], null, p);
          // From an undecidable `when` on, any later branch (or the else) could be the one taken.
          if (hit instanceof Unknown) return exploreBranches(this, hit, [...whens.slice(i).map((x) => x.fields.body ?? null), elseNode ?? null], scope, n);
          if (isTruthy(hit)) return w.fields.body ? this.eval(w.fields.body, scope) : null;
        }
      }
    }
    return elseNode ? this.eval(elseNode, scope) : null;
  }

  private evalJumpValue(n: Ast, scope: Scope): RubyValue {
    const list = n.children[0];
    if (!list) return null;
    const values = this.evalList(list.children, scope);
    return values.length === 1 ? values[0]! : new RArray(values);
  }

  private evalRescueModifier(n: Ast, scope: Scope): RubyValue {
    try {
      return this.eval(n.fields.body!, scope);
    } catch (e) {
      if (e instanceof RaiseSignal) return this.eval(n.fields.handler!, scope);
      throw e;
    }
  }

  // ---------------------------------------------------------------- definitions

  private evalDef(n: Ast, scope: Scope): RubyValue {
    const name = nodeText(n.fields.name!);
    const target = scope.frame.defTarget;
    const def: MethodDef = { name, params: n.fields.parameters, body: n.fields.body ?? bodyOf(n), owner: target, ref: scope.frame.ref };
    target.methods.set(name, def);
    if (target.moduleFunction) target.singletonMethods.set(name, def);
    return sym(name);
  }

  private evalSingletonDef(n: Ast, scope: Scope): RubyValue {
    const name = nodeText(n.fields.name!);
    const obj = this.eval(n.fields.object!, scope);
    const mod = moduleOf(obj);
    const b = behaviourOf(obj);
    const owner = mod ?? b?.singleton ?? scope.frame.defTarget;
    const def: MethodDef = { name, params: n.fields.parameters, body: n.fields.body ?? bodyOf(n), owner, ref: scope.frame.ref };
    if (mod) mod.singletonMethods.set(name, def);
    else owner.methods.set(name, def);
    return sym(name);
  }

  private evalModule(n: Ast, scope: Scope, isClass: boolean): RubyValue {
    const nameNode = n.fields.name!;
    let container = scope.frame.lexical;
    let short: string;
    if (nameNode.type === 'scope_resolution') {
      const outer = nameNode.fields.scope ? this.eval(nameNode.fields.scope, scope) : this.root.value;
      const m = moduleOf(outer);
      if (!m) return this.unknown(`cannot open ${nodeText(nameNode)}`, n, 'DEC0302');
      container = m;
      short = nodeText(nameNode.fields.name!);
    } else short = nodeText(nameNode);
    let existing = moduleOf(container.constants.get(short) ?? null);
    if (!existing && container === scope.frame.lexical) {
      // Reopening a module known from an outer nesting (e.g. `class Chef` at top level).
      for (let m = container.lexicalParent; m && !existing; m = m.lexicalParent) existing = moduleOf(m.constants.get(short) ?? null);
    }
    let mod = existing;
    if (!mod) {
      const full = container === this.root ? short : `${container.name}::${short}`;
      mod = new ModuleDef(full, isClass, container === this.root ? this.root : container);
      container.constants.set(short, mod.value);
    }
    if (isClass && n.fields.superclass) {
      const sup = moduleOf(this.eval(n.fields.superclass.children[0] ?? n.fields.superclass, scope));
      if (sup && sup !== mod) mod.superclass = sup;
    }
    const body = n.fields.body ?? bodyOf(n);
    if (body) {
      const frame: Frame = { ref: scope.frame.ref, lexical: mod, defTarget: mod, block: null };
      this.eval(body, new Scope(undefined, mod.value, frame));
    }
    return null;
  }

  private evalSingletonClass(n: Ast, scope: Scope): RubyValue {
    const target = moduleOf(this.eval(n.fields.value!, scope));
    if (!target) return null;
    // `class << self`: defs inside become singleton methods; modelled as a module extended into the target.
    const meta = new ModuleDef(`#<Class:${target.name}>`, true, target);
    target.extends.push(meta);
    const body = n.fields.body ?? bodyOf(n);
    if (body) this.eval(body, new Scope(undefined, target.value, { ref: scope.frame.ref, lexical: target, defTarget: meta, block: null }));
    return null;
  }
}

/** Break out of the innermost method that received a block. */
const BREAK_ANY = {};

const MUTATING_STRING = new Set(['<<', 'concat', 'gsub!', 'sub!', 'strip!', 'chomp!', 'upcase!', 'downcase!', 'squeeze!', 'lstrip!', 'rstrip!', 'replace', 'prepend', 'capitalize!', 'insert', 'tr!', 'chop!']);
const OBJECT_METHODS = new Set(['respond_to?', 'is_a?', 'kind_of?', 'class', 'nil?', 'to_s', 'inspect', 'send', 'public_send', 'instance_variable_get', 'instance_variable_set', 'freeze', 'frozen?', 'dup', 'tap', 'then', '==', '!=', 'equal?', 'hash', 'object_id', 'instance_of?', 'method']);

function countBefore(list: Ast[], p: Ast): number {
  return list.slice(0, list.indexOf(p)).filter((x) => x.type === 'identifier' || x.type === 'destructured_parameter').length;
}

function bodyOf(n: Ast): Ast | undefined {
  return n.children.find((c) => c.type === 'body_statement');
}

function symbolName(text: string): string {
  return text.replace(/^:/, '');
}

function concatMaybe(a: RubyValue, b: RubyValue): RubyValue {
  if (a instanceof Unknown) return a;
  if (b instanceof Unknown) return b;
  return toS(a) + toS(b);
}

/** Characters (or elements) a built-in may read for one step of the budget: about what one step of evaluation costs. */
const WORK_PER_STEP = 256;
const APPENDS = new Set(['<<', 'concat', 'push', 'append']);

function workOf(v: RubyValue): number {
  if (typeof v === 'string') return v.length;
  if (v instanceof RArray) return v.items.length;
  if (v instanceof RHash) return v.size;
  return 0;
}

/** The value of a string literal without interpolation, kept on its node. */
class LiteralText {
  constructor(readonly text: string) {}
}
