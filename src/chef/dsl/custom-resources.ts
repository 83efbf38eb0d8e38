/**
 * Custom resources (resources/*.rb), LWRPs (resources/ + providers/) and
 * definitions (definitions/*.rb), expanded inline as Chef builds the resource
 * collection: an instance is declared, then each of its actions runs with
 * `new_resource` bound to it and whatever it declares lands right after it,
 * marked `via` the instance (issue 3; CHEF-SEMANTICS.md "Custom resources").
 */
import path from 'node:path';
import type { Cookbook } from '../../model/workspace.js';
import { RArray, RHash, RObject, RProc, RSymbol, Unknown, sym, type RubyValue } from '../values.js';
import { ModuleDef, NOT_FOUND, type Behaviour, type Call, type Found, type Native } from '../interpreter/runtime.js';
import { str } from '../interpreter/builtins/helpers.js';
import { toS } from '../interpreter/ruby-text.js';
import { Scope } from '../interpreter/runtime.js';
import type { Ast } from '../interpreter/ast.js';
import type { ChefRun } from './chef-run.js';
import { RecipeContext } from './chef-run.js';
import { DelayedValue, ResourceBuilder } from './resource-builder.js';

/** Properties every Chef resource has, with their defaults. */
const COMMON_PROPERTIES: Record<string, RubyValue> = {
  retries: 0, retry_delay: 2, ignore_failure: false, sensitive: false, compile_time: false, guard_interpreter: sym('default'),
};

const CLASS_DSL = new Set(['property', 'attribute', 'action', 'actions', 'allowed_actions', 'default_action', 'provides', 'resource_name', 'action_class', 'lazy', 'load_current_value', 'unified_mode', 'use_inline_resources', 'description', 'introduced', 'examples', 'property_type', 'identity_attr', 'state_attrs', 'preview_resource', 'deprecated_property_alias', 'whyrun_supported?']);

interface PropertyDef {
  readonly name: string;
  readonly options: RHash | undefined;
}

export class CustomResourceDef {
  readonly properties = new Map<string, PropertyDef>();
  readonly actions = new Map<string, RProc>();
  readonly actionOrder: string[] = [];
  defaultAction: string | undefined;
  /** Methods of the resource class (`def` in the resource file) and of `action_class`. */
  readonly resourceClass: ModuleDef;
  readonly actionClass: ModuleDef;
  constructor(
    public type: string,
    readonly cookbook: string,
    readonly file: string,
    resourceClass?: ModuleDef,
  ) {
    this.resourceClass = resourceClass ?? new ModuleDef(`Chef::Resource::${type}`, true, undefined);
    this.actionClass = new ModuleDef(`Chef::Provider::${type}`, true, undefined);
  }
  firstAction(): string | undefined {
    return this.defaultAction ?? this.actionOrder.find((a) => a !== 'nothing') ?? this.actionOrder[0];
  }
}

type Definition = (c: Call, ctx: RecipeContext) => RubyValue;

export class CustomResources {
  private readonly defs = new Map<string, CustomResourceDef>();
  private readonly definitions = new Map<string, Definition>();
  private depth = 0;

  /** Library classes that subclass Chef::Resource / Chef::Provider (Chef 12.5-14 class-based resources). */
  private readonly classDefs = new Map<ModuleDef, CustomResourceDef>();

  constructor(readonly run: ChefRun) {
    run.interp.classHook = (mod, name, c) => this.classMethod(mod, name, c);
  }

