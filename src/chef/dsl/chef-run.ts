/**
 * One simulated chef-client compile phase: the loaded files, the node, the
 * resource collection, and the selves recipes and attribute files run with
 * (CHEF-SEMANTICS.md, "Cookbook order and what is loaded").
 */
import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { PlatformFacts } from '../../model/converge.js';
import type { SourceLocation } from '../../model/source.js';
import type { Cookbook, Workspace } from '../../model/workspace.js';
import { error } from '../../diagnostics/create.js';
import { parseRuby, type FileRef } from '../../ruby/parser.js';
import { isDiagnostic, readCookbookFile } from '../../load/read-source.js';
import type { AttributeStore } from '../attributes/store.js';
import { RArray, RHash, RObject, RSymbol, Unknown, type RubyValue } from '../values.js';
import { toAst, type Ast } from '../interpreter/ast.js';
import type { Interpreter } from '../interpreter/interpreter.js';
import { ModuleDef, NOT_FOUND, behaviourOf, moduleOf, type Behaviour, type Call, type Found, type Native } from '../interpreter/runtime.js';
import { str } from '../interpreter/builtins/helpers.js';
import { BudgetSignal, RaiseSignal } from '../interpreter/signals.js';
import { inspect, toS } from '../interpreter/ruby-text.js';
import { dataToRuby } from '../to-data.js';
import type { ChefModules } from './chef-constants.js';
import { NodeObject } from './node-object.js';
import { platformHelpers } from './platform-helpers.js';
import { DelayedValue, ResourceBuilder, identityName, type ResourceHost } from './resource-builder.js';
import { isCoreResourceType } from './default-actions.js';
import type { CustomResources } from './custom-resources.js';

/**
 * A run declaring more resources than this is not a server's configuration
 * but a loop: the largest real run lists tried declare under 1,500, and every
 * resource costs a plan entry, a report row and often a diagnostic.
 */
export const MAX_RESOURCES = 20_000;

export interface LoadedFile {
  readonly ast: Ast;
  readonly ref: FileRef;
}

export class ChefRun implements ResourceHost {
  readonly diagnostics: Diagnostic[] = [];
  /** The root resource collection, in declaration (converge) order. */
  readonly resources: ResourceBuilder[] = [];
  /** Where declarations go now: the root collection, or a custom resource action's sub-collection. */
  collection: ResourceBuilder[] = this.resources;
  readonly includedRecipes = new Set<string>();
  readonly loadedAttributeFiles = new Set<string>();
  readonly loadedCookbooks = new Set<string>();
  readonly runState = new RHash();
  readonly node: NodeObject;
  private readonly parsed = new Map<string, LoadedFile | null>();
  custom: CustomResources | undefined;
  /** The custom resource instance being expanded, for `via`. */
  via: string | undefined;
  /** Its `new_resource`, passed to resource blocks that take a parameter. */
  newResource: RubyValue | undefined;

  constructor(
    readonly ws: Workspace,
    readonly interp: Interpreter,
    readonly store: AttributeStore,
    readonly facts: PlatformFacts,
    readonly chef: ChefModules,
    readonly runList: () => string[],
    readonly environment: string,
    readonly roles: string[],
  ) {
    interp.requireRelative = (target, from) => this.requireRelative(target, from);
    this.node = new NodeObject(store, {
      facts,
      runList,
      recipes: () => [...this.includedRecipes],
      roles: () => roles,
      environment,
      name: this.fqdn(),
      runState: this.runState,
    });
  }

  fqdn(): string {
    const v = this.store?.read(['fqdn']);
    return typeof v === 'string' ? v : 'decant.example';
  }

  /** Chef::Resource and, when a library reopened it, the type's own class (`Chef::Resource::Template.include(H)`). */
  resourceModules(type: string): readonly ModuleDef[] {
    const camel = type.split('_').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
    const resource = moduleOf(this.chef.resourceDsl[0]!.constants.get(camel) ?? null);
    return resource ? [resource, ...this.chef.resourceDsl] : this.chef.resourceDsl;
  }

  lookupIdentity(v: RubyValue): string | undefined {
    const b = behaviourOf(v);
    return b instanceof ResourceBuilder ? b.identity : undefined;
  }

  // ---------------------------------------------------------------- files

