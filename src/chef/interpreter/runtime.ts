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
import { RObject, type RProc, type RubyValue } from '../values.js';
import type { Interpreter } from './interpreter.js';

export interface Call {
  readonly interp: Interpreter;
  readonly self: RubyValue;
  readonly name: string;
  readonly args: RubyValue[];
  readonly block: RProc | null;
  readonly node: Ast;
}

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
