/**
 * Custom resources (resources/*.rb), LWRPs (resources/ + providers/) and
 * definitions (definitions/*.rb), expanded inline as Chef builds the resource
 * collection: an instance is declared, then each of its actions runs with
 * `new_resource` bound to it and whatever it declares lands right after it,
 * marked `via` the instance (issue 3; CHEF-SEMANTICS.md "Custom resources").
 * The selves those files and actions run with: resource-file-context.ts,
 * provider-context.ts (an action), resource-view.ts (`new_resource`) and
 * definition-file-context.ts.
 */
import path from 'node:path';
import type { Cookbook } from '../../model/workspace.js';
import { RObject, RProc, RSymbol, Unknown, sym, type RubyValue } from '../values.js';
import { ModuleDef, NOT_FOUND, type Call, type Found } from '../interpreter/runtime.js';
import { defineModule } from '../interpreter/define-module.js';
import { str } from '../interpreter/builtins/helpers.js';
import { toS } from '../interpreter/ruby-text.js';
import { Scope } from '../interpreter/runtime.js';
import type { Ast } from '../interpreter/ast.js';
import type { ChefRunApi, Definition } from './chef-run-api.js';
import { CustomResourceDef } from './custom-resource-definition.js';
import { DefinitionFileContext } from './definition-file-context.js';
import { ProviderContext } from './provider-context.js';
import { ResourceFileContext, type ResourceTypeRegistry } from './resource-file-context.js';
import { ResourceView } from './resource-view.js';
import { DelayedValue, type ResourceBuilder } from './resource-builder.js';

const CLASS_DSL = new Set(['property', 'attribute', 'action', 'actions', 'allowed_actions', 'default_action', 'provides', 'resource_name', 'action_class', 'declare_action_class', 'lazy', 'load_current_value', 'unified_mode', 'use_inline_resources', 'description', 'introduced', 'examples', 'property_type', 'identity_attr', 'state_attrs', 'preview_resource', 'deprecated_property_alias', 'whyrun_supported?']);

export class CustomResources implements ResourceTypeRegistry {
  private readonly defs = new Map<string, CustomResourceDef>();
  private readonly definitions = new Map<string, Definition>();
  /** The specificity of the provides holding each name (provides-filter.ts): a less specific one does not take it. */
  private readonly providedAt = new Map<string, number>();
  private depth = 0;

  /** Library classes that subclass Chef::Resource / Chef::Provider (Chef 12.5-14 class-based resources). */
  private readonly classDefs = new Map<ModuleDef, CustomResourceDef>();
  /** The class of each resources/*.rb type: code that receives it (a mixin's `included(base)`) calls the file's DSL on it. */
  private readonly fileClasses = new Map<ModuleDef, CustomResourceDef>();

  constructor(readonly run: ChefRunApi) {}

  /** The interpreter's class hook: class-level DSL calls in library classes that subclass Chef::Resource / Chef::Provider. */
  /**
   * The type of a cookbook resource file's class (`Chef::Resource::NginxSite` for nginx/resources/site.rb),
   * for `.new` on it: LWRP providers build their current_resource that way.
   */
  fileClassType(mod: ModuleDef): string | undefined {
    const def = this.fileClasses.get(mod);
    return def && !mod.findMethod('initialize') ? def.type : undefined;
  }

  classMethod(mod: ModuleDef, name: string, c: Call): Found {
    const fileDef = this.fileClasses.get(mod);
    if (fileDef) {
      const fn = new ResourceFileContext(this, this.run, fileDef, this.run.ws.cookbooks.get(fileDef.cookbook) ?? undefined).native(name);
      return fn ? fn(c) : NOT_FOUND;
    }
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
    const fn = new ResourceFileContext(this, this.run, def, this.run.ws.cookbooks.get(def.cookbook) ?? undefined).native(name);
    return fn ? fn(c) : NOT_FOUND;
  }

  /** A declared property of a custom resource instance never set: its default, as `new_resource` reads it. */
  unsetProperty(b: ResourceBuilder, c: Call): Found {
    const def = this.defs.get(b.type);
    if (!def || !def.properties.has(c.name)) return NOT_FOUND;
    return new ResourceView(b, def, this.run).propertyValue(c);
  }

  /** Whether a custom type declares the property (undefined: no cookbook defines the type). */
  declaresProperty(type: string, name: string): boolean | undefined {
    const def = this.defs.get(type);
    return def ? def.properties.has(name) : undefined;
  }