  private classMethod(mod: ModuleDef, name: string, c: Call): Found {
    if (!CLASS_DSL.has(name)) return NOT_FOUND;
    const ancestors = mod.ancestors().map((m) => m.name);
    const isResource = ancestors.includes('Chef::Resource');
    const isProvider = ancestors.includes('Chef::Provider');
    if (!isResource && !isProvider) return NOT_FOUND;
    let def = this.classDefs.get(mod);
    if (!def) {
      const snake = mod.name.split('::').pop()!.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
      if (isProvider && (name === 'provides' || name === 'resource_name')) {
        // A provider class joins the resource it provides for; its methods serve that resource's actions.
        const target = str(c.args[0] ?? '');
        def = this.defs.get(target) ?? new CustomResourceDef(target, c.node.loc.cookbook ?? '', c.node.loc.file);
        this.defs.set(target, def);
        def.actionClass.includes.push(mod);
      } else def = new CustomResourceDef(snake, c.node.loc.cookbook ?? '', c.node.loc.file, isResource ? mod : undefined);
      if (isProvider) def.actionClass.includes.push(mod);
      this.classDefs.set(mod, def);
      // A subclass starts from its parent's properties and actions.
      const parent = mod.superclass ? this.classDefs.get(mod.superclass) : undefined;
      if (parent && parent !== def) {
        for (const [k, v] of parent.properties) if (!def.properties.has(k)) def.properties.set(k, v);
        for (const [k, v] of parent.actions) if (!def.actions.has(k)) { def.actions.set(k, v); def.actionOrder.push(k); }
        def.defaultAction ??= parent.defaultAction;
      }
    }
    const fn = new ResourceFileContext(this, def, this.run.ws.cookbooks.get(def.cookbook) ?? undefined).native(name);
    return fn ? fn(c) : NOT_FOUND;
  }

  has(type: string): boolean {
    return this.defs.has(type);
  }

  defaultAction(type: string): string | undefined {
    return this.defs.get(type)?.firstAction();
  }

  definition(name: string): Definition | undefined {
    return this.definitions.get(name);
  }

  loadCookbook(cookbook: Cookbook): void {
    const prefix = cookbook.name.replace(/-/g, '_');
    for (const rel of cookbook.files.resources.filter((f) => f.endsWith('.rb'))) {
      const base = path.posix.basename(rel, '.rb');
      if (base.startsWith('_')) continue; // partials, pulled in by `use`
      const def = new CustomResourceDef(`${prefix}_${base}`, cookbook.name, rel);
      this.evalDefinitionFile(cookbook, rel, def);
      this.defs.set(def.type, def);
    }
    for (const rel of cookbook.files.providers.filter((f) => f.endsWith('.rb'))) {
      const type = `${prefix}_${path.posix.basename(rel, '.rb')}`;
      let def = this.defs.get(type);
      if (!def) {
        def = new CustomResourceDef(type, cookbook.name, rel);
        this.defs.set(type, def);
      }
      this.evalDefinitionFile(cookbook, rel, def, def.actionClass);
    }
    for (const rel of cookbook.files.definitions.filter((f) => f.endsWith('.rb'))) {
      const file = this.run.load(cookbook, rel);
      if (!file) continue;
      const self = new RObject('Chef::DSL::Definitions', new DefinitionFileContext(this, cookbook.name));
      this.run.interp.runFile(file.ast, self, this.run.interp.newFrame(file.ref, this.run.interp.root, new ModuleDef('#<definitions>', true, undefined)));
    }
  }

  private evalDefinitionFile(cookbook: Cookbook, rel: string, def: CustomResourceDef, defTarget: ModuleDef = def.resourceClass): void {
    const file = this.run.load(cookbook, rel);
    if (!file) return;
    const ctx = new ResourceFileContext(this, def, cookbook);
    const frame = this.run.interp.newFrame(file.ref, this.run.interp.root, defTarget);
    const before = def.type;
    this.run.interp.runFile(file.ast, ctx.value, frame);
    if (def.type !== before) this.defs.set(def.type, def);
  }

  isClassDef(def: CustomResourceDef): boolean {
    return [...this.classDefs.values()].includes(def);
  }

  alias(def: CustomResourceDef, name: string): void {
    this.defs.set(name, def);
  }

  addDefinition(name: string, fn: Definition): void {
    this.definitions.set(name, fn);
  }

