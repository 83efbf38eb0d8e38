/**
 * A resource under construction: the self of its block. Bare calls set or
 * read properties; `action`, guards and notifications have their own
 * methods; anything the resource does not answer goes to the recipe around
 * it (Chef forwards a resource block's unknown methods the same way).
 */
import type { SourceLocation } from '../../model/source.js';
import type { NotificationTiming, RubyChange } from '../../model/converge.js';
import { RArray, RHash, RObject, RProc, RSymbol, Unknown, type RubyValue } from '../values.js';
import { ModuleDef, NOT_FOUND, behaviourOf, type Behaviour, type Call, type Found, type InterpreterApi, type Native } from '../interpreter/runtime.js';
import { inspect, toS } from '../interpreter/ruby-text.js';
import { unknownIdentity } from '../interpreter/unknown-text.js';
import { Scope } from '../interpreter/runtime.js';
import type { Ast } from '../interpreter/ast.js';
import { defaultAction } from './default-actions.js';
import { propertyName } from './property-aliases.js';
import { kernelFunction } from '../interpreter/builtins/kernel.js';

export interface PendingGuard {
  readonly kind: 'not_if' | 'only_if';
  readonly value: RubyValue;
  readonly location: SourceLocation;
}

export interface PendingNotification {
  readonly action: RubyValue;
  readonly target: RubyValue;
  readonly timing: RubyValue;
  readonly location: SourceLocation;
}

/** `lazy { }`: evaluated after the compile phase, in converge order. */
export class DelayedValue {
  readonly displayName = '#<Chef::DelayedEvaluator>';
  constructor(readonly proc: RProc) {}
}

export interface ResourceHost {
  /** Modules whose methods a resource block may call (Chef::Resource and what libraries mixed into it). */
  resourceModules(type: string): readonly ModuleDef[];
  /** `type[name]` of a resource object, for notifications given `resources(...)`. */
  lookupIdentity(v: RubyValue): string | undefined;
  /**
   * A property read on a resource that was never set: a custom resource's
   * declared default (a resource found with `find_resource!` and read like
   * `config.bind_service`), or NOT_FOUND when the type declares no such property.
   */
  unsetProperty(b: ResourceBuilder, c: Call): Found;
  /** Whether a custom resource type declares the property; undefined for a type no cookbook defines (a core one). */
  declaresProperty(type: string, name: string): boolean | undefined;
  /** A custom resource type's class (what `resource.class` answers), undefined for a core type. */
  resourceClass(type: string): RubyValue | undefined;
  /** The properties set on a resource object (one being declared, or `new_resource`), by name. */
  setProperties(v: RubyValue): ReadonlyMap<string, RubyValue> | undefined;
  /** `run_action` ran the resource's action now, not when the collection reaches it. */
  convergedNow(b: ResourceBuilder): void;
}

let counter = 0;

export class ResourceBuilder implements Behaviour {
  readonly kind: string;
  readonly singleton: ModuleDef;
  readonly properties = new Map<string, RubyValue>();
  actions: RubyValue[] | undefined;
  readonly guards: PendingGuard[] = [];
  readonly notifies: PendingNotification[] = [];
  readonly subscribes: PendingNotification[] = [];
  sensitive: RubyValue = false;
  readonly conditions: Unknown[];
  readonly value: RObject;
  readonly id = counter++;
  displayName: string;
  /** Set by the custom-resource expander on what it declares. */
  via?: string;
  /** Set by the custom-resource expander on an instance of a custom resource: the actions whose bodies ran. */
  customActionsRun?: string[];
  /** Set by a custom resource's actions: converge_by / converge_if_changed blocks that declared no resource. */
  rubyChanges?: RubyChange[];
  /** Set by the custom-resource expander: the properties its type declares `sensitive: true` (Chef hides their values). */
  sensitiveProperties?: string[];
  /** Set on a type no loaded cookbook defines: the depended-on cookbook missing from the path that likely does. */
  missingCookbook?: string;
  deleted = false;
  /** Built with `Chef::Resource::X.new` (detached-resource.ts): an object outside the resource collection. */
  detached = false;
  /** `helpers(Mod)` and `helper(:x) { }` on a template. */
  readonly helperModules: RubyValue[] = [];
  readonly helperProcs = new Map<string, RProc>();