  load(cookbook: Cookbook, relativePath: string, requestedAt?: SourceLocation): LoadedFile | undefined {
    const key = `${cookbook.name}/${relativePath}`;
    if (this.parsed.has(key)) return this.parsed.get(key) ?? undefined;
    const src = readCookbookFile(cookbook, relativePath, requestedAt);
    if (isDiagnostic(src)) {
      this.diagnostics.push(src);
      this.parsed.set(key, null);
      return undefined;
    }
    const parsed = parseRuby(src.text, src.ref);
    this.diagnostics.push(...parsed.diagnostics);
    const file = { ast: toAst(parsed.tree.rootNode, src.ref, src.text), ref: src.ref };
    parsed.tree.delete();
    this.parsed.set(key, file);
    return file;
  }

  // ---------------------------------------------------------------- phases

  private readonly loadedLibraries = new Set<string>();

  loadLibraries(cookbook: Cookbook): void {
    for (const rel of cookbook.files.libraries.filter((f) => f.endsWith('.rb'))) this.loadLibrary(cookbook, rel);
  }

  /** One library file, once (libraries `require_relative` each other out of alphabetical order). */
  loadLibrary(cookbook: Cookbook, rel: string): boolean {
    const key = `${cookbook.name}/${rel}`;
    if (this.loadedLibraries.has(key)) return false;
    this.loadedLibraries.add(key);
    const file = this.load(cookbook, rel);
    if (!file) return false;
    const main = new RObject('main', new LibraryContext(this.interp.root));
    const savedSteps = this.interp.steps;
    this.interp.runFile(file.ast, main, this.interp.newFrame(file.ref, this.interp.root));
    this.interp.steps = savedSteps;
    return true;
  }

  requireRelative(target: string, from: SourceLocation): RubyValue {
    const cookbook = from.cookbook ? this.ws.cookbooks.get(from.cookbook) : undefined;
    if (!cookbook) return false;
    const rel = path.posix.normalize(`${path.posix.dirname(from.file)}/${target.endsWith('.rb') ? target : `${target}.rb`}`);
    if (!cookbook.files.libraries.includes(rel)) return false;
    return this.loadLibrary(cookbook, rel);
  }

  loadAttributes(cookbook: Cookbook): void {
    const files = cookbook.files.attributes.filter((f) => f.endsWith('.rb'));
    const ordered = [...files.filter((f) => f === 'attributes/default.rb'), ...files.filter((f) => f !== 'attributes/default.rb')];
    for (const rel of ordered) this.evalAttributeFile(cookbook, rel);
  }

  evalAttributeFile(cookbook: Cookbook, rel: string, at?: SourceLocation): void {
    const key = `${cookbook.name}::${rel}`;
    if (this.loadedAttributeFiles.has(key)) return;
    this.loadedAttributeFiles.add(key);
    const file = this.load(cookbook, rel, at);
    if (!file) return;
    const ctx = new AttributeContext(this, cookbook);
    const self = new RObject('Chef::Node::Attribute', ctx);
    this.interp.runFile(file.ast, self, this.interp.newFrame(file.ref, this.interp.root, ctx.singleton));
  }

  /** Libraries and attributes of a cookbook, once; a cookbook reached only by include_recipe loads here. */
  loadCookbook(cookbook: Cookbook): void {
    if (this.loadedCookbooks.has(cookbook.name)) return;
    this.loadedCookbooks.add(cookbook.name);
    this.loadLibraries(cookbook);
    this.loadAttributes(cookbook);
    this.custom?.loadCookbook(cookbook);
  }

  includeRecipe(spec: string, at?: SourceLocation): RubyValue {
    const [cbName, recipeName = 'default'] = spec.split('::') as [string, string?];
    const full = `${cbName}::${recipeName}`;
    if (this.includedRecipes.has(full)) return false;
    const cookbook = this.ws.cookbooks.get(cbName);
    if (!cookbook) {
      this.diagnostics.push(error('DEC0304', `include_recipe '${spec}': cookbook '${cbName}' is not on the cookbook path`, at, 'add it to the cookbook path (--cookbook-path) or to metadata.rb depends'));
      return false;
    }
    const rel = `recipes/${recipeName}.rb`;
    if (!cookbook.files.recipes.includes(rel)) {
      this.diagnostics.push(error('DEC0304', `include_recipe '${spec}': cookbook '${cbName}' has no recipe '${recipeName}'`, at, `recipes: ${cookbook.files.recipes.join(', ') || 'none'}`));
      return false;
    }
    this.includedRecipes.add(full);
    this.loadCookbook(cookbook);
    const file = this.load(cookbook, rel, at);
    if (!file) return false;
    const ctx = new RecipeContext(this, cookbook.name, full);
    this.interp.runFile(file.ast, ctx.value, this.interp.newFrame(file.ref, this.interp.root, ctx.singleton));
    return true;
  }

