/**
 * The interpreter's object model: method tables, modules and classes, and the
 * "behaviour" of DSL selves (recipe, attribute file, resource block, template,
 * node). A DSL self is an RObject whose `internal` is a Behaviour; its methods
 * resolve through its own singleton `def`s, its native table, the Ruby
 * modules mixed into it, `missing` (property setters, attribute reads), and
 * finally the enclosing self (`fallback`), the way Chef forwards a resource
 * block's unknown calls to the recipe around it. Custom resources plug in as
 * one more Behaviour.
 */
import type { Ast } from './ast.js';
import type { FileRef } from '../../ruby/parser.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { SourceLocation } from '../../model/source.js';
import type { Code } from '../../diagnostics/codes.js';
import { RObject, type Unknown, type ProcClosure, type RProc, type RubyValue } from '../values.js';

export interface Call {
  readonly interp: InterpreterApi;
  readonly self: RubyValue;
  readonly name: string;
  readonly args: RubyValue[];
  readonly block: RProc | null;
  readonly node: Ast;
  /** The caller's scope, when the call has no receiver (`block_given?`, `__method__`, `binding`). */
  readonly scope?: Scope;
}

/**
 * What builtins, the core constants and the Chef layer's natives may ask of
 * the interpreter (Interpreter implements it). It lives here, with the object
 * model it speaks of, so nothing below the interpreter imports the
 * interpreter itself: Call -> InterpreterApi -> ModuleDef/Scope -> Method ->
 * Native -> Call is one knot of types, and one file keeps it out of the
 * import graph.
 */
export interface InterpreterApi {
  readonly root: ModuleDef;
  /** Unknown `if` conditions around the code running now. */
  readonly unknownConditions: Unknown[];
  /** Set while rendering a template: Unknowns written into `_buf` become visible markers. */
  template: { unknowns: Unknown[] } | undefined;
  /** Unknown after matching an Unknown string: `$1` and `Regexp.last_match` are then unknown too, not nil. */
  lastMatch: RegExpExecArray | Unknown | null;
  /** begin/rescue bodies running now: a failure Chef raises is raised inside one, so its handler runs as in Chef. */
  rescuing: number;
  /** Gems `require`d that decant does not evaluate (required-gems.ts). */
  readonly requiredGems: Set<string>;
  /** Every library name `require`d in this run, evaluated or not (`English` turns on its global names). */
  readonly requiredLibraries: Set<string>;
  /** The Ruby methods running now, innermost last, each with the place it was called from (Kernel#caller). */
  readonly callStack: { readonly method: string; readonly at: SourceLocation }[];
  readonly fs: FileProbe;
  readonly accounts: AccountProbe;
  readonly requireRelative: RequireRelative | undefined;
  readonly sourcePath: SourcePath;
  /**
   * How many times the code run so far reached past what decant evaluates: a command run on the host (answered or
   * not), an Unknown made, a warning reported. Only ever grows; a caller compares it before and after a block to
   * tell whether the block stayed in memory (converge_by's system changes, DEC0328).
   */
  hostReaches: number;
  report(code: Code, severity: Diagnostic['severity'], message: string, location?: SourceLocation, hint?: string): void;
  unknown(reason: string, node: Ast, code?: Code, severity?: Diagnostic['severity']): Unknown;
  newFrame(ref: FileRef, lexical: ModuleDef, defTarget?: ModuleDef, fromFile?: boolean): Frame;
  runFile(ast: Ast, self: RubyValue, frame: Frame): RunResult;
  guarded(ast: Ast, fn: () => RubyValue): RunResult;
  eval(n: Ast | undefined, scope: Scope): RubyValue;
  inLoop<T>(at: Ast, fn: () => T): T;
  countStep(n: Ast, steps?: number): void;
  chargeWork(at: Ast, name: string, self: RubyValue, args: readonly RubyValue[]): void;
  send(recv: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast): RubyValue;
  callFunction(scope: Scope, name: string, args: RubyValue[], block: RProc | null, at: Ast): RubyValue;
  invoke(m: Method, self: RubyValue, name: string, args: RubyValue[], block: RProc | null, at: Ast, scope: Scope | undefined): RubyValue;
  callProc(proc: RProc, args: RubyValue[], at: Ast, self?: RubyValue): RubyValue;
  yieldTo(block: RProc, args: RubyValue[], at: Ast): RubyValue;
  symbolProc(name: string): RProc;
  nativeProc(fn: (args: RubyValue[], at: Ast) => RubyValue): RProc;
  toStr(v: RubyValue, at: Ast): string | Unknown;
  respondTo(recv: RubyValue, name: string): boolean;
  constantIn(mod: ModuleDef, name: string, at: Ast): RubyValue;
}