  constructor(
    readonly type: string,
    public name: RubyValue,
    readonly location: SourceLocation,
    readonly cookbook: string,
    readonly recipe: string,
    readonly fallback: RubyValue,
    readonly host: ResourceHost,
    conditions: readonly Unknown[],
    readonly defaultActionOverride?: string,
  ) {
    this.kind = `Chef::Resource::${type}`;
    this.singleton = new ModuleDef(`#<${type}>`, true, undefined);
    this.conditions = [...conditions];
    this.value = new RObject(this.kind, this);
    this.displayName = `${type}[${identityName(name)}]`;
  }

  get identity(): string {
    return `${this.type}[${identityName(this.name)}]`;
  }

  /** `run_action`: Chef converges the resource there and then. */
  ranNow(): void {
    this.host.convergedNow(this);
  }

  defaultActions(): string[] | undefined {
    const d = this.defaultActionOverride ?? defaultAction(this.type);
    return d ? [d] : undefined;
  }

  modules(): readonly ModuleDef[] {
    return this.host.resourceModules(this.type);
  }

  native(name: string): Native | undefined {
    return NATIVES[name];
  }

  /** Whether the type has a property of this name: a custom type's declarations, else Chef's core tables. */
  private declares(name: string): boolean {
    return this.host.declaresProperty(this.type, name) ?? KERNEL_NAMED_CORE_PROPERTY[name]?.test(this.type) ?? false;
  }

  missing(c: Call): Found {
    const name = c.name.endsWith('=') ? `${propertyName(this.type, c.name.slice(0, -1))}=` : propertyName(this.type, c.name);
    if (name.endsWith('=') && c.args.length === 1 && /^[a-z_]\w*=$/.test(name)) {
      this.properties.set(name.slice(0, -1), c.args[0]!);
      return c.args[0]!;
    }
    if (c.args.length === 0 && !c.block) {
      if (this.properties.has(name)) return this.properties.get(name)!;
      if (name === 'name') return this.name;
      if (NAME_PROPERTY[name]?.test(this.type)) return this.name;
      // A documented property never set reads nil in Chef (`svc.start_command` before any is given).
      if (UNSET_IS_NIL[name]?.test(this.type)) return null;
      if (name === 'variables' && this.type === 'template') {
        // Template variables default to a Hash that accumulators fill in place.
        const h = new RHash();
        this.properties.set(name, h);
        return h;
      }
      if (name === 'action') return new RArray(this.actions ?? (this.defaultActions() ?? []).map((a) => RSymbol.of(a)));
      // Not a property set so far: the type's declared default, else the recipe around answers
      // (a helper, `node`) or reports it undefined.
      return this.host.unsetProperty(this, c);
    }
    // A property's setter is a plain name: `r.is_a?(Array)` or `r.frozen?` asks Ruby about the object, and setting
    // a property called `is_a?` answered the class given, so every resource looked like an Array.
    if (!/^[a-z_]\w*$/.test(name)) return NOT_FOUND;
    // Chef instance_evals the block on the resource, where a name no property claims is Ruby's Kernel:
    // `source format(url, version: v)` formats, it does not set a property called format.
    if ((kernelFunction(name) || OBJECT_METHOD.has(name)) && !this.declares(name)) return NOT_FOUND;
    if (this.fallback !== undefined && answersBareCall(c.interp, this.fallback, name)) return NOT_FOUND;
    if (c.block && c.args.length === 0) {
      this.properties.set(name, c.block);
      return c.block;
    }
    const v = c.args.length === 1 ? c.args[0]! : new RArray(c.args);
    this.properties.set(name, v);
    return v;
  }
}

/** Properties that default to the resource's name, by the types that have them. */
const NAME_PROPERTY: Record<string, RegExp> = {
  path: /^(file|template|cookbook_file|remote_file|directory|remote_directory)$/,
  package_name: /package$/,
  service_name: /^(service|systemd_unit)$/,
  command: /^(execute)$/,
  username: /^user$/,
  group_name: /^group$/,
  target_file: /^link$/,
  destination: /^(git|subversion)$/,
};

