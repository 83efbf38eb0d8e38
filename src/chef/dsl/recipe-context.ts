/**
 * `self` in a recipe: the recipe DSL (include_recipe, data bags, finding and
 * editing resources…), library helpers mixed into it, and resource
 * declarations, which go to the run's collection.
 */
import { RArray, RHash, RObject, RSymbol, Unknown, type RubyValue } from '../values.js';
import { ModuleDef, NOT_FOUND, type Behaviour, type Call, type Found, type Native } from '../interpreter/runtime.js';
import { str } from '../interpreter/builtins/helpers.js';
import { RaiseSignal } from '../interpreter/signals.js';
import { inspect, toS } from '../interpreter/ruby-text.js';
import type { ChefRunApi } from './chef-run-api.js';
import { dataBag, dataBagItem } from './data-bags.js';
import { search } from './search.js';
import { platformHelpers } from './platform-helpers.js';
import { DelayedValue } from './resource-builder.js';
import { isCoreResourceType } from './default-actions.js';
import { answerShellOut } from './shell-out-answers.js';

export class RecipeContext implements Behaviour {
  readonly kind = 'Chef::Recipe';
  readonly singleton: ModuleDef;
  readonly value: RObject;
  readonly displayName: string;
  constructor(
    readonly run: ChefRunApi,
    readonly cookbook: string,
    readonly recipe: string,
    readonly fallback?: RubyValue,
    private readonly extraModules: readonly ModuleDef[] = [],
    /** What resource blocks declared here fall back to (a provider inside a custom resource action). */
    private readonly blockSelf?: RubyValue,
  ) {
    this.singleton = new ModuleDef(`#<recipe ${recipe}>`, true, undefined);
    this.value = new RObject('Chef::Recipe', this);
    this.displayName = `#<Chef::Recipe ${recipe}>`;
  }
  modules(): readonly ModuleDef[] {
    return [...this.extraModules, ...this.run.chef.recipeDsl];
  }
  native(name: string): Native | undefined {
    return recipeNative(name, this) ?? platformHelpers(name, this.run.facts);
  }
  missing(c: Call): Found {
    if (!/^[a-z_]\w*$/.test(c.name)) return NOT_FOUND;
    const definition = this.run.definition(c.name);
    if (definition) return definition(c, this);
    if (!this.run.isResourceType(c.name) && !(c.block && c.args.length > 0)) return NOT_FOUND;
    // `apt_update` alone: Chef 16+ resources may be declared without a name (it is then ''), a cookbook's custom
    // resource too (`gpg_install`); a bare word that only looks like a type (cookbook prefix) is not a declaration.
    if (c.args.length === 0 && !c.block && !isCoreResourceType(c.name) && !this.run.isCustomResourceType(c.name)) return NOT_FOUND;
    return this.run.declare(c.name, c.args[0] ?? '', c, this.declarer, this.cookbook, this.recipe);
  }
  get declarer(): RubyValue {
    return this.blockSelf ?? this.value;
  }
}