  /** After an instance's block: run its actions, declaring what they declare right after it. */
  afterDeclare(instance: ResourceBuilder, c: Call): void {
    const def = this.defs.get(instance.type);
    if (!def) return;
    if (this.depth > 20) {
      c.interp.report('DEC0305', 'error', `custom resources nested more than 20 deep at ${instance.identity}`, c.node.loc);
      return;
    }
    for (const [k, v] of instance.properties) {
      const coerce = def.properties.get(k)?.options?.get(sym('coerce'));
      if (coerce instanceof RProc && !(v instanceof Unknown)) instance.properties.set(k, c.interp.callProc(coerce, [v], c.node));
    }
    const actions = (instance.actions ?? [sym(def.firstAction() ?? 'nothing')]).map((a) => (a instanceof RSymbol ? a.name : toS(a)));
    const run = this.run;
    const savedCollection = run.collection;
    const savedVia = run.via;
    const savedNewResource = run.newResource;
    const sub: ResourceBuilder[] = [];
    run.collection = sub;
    run.via = instance.identity;
    this.depth++;
    try {
      for (const action of actions) {
        const body = def.actions.get(action);
        if (!body) continue;
        const view = new ResourceView(instance, def, this);
        run.newResource = view.value;
        const ctx = new ActionContext(run, def, view, instance);
        const closure = body.scope as Scope;
        const scope = new Scope(undefined, ctx.value, { ...closure.frame, defTarget: def.actionClass, lexical: closure.frame.lexical });
        // guarded ends the action at a raise, a spent budget or a `return`, reporting what went wrong;
        // the instance's next actions still run, and an action's value is not used.
        c.interp.guarded(body.body as Ast, () => (body.body ? c.interp.eval(body.body as Ast, scope) : null));
      }
    } finally {
      this.depth--;
      run.collection = savedCollection;
      run.via = savedVia;
      run.newResource = savedNewResource;
    }
    const at = savedCollection.indexOf(instance);
    savedCollection.splice(at >= 0 ? at + 1 : savedCollection.length, 0, ...sub);
  }

  propertyValue(instance: ResourceBuilder, def: CustomResourceDef, name: string, c: Call): RubyValue | typeof NOT_FOUND {
    // Chef 13+: `prop nil` on a property that does not accept nil resets it to its default.
    if (instance.properties.has(name) && instance.properties.get(name) !== null) return instance.properties.get(name)!;
    if (name === 'name') return instance.name;
    const p = def.properties.get(name);
    if (!p) return name in COMMON_PROPERTIES ? COMMON_PROPERTIES[name]! : NOT_FOUND;
    const o = p.options;
    if (o && (o.get(sym('name_property')) === true || o.get(sym('name_attribute')) === true)) return instance.name;
    const d = o?.get(sym('default'));
    if (d === undefined) return null;
    if (d instanceof RObject && d.internal instanceof DelayedValue) {
      return c.interp.callProc(d.internal.proc, [instance.value], c.node, new ResourceView(instance, def, this).value);
    }
    // A mutable default is copied per instance, as Chef does.
    if (d instanceof RArray) return new RArray([...d.items]);
    if (d instanceof RHash) return RHash.from(d.entries());
    return d;
  }
}