/**
 * Core properties named like a Kernel function, by the types that declare them (Chef 18's user and group
 * resources, cheffish's keys): there the bare call is the property setter, as the class's accessor wins.
 */
const KERNEL_NAMED_CORE_PROPERTY: Record<string, RegExp> = {
  system: /^(\w+_)?(user|group)$/,
  format: /^(private_key|public_key)$/,
};

/** Object's own methods that take arguments or a block: `instance_exec(&block)` on a resource runs the block there. */
const OBJECT_METHOD = new Set([
  'instance_exec', 'instance_eval', 'instance_variable_get', 'instance_variable_set', 'public_send', '__send__',
  'tap', 'then', 'yield_self', 'extend', 'define_singleton_method',
]);

/** Properties of core types that default to nil (Chef's resource documentation), by the types that have them. */
// Only names an enclosing custom resource is unlikely to declare too: a bare `user` inside a
// nested block is left to the fallback, which answers it in the wrapped resources decant sees.
const UNSET_IS_NIL: Record<string, RegExp> = {
  start_command: /^service$/, stop_command: /^service$/, restart_command: /^service$/, reload_command: /^service$/,
  status_command: /^service$/, init_command: /^service$/,
};

export function identityName(name: RubyValue): string {
  if (name instanceof RArray) return name.items.map((x) => toS(x)).join(', ');
  if (name instanceof Unknown) return unknownIdentity(name);
  return toS(name);
}

function builderOf(c: Call): ResourceBuilder {
  return behaviourOf(c.self) as ResourceBuilder;
}

function actionList(v: RubyValue): RubyValue[] {
  return v instanceof RArray ? v.items : [v];
}

const guard = (kind: 'not_if' | 'only_if'): Native => (c) => {
  const b = builderOf(c);
  const value: RubyValue = c.block ?? c.args[0] ?? null;
  b.guards.push({ kind, value, location: c.node.loc });
  return null;
};

/**
 * Chef::Resource#copy_properties_from(other, *includes, exclude: [:name]): every property set on `other` (those
 * named, when some are), less the excluded ones and the name, set on this resource too.
 */
function copyPropertiesFrom(c: Call): RubyValue {
  const b = builderOf(c);
  const args = [...c.args];
  const last = args[args.length - 1];
  const options = args.length > 1 && last instanceof RHash ? (args.pop() as RHash) : undefined;
  const from = b.host.setProperties(args.shift() ?? null);
  if (!from) return c.interp.unknown('copy_properties_from: the source is no resource decant holds', c.node);
  const names = (v: RubyValue | undefined): string[] => (v instanceof RArray ? v.items : v === undefined || v === null ? [] : [v]).map((x) => toS(x));
  const wanted = args.flatMap((a) => names(a));
  const excluded = new Set(['name', ...names(options?.get(RSymbol.of('exclude')) ?? undefined)]);
  for (const [k, v] of from) {
    if (excluded.has(k) || (wanted.length > 0 && !wanted.includes(k))) continue;
    b.properties.set(k, v);
  }
  return c.self;
}

function sendNamed(c: Call): RubyValue {
  const [method, ...rest] = c.args;
  const name = method instanceof RSymbol ? method.name : typeof method === 'string' ? method : undefined;
  if (name === undefined) return c.interp.unknown(`send of a method name decant could not know`, c.node);
  return c.interp.send(builderOf(c).value, name, rest, c.block, c.node);
}