/** How a file run ended: its value, and why it stopped early if it did. */
export interface RunResult {
  readonly value: RubyValue;
  readonly stopped?: 'raise' | 'budget' | 'return';
}

/** What `::File.exist?` and friends see: the simulated file system of a first converge. */
export interface FileProbe {
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /**
   * The text of a file the node holds before the run starts and decant can read (a cookbook file chef-client
   * synced into its cache); undefined for a path decant cannot answer (the host's).
   */
  read?(path: string): FileRead | undefined;
  /** Dir.glob of a pattern in such files, sorted as Ruby 3 sorts; undefined when the pattern reaches the host's. */
  glob?(pattern: string): string[] | undefined;
  /** The names in such a folder (Dir.children); undefined for any other path. */
  children?(path: string): string[] | undefined;
}

/** A file's text; `unknown` when it is there but unreadable (too large); `absent` when it is certainly not there. */
export type FileRead = string | { readonly unknown: string } | { readonly absent: true };

/** Where a running file lives as Ruby's `__FILE__` names it (chef-client's cookbook cache for a cookbook file). */
export type SourcePath = (ref: FileRef) => string;

/** Why a field is not known (an id useradd picks, a property set from an unknown value). */
export interface NotKnown {
  readonly unknown: string;
}

/** A user as the target's `/etc/passwd` holds it: what `~name`, Dir.home and Etc.getpwnam read. */
export interface Account {
  readonly name: string;
  readonly dir: string;
  readonly shell: string | NotKnown;
  readonly gecos: string | NotKnown;
  readonly uid: number | NotKnown;
  readonly gid: number | NotKnown;
}

/**
 * Which users exist on the target at the moment Ruby asks. Ruby reads the
 * passwd database when the expression runs, so the answer depends on what
 * the run has converged by then.
 */
export interface AccountProbe {
  /** The user; `absent` (why) when Ruby finds no such user then; `unknown` (why) when decant cannot tell. */
  user(name: string): Account | { readonly absent: string } | NotKnown;
}

/** `require_relative` between library files, answered by the Chef layer. */
/** Also `require` of an absolute path; undefined when the path is no file the run holds. */
export type RequireRelative = (target: string, from: SourceLocation) => RubyValue | undefined;

/** Class-level DSL of library classes (`property` in `class X < Chef::Resource`), answered by the Chef layer. */
export type ClassHook = (mod: ModuleDef, name: string, c: Call) => Found;

export type Native = (c: Call) => RubyValue;

export const NOT_FOUND: unique symbol = Symbol('not found');
export type Found = RubyValue | typeof NOT_FOUND;

export interface Behaviour {
  readonly kind: string;
  native(name: string): Native | undefined;
  /** Ruby modules whose instance methods this self can call (Chef::DSL::Recipe and what was included into it). */
  modules(): readonly ModuleDef[];
  missing?(c: Call): Found;
  /** Where bare calls go when nothing here answers. */
  readonly fallback?: RubyValue;
  /** Where a `def` in this context lands. */
  readonly singleton: ModuleDef;
  /**
   * When this self is a class decant models as a DSL self (a resource file, which Chef class_evals into the
   * resource class): that class. Its singleton side answers bare calls (`def self.x`, modules `extend`ed into it).
   */
  readonly classSide?: ModuleDef;
}