/** `self` while a resources/*.rb or providers/*.rb file loads. */
class ResourceFileContext implements Behaviour {
  readonly kind = 'Chef::Resource';
  readonly singleton: ModuleDef;
  readonly value: RObject;
  constructor(
    private readonly all: CustomResources,
    private readonly def: CustomResourceDef,
    private readonly cookbook: Cookbook | undefined,
  ) {
    this.singleton = def.resourceClass;
    this.value = new RObject('Class', this);
  }
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(name: string): Native | undefined {
    const def = this.def;
    switch (name) {
      case 'property': case 'attribute': return (c) => {
        const n = str(c.args[0] ?? '');
        const options = c.args.find((a): a is RHash => a instanceof RHash);
        def.properties.set(n, { name: n, options });
        return sym(n);
      };
      case 'action': return (c) => {
        const n = str(c.args[0] ?? '');
        if (c.block) {
          def.actions.set(n, c.block);
          if (!def.actionOrder.includes(n)) def.actionOrder.push(n);
        }
        return null;
      };
      case 'actions': case 'allowed_actions': return (c) => {
        for (const a of c.args.flatMap((x) => (x instanceof RArray ? x.items : [x]))) {
          const n = str(a);
          if (!def.actionOrder.includes(n)) def.actionOrder.push(n);
        }
        return null;
      };
      case 'default_action': return (c) => {
        const a = c.args[0];
        def.defaultAction = a instanceof RArray ? str(a.items[0] ?? '') : str(a ?? '');
        return null;
      };
      case 'provides': case 'resource_name': return (c) => {
        const n = str(c.args[0] ?? '');
        if (n && n !== def.type) this.all.alias(def, n);
        if (n && (name === 'resource_name' || this.all.isClassDef(def))) def.type = n;
        return null;
      };
      case 'action_class': case 'class_eval_actions': return (c) => {
        if (!c.block) return null;
        const closure = c.block.scope as Scope;
        const scope = new Scope(closure, def.actionClass.value, { ...closure.frame, defTarget: def.actionClass, lexical: def.actionClass });
        return c.block.body ? c.interp.eval(c.block.body as Ast, scope) : null;
      };
      case 'use': return (c) => {
        const partial = str(c.args[0] ?? '');
        const dir = path.posix.dirname(def.file);
        const rel = path.posix.normalize(`${dir}/${path.posix.dirname(partial)}/_${path.posix.basename(partial).replace(/^_/, '')}.rb`);
        const file = this.cookbook ? this.all.run.load(this.cookbook, rel, c.node.loc) : undefined;
        if (file) c.interp.runFile(file.ast, this.value, c.interp.newFrame(file.ref, c.interp.root, def.resourceClass));
        return null;
      };
      case 'load_current_value': return (c) => {
        c.interp.report('DEC0301', 'info', `load_current_value of ${def.type} skipped: a fresh image has no current value`, c.node.loc);
        return null;
      };
      case 'unified_mode': case 'use_inline_resources': case 'description': case 'introduced': case 'examples': case 'deprecated':
      case 'preview_resource': case 'skip_docs': case 'chef_version_for_provides': case 'identity_attr': case 'state_attrs':
      case 'sensitive': case 'whyrun_supported?': case 'property_type': case 'deprecated_property_alias':
        return () => null;
      case 'include': return (c) => {
        for (const m of c.args) { const mod = (m instanceof RObject && m.internal instanceof ModuleDef) ? m.internal : undefined; if (mod) { def.resourceClass.includes.push(mod); def.actionClass.includes.push(mod); } }
        return null;
      };
      case 'lazy': return (c) => (c.block ? new RObject('Chef::DelayedEvaluator', new DelayedValue(c.block)) : null);
      default: return undefined;
    }
  }
}

/** `new_resource`: the instance's properties with their declared defaults. */
class ResourceView implements Behaviour {
  readonly kind = 'Chef::Resource';
  readonly singleton: ModuleDef;
  readonly value: RObject;
  readonly displayName: string;
  /** A resource's own code (lazy defaults, its methods) still reaches `node` and the platform helpers. */
  readonly fallback: RubyValue;
  constructor(
    readonly instance: ResourceBuilder,
    readonly def: CustomResourceDef,
    private readonly all: CustomResources,
  ) {
    this.fallback = new RecipeContext(all.run, def.cookbook, instance.recipe).value;
    this.singleton = new ModuleDef('#<new_resource>', true, undefined);
    this.value = new RObject(`Chef::Resource::${def.type}`, this);
    this.displayName = instance.identity;
  }
  modules(): readonly ModuleDef[] {
    return [this.def.resourceClass];
  }
  native(name: string): Native | undefined {
    const inst = this.instance;
    switch (name) {
      case 'name': return () => inst.name;
      case 'resource_name': case 'declared_type': return () => sym(this.def.type);
      case 'to_s': return () => inst.identity;
      case 'action': return () => new RArray(inst.actions ?? [sym(this.def.firstAction() ?? 'nothing')]);
      case 'sensitive': return () => inst.sensitive;
      case 'property_is_set?': return (c) => inst.properties.has(str(c.args[0] ?? ''));
      case 'updated_by_last_action': return () => null;
      case 'notifies': case 'subscribes': return (c) => c.interp.send(inst.value, name, c.args, c.block, c.node);
      default:
        // A declared property is an accessor on the resource class itself, so it wins over a
        // same-named helper the class includes (memcached's Helpers#binary_path reads new_resource.binary_path).
        if (this.def.properties.has(name)) return (c) => this.propertyAccess(c);
        return undefined;
    }
  }
  private propertyAccess(c: Call): RubyValue {
    if (c.args.length === 0 && !c.block) {
      const v = this.all.propertyValue(this.instance, this.def, c.name, c);
      return v === NOT_FOUND ? null : (v as RubyValue);
    }
    const v = c.args.length === 1 ? c.args[0]! : new RArray(c.args);
    this.instance.properties.set(c.name, v);
    return v;
  }
  propertyValue(c: Call): Found {
    return this.all.propertyValue(this.instance, this.def, c.name, c);
  }
  missing(c: Call): Found {
    if (c.args.length === 0 && !c.block) return this.all.propertyValue(this.instance, this.def, c.name, c);
    if (c.name.endsWith('=') && c.args.length === 1) {
      this.instance.properties.set(c.name.slice(0, -1), c.args[0]!);
      return c.args[0]!;
    }
    return NOT_FOUND;
  }
}