  // ---------------------------------------------------------------- resources

  isResourceType(name: string): boolean {
    return isCoreResourceType(name) || !!this.custom?.has(name) || name === 'resource' || /^[a-z]\w*_[a-z]\w*$/.test(name) && [...this.ws.cookbooks.keys()].some((cb) => name.startsWith(`${cb.replace(/-/g, '_')}_`));
  }

  /** Resources declared in the whole run, custom resources' inner ones included. */
  private declared = 0;

  declare(type: string, name: RubyValue, c: Call, recipeSelf: RubyValue, cookbook: string, recipe: string): RubyValue {
    if (++this.declared > MAX_RESOURCES) {
      throw new BudgetSignal('DEC0313', `more than ${MAX_RESOURCES} resources declared in this run (a resource inside an endless loop?): the rest of ${c.node.loc.file} is not evaluated`, c.node.loc);
    }
    const builder = new ResourceBuilder(type, normalizeName(name), c.node.loc, cookbook, recipe, recipeSelf, this, this.interp.unknownConditions, this.custom?.defaultAction(type));
    if (this.via) builder.via = this.via;
    if (!isCoreResourceType(type) && !this.custom?.has(type)) {
      this.interp.report('DEC0308', 'info', `resource type '${type}' is not one decant knows; recorded as declared`, c.node.loc);
    }
    this.collection.push(builder);
    // A block parameter is the enclosing custom resource's new_resource (Chef 16+), else the resource itself.
    if (c.block) this.interp.callProc(c.block, [this.newResource ?? builder.value], c.node, builder.value);
    this.custom?.afterDeclare(builder, c);
    return builder.value;
  }

  find(type: string, name: RubyValue): ResourceBuilder | undefined {
    const id = `${type}[${identityName(normalizeName(name))}]`;
    return this.collection.find((r) => !r.deleted && r.identity === id) ?? this.resources.find((r) => !r.deleted && r.identity === id);
  }

  findByIdentity(spec: RubyValue): ResourceBuilder | undefined {
    if (typeof spec === 'string') {
      const m = /^([\w:]+)\[(.*)\]$/s.exec(spec);
      return m ? this.find(m[1]!, m[2]!) : undefined;
    }
    if (spec instanceof RHash && spec.size >= 1) {
      const [k, v] = spec.entries()[0]!;
      return this.find(toS(k), v);
    }
    return undefined;
  }

  dataBagItem(c: Call): RubyValue {
    const [bag, id] = c.args;
    if (bag instanceof Unknown) return bag;
    if (id instanceof Unknown) return id;
    const item = this.ws.dataBags.get(str(bag ?? ''))?.get(str(id ?? ''));
    if (!item) return c.interp.unknown(`data bag item ${toS(bag ?? null)}/${toS(id ?? null)} is not in the workspace (add data_bags/${toS(bag ?? null)}/${toS(id ?? null)}.json)`, c.node, 'DEC0301', 'warning');
    if (item.encrypted) return c.interp.unknown(`data bag item ${item.bag}/${item.id} is encrypted`, c.node);
    return dataToRuby(item.data);
  }

  dataBag(c: Call): RubyValue {
    const bag = c.args[0] ?? null;
    if (bag instanceof Unknown) return bag;
    const items = this.ws.dataBags.get(str(bag));
    if (!items) return c.interp.unknown(`data bag ${toS(bag)} is not in the workspace`, c.node, 'DEC0301', 'warning');
    return new RArray([...items.keys()].sort());
  }
}

function normalizeName(name: RubyValue): RubyValue {
  if (name instanceof RSymbol) return name.name;
  return name;
}

