import { RArray, RObject, RSymbol, type RubyValue } from '../values.js';
import { ModuleDef, NOT_FOUND, type Behaviour, type Call, type Found, type Native } from '../interpreter/runtime.js';
import { str } from '../interpreter/builtins/helpers.js';
import type { ChefRunApi } from './chef-run-api.js';
import type { CustomResourceDef } from './custom-resource-definition.js';
import { RecipeContext } from './recipe-context.js';
import type { ResourceBuilder } from './resource-builder.js';
import type { ResourceView } from './resource-view.js';

/** `self` inside `action :x do … end`: the provider, whose unknown calls go to the recipe DSL. */
export class ProviderContext implements Behaviour {
  readonly kind = 'Chef::Provider';
  readonly singleton: ModuleDef;
  readonly value: RObject;
  readonly fallback: RubyValue;
  constructor(
    private readonly run: ChefRunApi,
    private readonly def: CustomResourceDef,
    private readonly view: ResourceView,
    private readonly instance: ResourceBuilder,
    /** The action being run: Chef's Provider#action, which `do_action(action)` hands to an inner resource. */
    private readonly current?: string,
  ) {
    this.singleton = new ModuleDef('#<action>', true, undefined);
    this.value = new RObject(`Chef::Provider::${def.type}`, this);
    // Chef's Provider keeps the resource in @new_resource (new_resource is its reader): older actions read the ivar.
    this.value.ivars.set('@new_resource', view.value);
    this.value.ivars.set('@current_resource', null);
    // Resources declared in the action see this provider (new_resource, action_class helpers) from their blocks.
    // Their cookbook is the provider's cookbook_name, which Chef takes from new_resource: the cookbook whose recipe
    // declared the custom resource, not the one defining it (a template or cookbook_file without `cookbook` is
    // looked up there).
    this.fallback = new RecipeContext(run, instance.cookbook, instance.recipe, undefined, [def.actionClass], this.value).value;
  }
  modules(): readonly ModuleDef[] {
    // The resource class's own methods are forwarded to actions, as Chef's ActionClass does.
    return [this.def.actionClass, this.def.resourceClass, ...this.run.chef.providerDsl];
  }
  native(name: string): Native | undefined {
    switch (name) {
      case 'new_resource': case 'current_value': return () => this.view.value;
      // Provider#current_resource is @current_resource: what load_current_resource set, else nil (a fresh image).
      case 'current_resource': return () => this.value.ivars.get('@current_resource') ?? null;
      case 'current_resource=': return (c) => { this.value.ivars.set('@current_resource', c.args[0] ?? null); return c.args[0] ?? null; };
      case 'converge_by': case 'converge_if_changed': return (c) => this.converge(c);
      // Chef 10/11's Provider#recipe_eval instance_evals the block and converges what it declares there and then
      // (an inline run): its resources join this action's, in order.
      case 'recipe_eval': return (c) => (c.block ? c.interp.callProc(c.block, [], c.node, this.value) : null);
      case 'whyrun_supported?': return () => true;
      case 'class': return () => this.def.actionClass.value;
      case 'run_action': return (c) => this.runOwnAction(c);
      case 'updated_by_last_action': return () => null;
      case 'action': return () => (this.current !== undefined ? RSymbol.of(this.current) : new RArray(this.instance.actions ?? []));
      case 'property_is_set?': return (c) => this.instance.properties.has(str(c.args[0] ?? ''));
      case 'raise_unless_set': return () => null;
      default:
        // Chef defines a method `action_<name>` on the provider for each action (compile_and_converge_action):
        // `action_create` inside `action :enable` runs the create action's body there and then.
        return name.startsWith('action_') && this.def.actions.has(name.slice('action_'.length)) ? (c) => this.runOwnAction(c, name.slice('action_'.length)) : undefined;
    }
  }
  /**
   * `converge_by('msg') { … }` and `converge_if_changed { … }` run their block on a first converge. A block that
   * declares no resource and reaches the host (a shell_out! of `mysql -e 'CREATE USER …'`, a gem's client, a
   * File.write, anything decant leaves unknown) changes the system in Ruby: recorded on the instance, so the planner
   * says that work is not carried rather than call the resource done. A block that stays in memory (it edits a
   * declared template's variables, as chef_auto_accumulator's converge_if_changed does) changes nothing itself:
   * what it edits is decided with that resource.
   */
  private converge(c: Call): RubyValue {
    if (!c.block) return null;
    const before = this.run.collection.length;
    const reachesBefore = c.interp.hostReaches;
    const out = c.interp.callProc(c.block, [], c.node);
    if (this.run.collection.length === before && c.block.body !== undefined && c.interp.hostReaches > reachesBefore) {
      (this.instance.rubyChanges ??= []).push({ ...(convergeMessage(c.args[0]) ?? {}), via: c.name, at: c.node.loc });
    }
    return out;
  }
  /** `run_action(:add)` (or `action_add`) inside another action of the same resource: that action's body runs here, now. */
  private runOwnAction(c: Call, named?: string): RubyValue {
    const body = this.def.actions.get(named ?? str(c.args[0] ?? ''));
    return body ? c.interp.callProc(body, [], c.node, this.value) : null;
  }
  missing(c: Call): Found {
    // Bare property reads inside actions (unified_mode custom resources). `name` is every resource's name
    // property: Chef forwards the resource class's own methods to new_resource (Provider.include_resource_dsl_module),
    // so a helper module the resource file includes reads the resource's name with a bare `name` (docker's docker_name).
    if (c.args.length === 0 && !c.block && (this.def.properties.has(c.name) || this.instance.properties.has(c.name) || c.name === 'name')) {
      return this.view.propertyValue(c);
    }
    return NOT_FOUND;
  }
}

/** converge_by's description (a String, or an Array of lines as Chef prints them); none when it is not known text. */
function convergeMessage(v: RubyValue | undefined): { what: string } | undefined {
  if (typeof v === 'string') return { what: v };
  if (v instanceof RArray && v.items.every((x) => typeof x === 'string')) return { what: (v.items as string[]).join('; ') };
  return undefined;
}