export function behaviourOf(v: RubyValue): Behaviour | undefined {
  if (!(v instanceof RObject)) return undefined;
  const i = v.internal as Partial<Behaviour> | undefined;
  return i && typeof i.native === 'function' ? (i as Behaviour) : undefined;
}

export interface MethodDef {
  readonly name: string;
  readonly params: Ast | undefined;
  readonly body: Ast | undefined;
  readonly owner: ModuleDef;
  readonly ref: FileRef;
  /** The innermost module around the `def` (its cref): constants in the body resolve from here, not from `owner`. */
  readonly lexical?: ModuleDef;
  /** `define_method(:x) { }` keeps the block's closure. */
  readonly proc?: RProc;
}

export type Method = MethodDef | Native;

/** A Ruby module or class, defined by a library or predeclared (Chef::DSL::Recipe, ...). */
export class ModuleDef {
  readonly methods = new Map<string, Method>();
  readonly singletonMethods = new Map<string, Method>();
  readonly constants = new Map<string, RubyValue>();
  readonly includes: ModuleDef[] = [];
  readonly extends: ModuleDef[] = [];
  readonly classVars = new Map<string, RubyValue>();
  superclass: ModuleDef | undefined;
  /** `module_function` with no arguments: later defs are also singleton methods. */
  moduleFunction = false;
  readonly value: RObject;
  readonly displayName: string;
  constructor(
    readonly name: string,
    readonly isClass: boolean,
    readonly lexicalParent: ModuleDef | undefined,
  ) {
    this.displayName = name;
    this.value = new RObject(isClass ? 'Class' : 'Module', this);
  }

  /** Instance-method lookup: own, then included modules (last included first), then the superclass chain. */
  findMethod(name: string, seen: Set<ModuleDef> = new Set()): Method | undefined {
    if (seen.has(this)) return undefined;
    seen.add(this);
    const own = this.methods.get(name);
    if (own) return own;
    for (let i = this.includes.length - 1; i >= 0; i--) {
      const m = this.includes[i]!.findMethod(name, seen);
      if (m) return m;
    }
    return this.superclass?.findMethod(name, seen);
  }

  findSingleton(name: string): Method | undefined {
    const own = this.singletonMethods.get(name);
    if (own) return own;
    for (let i = this.extends.length - 1; i >= 0; i--) {
      const m = this.extends[i]!.findMethod(name);
      if (m) return m;
    }
    return this.superclass?.findSingleton(name);
  }

  ancestors(): ModuleDef[] {
    const out: ModuleDef[] = [];
    const walk = (m: ModuleDef): void => {
      if (out.includes(m)) return;
      out.push(m);
      for (let i = m.includes.length - 1; i >= 0; i--) walk(m.includes[i]!);
      if (m.superclass) walk(m.superclass);
    };
    walk(this);
    return out;
  }
}

export function moduleOf(v: RubyValue): ModuleDef | undefined {
  return v instanceof RObject && v.internal instanceof ModuleDef ? v.internal : undefined;
}

/** An instance of a library-defined class. */
export class Instance {
  constructor(readonly cls: ModuleDef) {}
}

export function instanceClass(v: RubyValue): ModuleDef | undefined {
  return v instanceof RObject && v.internal instanceof Instance ? v.internal.cls : undefined;
}

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
  /**
   * Set for the files Chef evaluates through Chef::Mixin::FromFile (recipes, attribute, resource and definition
   * files): their constants also resolve through that module's nesting and self's class (from-file-scope.ts).
   */
  readonly fromFile?: true;
}

export type LocalsSnapshot = readonly (readonly [Scope, ReadonlyMap<string, RubyValue>])[];

/** Local variables, self and the method frame they belong to. */
export class Scope implements ProcClosure {
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
  /** Whether the variable lives in this scope itself, not an enclosing one. */
  owns(name: string): boolean {
    return this.vars.has(name);
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

/**
 * The scope a block closes over. The interpreter makes every block with a
 * Scope; values.ts, below it, types the field as a ProcClosure only.
 */
export function closureOf(proc: RProc): Scope {
  if (proc.scope instanceof Scope) return proc.scope;
  throw new Error('a block without the scope it closes over');
}