  resourceClass(type: string): RubyValue | undefined {
    return this.defs.get(type)?.resourceClass.value;
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
      const def = new CustomResourceDef(lwrpTypeName(prefix, base), cookbook.name, rel);
      this.subclassResource(def);
      this.evalDefinitionFile(cookbook, rel, def);
      this.defs.set(def.type, def);
    }
    for (const rel of cookbook.files.providers.filter((f) => f.endsWith('.rb'))) {
      const type = lwrpTypeName(prefix, path.posix.basename(rel, '.rb'));
      let def = this.defs.get(type);
      if (!def) {
        def = new CustomResourceDef(type, cookbook.name, rel);
        this.subclassResource(def);
        this.defs.set(type, def);
      }
      this.evalDefinitionFile(cookbook, rel, def, def.actionClass);
    }
    for (const rel of cookbook.files.definitions.filter((f) => f.endsWith('.rb'))) {
      const file = this.run.load(cookbook, rel);
      if (!file) continue;
      const self = new RObject('Chef::DSL::Definitions', new DefinitionFileContext((name, fn) => this.addDefinition(name, fn), cookbook.name));
      this.run.interp.runFile(file.ast, self, this.run.interp.newFrame(file.ref, this.run.interp.root, new ModuleDef('#<definitions>', true, undefined), true));
    }
  }

  /**
   * A cookbook's resource file defines a subclass of Chef::Resource (LWRPBase.build_from_file): what a library
   * mixes into Chef::Resource (`Chef::Resource.include Helpers`) answers on every resource, `new_resource.helper`
   * included, as Ruby's method lookup finds it through the superclass.
   */
  private subclassResource(def: CustomResourceDef): void {
    def.resourceClass.superclass ??= defineModule(this.run.interp, 'Chef::Resource', true);
  }

  private evalDefinitionFile(cookbook: Cookbook, rel: string, def: CustomResourceDef, defTarget: ModuleDef = def.resourceClass): void {
    const file = this.run.load(cookbook, rel);
    if (!file) return;
    if (defTarget === def.resourceClass) {
      this.fileClasses.set(def.resourceClass, def);
      nameLwrpClass(this.run.interp, def);
    }
    const ctx = new ResourceFileContext(this, this.run, def, cookbook);
    // Chef class_evals the file's text into the resource (or provider) class: that class is its cref, so a
    // constant the file assigns (also inside `action_class do … end`) is the class's, read by its actions.
    const frame = this.run.interp.newFrame(file.ref, defTarget, defTarget, true);
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

  claim(name: string, specificity: number): boolean {
    if ((this.providedAt.get(name) ?? -1) > specificity) return false;
    this.providedAt.set(name, specificity);
    return true;
  }

  addDefinition(name: string, fn: Definition): void {
    this.definitions.set(name, fn);
  }

  /** After an instance's block: run its actions, declaring what they declare right after it. */
  afterDeclare(instance: ResourceBuilder, c: Call): void {
    this.runActions(instance, c);
  }

  /**
   * An action of an expanded instance that another resource notifies (or that the instance subscribes to), not run
   * yet: Chef runs it when the notification fires, and on a first converge every notifier changes. What it
   * declares goes where the run's collection is being filled now (after the notifier, or at the end for :delayed).
   * False when the instance is no custom resource with that action, or already ran it.
   */
  runNotified(instance: ResourceBuilder, action: string, c: Call): boolean {
    const def = this.defs.get(instance.type);
    if (!def || !def.actions.has(action) || !instance.customActionsRun || instance.customActionsRun.includes(action)) return false;
    this.runActions(instance, c, [action]);
    return true;
  }

  private runActions(instance: ResourceBuilder, c: Call, notified?: readonly string[]): void {
    const def = this.defs.get(instance.type);
    if (!def) return;
    if (this.depth > 20) {
      c.interp.report('DEC0305', 'error', `custom resources nested more than 20 deep at ${instance.identity}`, c.node.loc);
      return;
    }
    // Chef instance_execs a coerce proc on the resource: it may read other properties and the resource's methods.
    let view: RObject | undefined;
    for (const [k, v] of instance.properties) {
      const coerce = def.properties.get(k)?.options?.get(sym('coerce'));
      // A lazy value is coerced when it is read, not when it is set (Chef's Property#set skips DelayedEvaluators).
      if (!(coerce instanceof RProc) || v instanceof Unknown || (v instanceof RObject && v.internal instanceof DelayedValue)) continue;
      view ??= new ResourceView(instance, def, this.run).value;
      instance.properties.set(k, c.interp.callProc(coerce, [v], c.node, view));
    }
    // `property :rootpw, String, sensitive: true`: the type itself says the value is a secret, whatever its name.
    const sensitive = [...def.properties.values()].filter((p) => p.options?.get(sym('sensitive')) === true).map((p) => p.name);
    if (sensitive.length) instance.sensitiveProperties = sensitive;
    const actions = notified ?? (instance.actions ?? [sym(def.firstAction() ?? 'nothing')]).map((a) => (a instanceof RSymbol ? a.name : toS(a)));
    const run = this.run;
    const savedCollection = run.collection;
    const savedVia = run.via;
    const savedNewResource = run.newResource;
    const sub: ResourceBuilder[] = [];
    run.collection = sub;
    run.via = instance.identity;
    if (!notified) instance.customActionsRun = [];
    this.depth++;
    try {
      const runAction = (action: string): void => {
        const body = def.actions.get(action);
        if (!body) return;
        instance.customActionsRun!.push(action);
        const view = new ResourceView(instance, def, run);
        run.newResource = view.value;
        const ctx = new ProviderContext(run, def, view, instance, action);
        const closure = body.scope as Scope;
        const scope = new Scope(closure, ctx.value, { ...closure.frame, defTarget: def.actionClass, lexical: closure.frame.lexical });
        // A provider's `load_current_resource` runs before each action, on the same provider, as Chef's
        // Provider#run_action does: LWRPs declare the real resource there (`@svc = service ...`) for the action to use.
        const load = def.actionClass.findMethod('load_current_resource');
        if (load) c.interp.guarded(body.body as Ast, () => c.interp.invoke(load, ctx.value, 'load_current_resource', [], null, c.node, undefined));
        // guarded ends the action at a raise, a spent budget or a `return`, reporting what went wrong;
        // the instance's next actions still run, and an action's value is not used.
        c.interp.guarded(body.body as Ast, () => (body.body ? c.interp.eval(body.body as Ast, scope) : null));
      };
      for (const action of actions) runAction(action);
      // A resource inside the actions that notifies the custom resource itself (`notifies :restart, new_resource`)
      // makes Chef run that action of it too, since every resource changes on a first converge. Its resources are
      // declared after the ones the actions declared, where the notification's queue runs them.
      for (const action of selfNotified(run, instance, sub, def)) runAction(action);
    } finally {
      this.depth--;
      run.collection = savedCollection;
      run.via = savedVia;
      run.newResource = savedNewResource;
    }
    if (notified) {
      // Where the run is placing what it declares now: after the notifier, or the end of the collection.
      for (const r of sub) run.place(r);
      return;
    }
    const at = savedCollection.indexOf(instance);
    savedCollection.splice(at >= 0 ? at + 1 : savedCollection.length, 0, ...sub);
  }
}