const NATIVES: Record<string, Native> = {
  action: (c) => {
    const b = builderOf(c);
    if (c.args.length === 0) return new RArray(b.actions ?? (b.defaultActions() ?? []).map((a) => RSymbol.of(a)));
    b.actions = c.args.flatMap(actionList);
    return null;
  },
  // `dest.class.properties.keys` (docker's property_intersection): a custom type's class, as new_resource.class is.
  class: (c) => { const b = builderOf(c); return b.host.resourceClass(b.type) ?? b.kind; },
  copy_properties_from: copyPropertiesFrom,
  // A resource has not converged where Ruby reads this (an LWRP action's body compiles before its resources run):
  // Chef's @updated is still false there.
  'updated?': () => false,
  'updated_by_last_action?': () => false,
  // `r.run_action(:start)` on a resource declared `action :nothing`: Chef runs that action now;
  // on a first converge that is the resource converging with it, so the action joins its actions.
  run_action: (c) => {
    const b = builderOf(c);
    const wanted = c.args[0] ?? null;
    const current = (b.actions ?? []).filter((a) => !(a instanceof RSymbol && a.name === 'nothing'));
    if (!current.some((a) => a instanceof RSymbol && wanted instanceof RSymbol && a.name === wanted.name)) current.push(wanted);
    b.actions = current;
    b.ranNow();
    return null;
  },
  helper: (c) => {
    const name = c.args[0];
    if (c.block && (typeof name === 'string' || name instanceof RSymbol)) builderOf(c).helperProcs.set(name instanceof RSymbol ? name.name : name, c.block);
    return null;
  },
  helpers: (c) => {
    const b = builderOf(c);
    b.helperModules.push(...c.args);
    if (c.block) {
      // `helpers do def x … end end`: the block's defs make an anonymous helper module.
      const mod = new ModuleDef(`#<helpers ${b.identity}>`, false, undefined);
      const closure = c.block.scope as Scope;
      const body = c.block.body as Ast | undefined;
      if (body) c.interp.eval(body, new Scope(closure, mod.value, { ...closure.frame, defTarget: mod, lexical: closure.frame.lexical }));
      b.helperModules.push(mod.value);
    }
    return null;
  },
  not_if: guard('not_if'),
  only_if: guard('only_if'),
  notifies: (c) => {
    const b = builderOf(c);
    b.notifies.push({ action: c.args[0] ?? null, target: c.args[1] ?? null, timing: c.args[2] ?? RSymbol.of('delayed'), location: c.node.loc });
    return null;
  },
  subscribes: (c) => {
    const b = builderOf(c);
    b.subscribes.push({ action: c.args[0] ?? null, target: c.args[1] ?? null, timing: c.args[2] ?? RSymbol.of('delayed'), location: c.node.loc });
    return null;
  },
  sensitive: (c) => {
    const b = builderOf(c);
    if (c.args.length) b.sensitive = c.args[0]!;
    return b.sensitive;
  },
  lazy: (c) => (c.block ? new RObject('Chef::DelayedEvaluator', new DelayedValue(c.block)) : null),
  // `resource.send(:prop)`: the call it names, not a property called `send` (rsync's accumulator reads each property so).
  send: (c) => sendNamed(c),
  public_send: (c) => sendNamed(c),
  __send__: (c) => sendNamed(c),
  resource_name: (c) => RSymbol.of(builderOf(c).type),
  declared_type: (c) => RSymbol.of(builderOf(c).type),
  to_s: (c) => builderOf(c).identity,
  inspect: (c) => builderOf(c).identity,
  identity: (c) => toS(builderOf(c).name),
};

export function notificationTiming(v: RubyValue): NotificationTiming | undefined {
  const s = v instanceof RSymbol ? v.name : typeof v === 'string' ? v : undefined;
  if (s === 'delayed') return 'delayed';
  if (s === 'immediately' || s === 'immediate') return 'immediately';
  if (s === 'before') return 'before';
  return undefined;
}

export function describeTarget(v: RubyValue, host: ResourceHost): string | Unknown {
  if (typeof v === 'string') return v;
  if (v instanceof Unknown) return v;
  const id = host.lookupIdentity(v);
  if (id) return id;
  if (v instanceof RHash && v.size === 1) {
    const [k, name] = v.entries()[0]!;
    return `${toS(k)}[${toS(name)}]`;
  }
  return new Unknown(`notification target ${inspect(v)}`);
}

/**
 * Whether a bare call reaching `self` is answered by it or by the contexts it
 * falls back to: inside a custom resource's action the resource block falls
 * back to the action, which falls back to a recipe context (where
 * `platform_family?` lives). Stopping at the first would take such a call
 * for a property setter.
 */
function answersBareCall(interp: InterpreterApi, self: RubyValue, name: string): boolean {
  const seen = new Set<RubyValue>();
  for (let v: RubyValue | undefined = self; v !== undefined && !seen.has(v); v = behaviourOf(v)?.fallback) {
    seen.add(v);
    if (interp.respondTo(v, name)) return true;
  }
  return false;
}