/** Top-level self of a library file (`main`): its defs land on Object. */
class LibraryContext implements Behaviour {
  readonly kind = 'main';
  constructor(readonly singleton: ModuleDef) {}
  native(name: string): Native | undefined {
    if (name === 'include') return (c) => c.interp.send(c.interp.root.value, 'include', c.args, null, c.node);
    return undefined;
  }
  modules(): readonly ModuleDef[] {
    return [];
  }
}

/** `self` in an attribute file: the node, plus include_attribute. */
class AttributeContext implements Behaviour {
  readonly kind = 'Chef::Node::Attribute';
  readonly singleton = new ModuleDef('#<attribute file>', true, undefined);
  readonly fallback: RubyValue;
  constructor(
    readonly run: ChefRun,
    readonly cookbook: Cookbook,
  ) {
    this.fallback = run.node.value;
  }
  native(name: string): Native | undefined {
    switch (name) {
      case 'node': return () => this.run.node.value;
      case 'include_attribute': return (c) => {
        for (const a of c.args) {
          const spec = str(a);
          const [cb, file = 'default'] = spec.split('::') as [string, string?];
          const cookbook = this.run.ws.cookbooks.get(cb);
          if (!cookbook) {
            this.run.diagnostics.push(error('DEC0304', `include_attribute '${spec}': cookbook '${cb}' is not on the cookbook path`, c.node.loc));
            continue;
          }
          const rel = `attributes/${file}.rb`;
          if (!cookbook.files.attributes.includes(rel)) {
            this.run.diagnostics.push(error('DEC0304', `include_attribute '${spec}': no attributes/${file}.rb in '${cb}'`, c.node.loc));
            continue;
          }
          this.run.evalAttributeFile(cookbook, rel, c.node.loc);
        }
        return true;
      };
      default: {
        // The node's methods, run with the node as self.
        const fn = this.run.node.native(name);
        const node = this.run.node.value;
        return fn ? (c) => fn({ ...c, self: node }) : undefined;
      }
    }
  }
  modules(): readonly ModuleDef[] {
    return this.run.chef.recipeDsl;
  }
}

/** `self` in a recipe: the recipe DSL, library helpers mixed into it, and resource declarations. */
export class RecipeContext implements Behaviour {
  readonly kind = 'Chef::Recipe';
  readonly singleton: ModuleDef;
  readonly value: RObject;
  readonly displayName: string;
  constructor(
    readonly run: ChefRun,
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
    const definition = this.run.custom?.definition(c.name);
    if (definition) return definition(c, this);
    if (!this.run.isResourceType(c.name) && !(c.block && c.args.length > 0)) return NOT_FOUND;
    // `apt_update` alone: Chef 16+ resources may be declared without a name (it is then '').
    if (c.args.length === 0 && !c.block && !isCoreResourceType(c.name)) return NOT_FOUND;
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
    case 'include_recipe': return (c) => {
      let last: RubyValue = false;
      for (const a of c.args.flatMap((x) => (x instanceof RArray ? x.items : [x]))) {
        if (a instanceof Unknown) {
          c.interp.report('DEC0301', 'warning', `include_recipe of an unknown recipe name (${a.reason})`, c.node.loc);
          continue;
        }
        last = run.includeRecipe(str(a), c.node.loc);
      }
      return last;
    };
    case 'cookbook_name': return () => ctx.cookbook;
    case 'recipe_name': return () => ctx.recipe.split('::')[1] ?? 'default';
    case 'run_context': return (c) => c.interp.unknown('run_context internals are not modelled', c.node, 'DEC0302');
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
    case 'data_bag_item': return (c) => run.dataBagItem(c);
    case 'data_bag': return (c) => run.dataBag(c);
    case 'search': return (c) => c.interp.unknown(`search(${c.args.map((a) => inspect(a)).join(', ')}) asks the Chef server`, c.node);
    case 'partial_search': return (c) => c.interp.unknown('partial_search asks the Chef server', c.node);
    case 'chef_vault_item': return (c) => c.interp.unknown('chef_vault_item needs the vault', c.node);
    case 'shell_out': case 'shell_out!': case 'shell_out_compacted': case 'shell_out_compacted!':
      return (c) => c.interp.unknown(`${name}(${inspect(c.args[0] ?? null).slice(0, 60)}) output is only known on the host`, c.node);
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