/** Actions of `instance` that resources of its own sub-collection notify, not yet run, in the order first notified. */
function selfNotified(run: ChefRunApi, instance: ResourceBuilder, sub: readonly ResourceBuilder[], def: CustomResourceDef): string[] {
  const out: string[] = [];
  for (const n of sub.flatMap((r) => r.notifies)) {
    const target = typeof n.target === 'string' ? n.target : run.lookupIdentity(n.target);
    const action = n.action instanceof RSymbol ? n.action.name : typeof n.action === 'string' ? n.action : undefined;
    if (target !== instance.identity || action === undefined || !def.actions.has(action)) continue;
    if (!instance.customActionsRun?.includes(action) && !out.includes(action)) out.push(action);
  }
  return out;
}

/**
 * The type a resources/ or providers/ file defines before any `provides`: Chef's filename_to_qualified_string
 * (lib/chef/mixin/convert_to_class_name.rb) names default.rb after the cookbook itself (ark's resources/default.rb
 * is `ark`), every other file `<cookbook>_<file>`.
 */
export function lwrpTypeName(cookbookPrefix: string, fileBase: string): string {
  return fileBase === 'default' ? cookbookPrefix : `${cookbookPrefix}_${fileBase}`;
}

/**
 * Chef names a cookbook resource file's class Chef::Resource::<CamelType> (LWRPBase.build_from_file,
 * convert_to_class_name): providers of that era build their current_resource with `.new` on it. A constant
 * a library already set there is left as it is.
 */
function nameLwrpClass(interp: ChefRunApi['interp'], def: CustomResourceDef): void {
  const chefResource = defineModule(interp, 'Chef::Resource', true);
  const name = def.type.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  if (/^[A-Z]\w*$/.test(name) && !chefResource.constants.has(name)) chefResource.constants.set(name, def.resourceClass.value);
}