/** `self` inside `action :x do … end`: the provider, whose unknown calls go to the recipe DSL. */
class ActionContext implements Behaviour {
  readonly kind = 'Chef::Provider';
  readonly singleton: ModuleDef;
  readonly value: RObject;
  readonly fallback: RubyValue;
  constructor(
    private readonly run: ChefRun,
    private readonly def: CustomResourceDef,
    private readonly view: ResourceView,
    private readonly instance: ResourceBuilder,
  ) {
    this.singleton = new ModuleDef('#<action>', true, undefined);
    this.value = new RObject(`Chef::Provider::${def.type}`, this);
    // Resources declared in the action see this provider (new_resource, action_class helpers) from their blocks.
    this.fallback = new RecipeContext(run, def.cookbook, instance.recipe, undefined, [def.actionClass], this.value).value;
  }
  modules(): readonly ModuleDef[] {
    // The resource class's own methods are forwarded to actions, as Chef's ActionClass does.
    return [this.def.actionClass, this.def.resourceClass, ...this.run.chef.providerDsl];
  }
  native(name: string): Native | undefined {
    switch (name) {
      case 'new_resource': case 'current_value': return () => this.view.value;
      case 'current_resource': return () => null;
      case 'converge_by': case 'converge_if_changed': return (c) => (c.block ? c.interp.callProc(c.block, [], c.node) : null);
      case 'whyrun_supported?': return () => true;
      case 'updated_by_last_action': return () => null;
      case 'action': return () => new RArray(this.instance.actions ?? []);
      case 'property_is_set?': return (c) => this.instance.properties.has(str(c.args[0] ?? ''));
      case 'raise_unless_set': return () => null;
      default: return undefined;
    }
  }
  missing(c: Call): Found {
    // Bare property reads inside actions (unified_mode custom resources).
    if (c.args.length === 0 && !c.block && (this.def.properties.has(c.name) || this.instance.properties.has(c.name))) {
      return this.view.propertyValue(c);
    }
    return NOT_FOUND;
  }
}

/** `define :name, defaults do … end` in definitions/*.rb. */
class DefinitionFileContext implements Behaviour {
  readonly kind = 'Chef::DSL::Definitions';
  readonly singleton = new ModuleDef('#<definitions>', true, undefined);
  constructor(
    private readonly all: CustomResources,
    private readonly cookbook: string,
  ) {}
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(name: string): Native | undefined {
    if (name !== 'define') return undefined;
    return (c) => {
      const defName = str(c.args[0] ?? '');
      const defaults = c.args[1] instanceof RHash ? c.args[1] : new RHash();
      const body = c.block;
      if (!body) return null;
      this.all.addDefinition(defName, (call, ctx) => {
        const params = RHash.from(defaults.entries());
        params.set(sym('name'), call.args[0] ?? null);
        if (call.block) {
          const collector = new RObject('Chef::ResourceDefinition', new ParamsCollector(params, ctx.value));
          call.interp.callProc(call.block, [], call.node, collector);
        }
        const self = new RecipeContext(ctx.run, this.cookbook, ctx.recipe, undefined, []);
        self.singleton.methods.set('params', () => params);
        return call.interp.callProc(body, [], call.node, self.value);
      });
      return null;
    };
  }
}

/** The block of a definition call: `key value` lines set params. */
class ParamsCollector implements Behaviour {
  readonly kind = 'Chef::ResourceDefinition';
  readonly singleton = new ModuleDef('#<params>', true, undefined);
  constructor(
    private readonly params: RHash,
    readonly fallback: RubyValue,
  ) {}
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(): Native | undefined {
    return undefined;
  }
  missing(c: Call): Found {
    if (c.args.length === 0 && !c.block) return NOT_FOUND;
    if (c.interp.respondTo(this.fallback, c.name)) return NOT_FOUND;
    this.params.set(sym(c.name), c.args.length === 1 ? c.args[0]! : c.block ?? new RArray(c.args));
    return null;
  }
}