function recipeNative(name: string, ctx: RecipeContext): Native | undefined {
  const run = ctx.run;
  switch (name) {
    case 'node': return () => run.node.value;
    // require_recipe is Chef 0.x's name for include_recipe, kept as an alias until Chef 12 (old chef-repos still call it).
    case 'include_recipe': case 'require_recipe': return (c) => {
      let last: RubyValue = false;
      for (const a of c.args.flatMap((x) => (x instanceof RArray ? x.items : [x]))) {
        if (a instanceof Unknown) {
          c.interp.report('DEC0301', 'warning', `include_recipe of an unknown recipe name (${a.reason})`, c.node.loc);
          continue;
        }
        last = run.includeRecipe(str(a), c.node.loc, ctx.cookbook);
      }
      return last;
    };
    case 'cookbook_name': return () => ctx.cookbook;
    case 'recipe_name': return () => ctx.recipe.split('::')[1] ?? 'default';
    case 'run_context': return () => run.runContext;
    case 'with_run_context': return (c) => {
      // Accumulator patterns declare into the root collection.
      const saved = run.collection;
      const savedVia = run.via;
      if (c.args[0] instanceof RSymbol && c.args[0].name === 'root') {
        run.collection = run.resources;
      }
      try {
        return c.block ? c.interp.callProc(c.block, [], c.node) : null;
      } finally {
        run.collection = saved;
        run.via = savedVia;
      }
    };
    case 'lazy': return (c) => (c.block ? new RObject('Chef::DelayedEvaluator', new DelayedValue(c.block)) : null);
    case 'data_bag_item': return (c) => dataBagItem(run.ws, c, run.answers);
    case 'data_bag': return (c) => dataBag(run.ws, c);
    case 'search': case 'partial_search': return (c) => search(run.ws, c, run.answers);
    case 'chef_vault_item': return (c) => c.interp.unknown('chef_vault_item needs the vault', c.node);
    case 'shell_out': case 'shell_out!': case 'shell_out_compacted': case 'shell_out_compacted!':
      return (c) => {
        // A command runs on the host whether or not decant knows its answer.
        c.interp.hostReaches++;
        return answerShellOut(
          run.answers,
          c.args[0] ?? null,
          (why) => c.interp.unknown(`${name}(${inspect(c.args[0] ?? null).slice(0, 60)}) output is only known on the host${why ? `: ${why}` : ''}`, c.node),
          { ...(run.observations ? { observations: run.observations } : {}), strict: name.endsWith('!'), at: c.node.loc },
        );
      };
    case 'resources': return (c) => {
      const r = run.findByIdentity(c.args[0] ?? null);
      if (r) return r.value;
      return c.interp.unknown(`resources(${inspect(c.args[0] ?? null)}): no such resource declared before this point`, c.node, 'DEC0301', 'warning');
    };
    case 'find_resource': case 'find_resource!': return (c) => {
      const [type, rname] = c.args;
      const r = type instanceof RHash ? run.findByIdentity(type) : run.find(toS(type ?? null), rname ?? null);
      if (r) return r.value;
      if (name === 'find_resource!') throw new RaiseSignal('Chef::Exceptions::ResourceNotFound', `resource ${toS(type ?? null)}[${toS(rname ?? null)}] is not in the collection`, c.node.loc);
      return null;
    };
    case 'edit_resource': case 'edit_resource!': return (c) => {
      const type = toS(c.args[0] ?? null);
      const r = run.find(type, c.args[1] ?? null);
      if (r) {
        if (c.block) c.interp.callProc(c.block, [run.newResource ?? r.value], c.node, r.value);
        return r.value;
      }
      if (name === 'edit_resource!') throw new RaiseSignal('Chef::Exceptions::ResourceNotFound', `resource ${type}[${toS(c.args[1] ?? null)}] is not in the collection`, c.node.loc);
      return run.declare(type, c.args[1] ?? null, c, ctx.declarer, ctx.cookbook, ctx.recipe);
    };
    case 'declare_resource': case 'build_resource': return (c) => {
      const type = toS(c.args[0] ?? null);
      return run.declare(type, c.args[1] ?? null, c, ctx.declarer, ctx.cookbook, ctx.recipe);
    };
    case 'delete_resource': case 'delete_resource!': return (c) => {
      const r = run.find(toS(c.args[0] ?? null), c.args[1] ?? null);
      if (r) r.deleted = true;
      return r ? r.value : null;
    };
    case 'tag': case 'untag': return () => null;
    case 'tagged?': return () => false;
    case 'registry_key_exists?': case 'registry_value_exists?': case 'registry_data_exists?': return () => false;
    case 'attribute?': return (c) => c.interp.send(run.node.value, 'attribute?', c.args, null, c.node);
    case 'run_state': return () => run.runState;
    case 'describe_resource': return () => null;
    case 'method_missing': return undefined;
    default: return undefined;
  }
}
