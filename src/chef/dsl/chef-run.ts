/**
 * One simulated chef-client compile phase: the loaded files, the node, the
 * resource collection, and the order libraries, attributes, custom resources
 * and recipes load in (CHEF-SEMANTICS.md, "Cookbook order and what is
 * loaded"). The selves those files run with are in library-context.ts,
 * attribute-context.ts and recipe-context.ts; custom resources in
 * custom-resources.ts.
 */
import type { ValueAnswers } from './value-answers.js';
import { lookUpObservation, type CommandObservations } from './command-observations.js';
import { registerImageEnvironment } from './image-environment.js';
import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { PlatformFacts } from '../../model/converge.js';
import type { SourceLocation } from '../../model/source.js';
import type { Cookbook, Workspace } from '../../model/workspace.js';
import { error } from '../../diagnostics/create.js';
import { parseRuby } from '../../ruby/parser.js';
import { isDiagnostic, readCookbookFile } from '../../load/read-source.js';
import type { AttributeStore } from '../attributes/store.js';
import { RHash, RObject, RSymbol, type RubyValue } from '../values.js';
import { toAst } from '../interpreter/ast.js';
import { Interpreter } from '../interpreter/interpreter.js';
import { registerCore } from '../interpreter/core-constants.js';
import { behaviourOf, moduleOf, type Call, type FileProbe, type Found, type ModuleDef } from '../interpreter/runtime.js';
import { BudgetSignal } from '../interpreter/signals.js';
import { toS } from '../interpreter/ruby-text.js';
import { registerChef, type ChefModules } from './chef-constants.js';
import { registerErubisEruby } from '../template/erubis-eruby.js';
import { NodeObject } from './node-object.js';
import { ResourceBuilder, describeTarget, identityName, type ResourceHost } from './resource-builder.js';
import { NotifiedActions } from './notified-actions.js';
import { reloadedPackages, reloadsPackages } from './ohai-reload.js';
import { isCoreResourceType } from './default-actions.js';
import { coreTypeOfResourceClass, detachedRunMessage, newDetachedResource } from './detached-resource.js';
import { CustomResources } from './custom-resources.js';
import { CookbookCacheFs, cacheSourcePath, inCookbookCache } from './cookbook-cache.js';
import { registerCookbookMetadata } from './cookbook-metadata.js';
import { ResourceView } from './resource-view.js';
import type { ChefRunApi, Definition, LoadedFile } from './chef-run-api.js';
import { dataBag, dataBagItem, dataBagList } from './data-bags.js';
import { search } from './search.js';
import { LibraryContext } from './library-context.js';
import { AttributeContext } from './attribute-context.js';
import { RecipeContext } from './recipe-context.js';
import { RunContextView } from './run-context-view.js';
import { missingCookbookOfType, missingDependencies } from './missing-cookbook-type.js';
import { USER_TYPES, type RunAccounts } from './run-accounts.js';
import { userConvergeOf, userNameOf } from './user-converge.js';

/**
 * A run declaring more resources than this is not a server's configuration
 * but a loop: the largest real run lists tried declare under 1,500, and every
 * resource costs a plan entry, a report row and often a diagnostic.
 */
export const MAX_RESOURCES = 20_000;

export interface ChefRunOptions {
  readonly ws: Workspace;
  readonly store: AttributeStore;
  readonly facts: PlatformFacts;
  /** What `::File.exist?` and friends see while recipes run. */
  readonly fs: FileProbe;
  readonly runList: () => string[];
  readonly environment: string;
  readonly roles: string[];
  /** plan.yaml's `values:` answers, and the questions left open. */
  readonly answers?: ValueAnswers;
  /** Observed command output, and the observable commands not observed yet. */
  readonly observations?: CommandObservations;
  /** The base image's configured environment (PATH): what ENV reads in the image. */
  readonly imageEnvironment?: Readonly<Record<string, string>>;
  /** The target's users as the run makes them: what `~name` and Etc.getpwnam find. */
  readonly accounts: RunAccounts;
}

export class ChefRun implements ResourceHost, ChefRunApi {
  readonly ws: Workspace;
  readonly store: AttributeStore;
  readonly facts: PlatformFacts;
  readonly runList: () => string[];
  readonly environment: string;
  readonly roles: string[];
  readonly answers?: ValueAnswers;
  readonly observations?: CommandObservations;
  readonly accounts: RunAccounts;
  readonly interp: Interpreter;
  readonly chef: ChefModules;
  readonly node: NodeObject;
  readonly custom: CustomResources;
  /** Notifications to custom resources while converging (notified-actions.ts). */
  private readonly notified: NotifiedActions;
  readonly diagnostics: Diagnostic[] = [];
  /** The root resource collection, in declaration (converge) order. */
  readonly resources: ResourceBuilder[] = [];
  /** Where declarations go now: the root collection, or a custom resource action's sub-collection. */
  collection: ResourceBuilder[] = this.resources;
  readonly includedRecipes = new Set<string>();
  readonly loadedAttributeFiles = new Set<string>();
  readonly loadedCookbooks = new Set<string>();
  readonly runState = new RHash();
  readonly runContext: RubyValue = new RunContextView({
    resources: this.resources,
    nodeValue: () => this.node.value,
    cookbooks: () => new Map([...this.ws.cookbooks].map(([name, cb]) => [name, { name, ...(cb.metadata.version ? { version: cb.metadata.version } : {}) }])),
  }).value;
  private readonly parsed = new Map<string, LoadedFile | null>();
  /** The custom resource instance being expanded, for `via`. */
  via: string | undefined;
  /** Its `new_resource`, passed to resource blocks that take a parameter. */
  newResource: RubyValue | undefined;

  /**
   * The run owns its interpreter: the interpreter's hooks (require_relative
   * between libraries, the class-level DSL of library resources) call back
   * into this run and its custom resources, which exist by the time any
   * Ruby runs.
   */
  constructor(options: ChefRunOptions) {
    const { ws, store, facts, runList, environment, roles } = options;
    this.ws = ws;
    this.store = store;
    this.facts = facts;
    this.runList = runList;
    this.environment = environment;
    this.roles = roles;
    if (options.answers) this.answers = options.answers;
    if (options.observations) this.observations = options.observations;
    this.accounts = options.accounts;
    this.interp = new Interpreter({}, {
      // A cookbook's own files are on the node where chef-client synced them: `__FILE__` names them there, reads find them.
      fs: new CookbookCacheFs(options.fs, ws),
      sourcePath: cacheSourcePath(ws),
      accounts: options.accounts,
      requireRelative: (target, from) => this.requireRelative(target, from),
      // A backtick command answers as shell_out's stdout does from what Ohai ran (`lsb_release -cs`) or observed.
      subshell: (command, at) => {
        const seen = lookUpObservation(this.observations, command, at);
        return 'ohai' in seen ? seen.ohai.stdout : 'observed' in seen ? seen.observed.stdout : undefined;
      },
      classHook: (mod, name, c) => {
        // A core or cookbook resource class's .new is the resource as a value, outside the collection.
        const core = name === 'new' ? coreTypeOfResourceClass(mod) ?? this.custom.fileClassType(mod) : undefined;
        return core ? newDetachedResource(core, c, this) : this.custom.classMethod(mod, name, c);
      },
    });
    registerCore(this.interp);
    if (options.imageEnvironment) registerImageEnvironment(this.interp, facts.baseImage, options.imageEnvironment);
    registerErubisEruby(this.interp);
    this.chef = registerChef(this.interp, {
      dataBagItem: (c) => dataBagItem(ws, c, options.answers),
      encryptedDataBagItem: (c) => dataBagItem(ws, c, options.answers, true),
      dataBag: (c) => dataBag(ws, c),
      dataBagList: () => dataBagList(ws),
      search: (c) => search(ws, c, options.answers),
      runContext: () => this.runContext,
      node: () => this.node.value,
      ...(options.answers ? { answers: options.answers } : {}),
      ...(options.observations ? { observations: options.observations } : {}),
    });
    registerCookbookMetadata(this.interp, (name) => ws.cookbooks.get(name)?.metadata);
    this.node = new NodeObject(store, options.answers, {
      facts,
      runList,
      recipes: () => [...this.includedRecipes],
      roles: () => roles,
      environment,
      name: this.fqdn(),
      runState: this.runState,
      runContext: () => this.runContext,
    });
    this.custom = new CustomResources(this);
    this.notified = new NotifiedActions(
      this.custom,
      (t) => {
        const d = describeTarget(t, this);
        return typeof d === 'string' ? d : undefined;
      },
      (id) => this.findByIdentity(id),
    );
  }

  fqdn(): string {
    const v = this.store.read(['fqdn']);
    return typeof v === 'string' ? v : 'decant.example';
  }

  /** Chef::Resource and, when a library reopened it, the type's own class (`Chef::Resource::Template.include(H)`). */
  resourceModules(type: string): readonly ModuleDef[] {
    const camel = type.split('_').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
    const resource = moduleOf(this.chef.resourceDsl[0]!.constants.get(camel) ?? null);
    return resource ? [resource, ...this.chef.resourceDsl] : this.chef.resourceDsl;
  }

  unsetProperty(b: ResourceBuilder, c: Call): Found {
    return this.custom.unsetProperty(b, c);
  }

  declaresProperty(type: string, name: string): boolean | undefined {
    return this.custom.declaresProperty(type, name);
  }

  resourceClass(type: string): RubyValue | undefined {
    return this.custom.resourceClass(type);
  }

  setProperties(v: RubyValue): ReadonlyMap<string, RubyValue> | undefined {
    const b = behaviourOf(v);
    if (b instanceof ResourceView) return b.instance.properties;
    return b instanceof ResourceBuilder ? b.properties : undefined;
  }

  lookupIdentity(v: RubyValue): string | undefined {
    const b = behaviourOf(v);
    // `notifies :restart, new_resource` inside an action names the custom resource instance itself.
    if (b instanceof ResourceView) return b.instance.identity;
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
    // Chef loads libraries sorted by their whole path (cookbook_compiler.rb: `sort_by { |r| r[:path] }`), so
    // `libraries/app.rb` comes before `libraries/app/_utils.rb`, whose folder a directory walk lists first.
    const files = cookbook.files.libraries.filter((f) => f.endsWith('.rb')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const rel of files) this.loadLibrary(cookbook, rel);
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

  requireRelative(target: string, from: SourceLocation): RubyValue | undefined {
    if (target.startsWith('/')) return this.requireCached(target);
    const cookbook = from.cookbook ? this.ws.cookbooks.get(from.cookbook) : undefined;
    if (!cookbook) return false;
    const rel = path.posix.normalize(`${path.posix.dirname(from.file)}/${target.endsWith('.rb') ? target : `${target}.rb`}`);
    if (!cookbook.files.libraries.includes(rel)) return false;
    return this.loadLibrary(cookbook, rel);
  }

  /** A library named by its path in the cookbook cache (what `__FILE__` answers), `.rb` optional as `require` takes it. */
  private requireCached(target: string): RubyValue | undefined {
    const at = inCookbookCache(this.ws, target.endsWith('.rb') ? target : `${target}.rb`);
    if (!at || !at.cookbook.files.libraries.includes(at.rel)) return undefined;
    return this.loadLibrary(at.cookbook, at.rel);
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
    this.interp.runFile(file.ast, self, this.interp.newFrame(file.ref, this.interp.root, ctx.singleton, true));
  }

  /** Libraries and attributes of a cookbook, once; a cookbook reached only by include_recipe loads here. */
  loadCookbook(cookbook: Cookbook): void {
    if (this.loadedCookbooks.has(cookbook.name)) return;
    this.loadedCookbooks.add(cookbook.name);
    this.loadLibraries(cookbook);
    this.loadAttributes(cookbook);
    this.custom.loadCookbook(cookbook);
  }

  /** `fromCookbook` is the including recipe's cookbook: Chef reads `::name` (an empty cookbook part) as a recipe of it. */
  includeRecipe(spec: string, at?: SourceLocation, fromCookbook?: string): RubyValue {
    const [named, recipeName = 'default'] = spec.split('::') as [string, string?];
    const cbName = named === '' && fromCookbook !== undefined ? fromCookbook : named;
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
    this.interp.runFile(file.ast, ctx.value, this.interp.newFrame(file.ref, this.interp.root, ctx.singleton, true));
    return true;
  }

  // ---------------------------------------------------------------- resources

  definition(name: string): Definition | undefined {
    return this.custom.definition(name);
  }

  isCustomResourceType(name: string): boolean {
    return this.custom.has(name);
  }

  /** A known type, or one whose name carries the prefix of a cookbook the run has or depends on (missing-cookbook-type.ts). */
  isResourceType(name: string): boolean {
    return (
      isCoreResourceType(name) || this.custom.has(name) || name === 'resource' ||
      (/^[a-z]\w*_[a-z]\w*$/.test(name) && [...this.ws.cookbooks.keys()].some((cb) => name.startsWith(`${cb.replace(/-/g, '_')}_`))) ||
      missingCookbookOfType(name, (this.missingDependencies ??= missingDependencies(this.ws))) !== undefined
    );
  }

  /** Resources declared in the whole run, custom resources' inner ones included. */
  private declared = 0;
  /** False during the compile phase: a custom resource declared then has its actions run by convergeCustomResources. */
  private converging = false;
  private readonly pendingActions = new Map<ResourceBuilder, Call>();
  /** Dependencies of loaded cookbooks that the path lacks, worked out at the first unknown resource type. */
  private missingDependencies: string[] | undefined;
  /** While a root custom resource converges: where a declaration into the root collection goes. */
  private insertAt: number | undefined;

  declare(type: string, name: RubyValue, c: Call, recipeSelf: RubyValue, cookbook: string, recipe: string): RubyValue {
    if (++this.declared > MAX_RESOURCES) {
      throw new BudgetSignal('DEC0313', `more than ${MAX_RESOURCES} resources declared in this run (a resource inside an endless loop?): the rest of ${c.node.loc.file} is not evaluated`, c.node.loc);
    }
    const builder = new ResourceBuilder(type, normalizeName(name), c.node.loc, cookbook, recipe, recipeSelf, this, this.interp.unknownConditions, this.custom.defaultAction(type));
    if (this.via) builder.via = this.via;
    if (!isCoreResourceType(type) && !this.custom.has(type)) {
      const missing = missingCookbookOfType(type, (this.missingDependencies ??= missingDependencies(this.ws)));
      if (missing !== undefined) builder.missingCookbook = missing;
      const from = missing === undefined ? '' : `: cookbook ${JSON.stringify(missing)}, a dependency not on the cookbook path, likely defines it (add it with --cookbook-path)`;
      this.interp.report('DEC0308', 'info', `resource type '${type}' is not one decant knows; recorded as declared${from}`, c.node.loc);
    }
    if (this.collection === this.resources && this.insertAt !== undefined) this.resources.splice(this.insertAt++, 0, builder);
    else this.collection.push(builder);
    // A block parameter is the enclosing custom resource's new_resource (Chef 16+), else the resource itself.
    if (c.block) this.interp.callProc(c.block, [this.newResource ?? builder.value], c.node, builder.value);
    if (type === 'ohai') this.pendingOhai.push(builder);
    if (this.converging) this.reloadOhai();
    if (USER_TYPES.has(type)) this.accounts.declare(userNameOf(builder), builder.identity);
    // Chef runs a custom resource's actions when it converges, after the whole compile phase: an action that
    // looks up resources declared later in the recipes finds them (elasticsearch's find_es_resource), a
    // `run_action` after the block counts, and node attributes read in an action hold their final values.
    // What an action declares converges in place (unified mode), so declarations made while converging expand now.
    if (this.converging) {
      this.custom.afterDeclare(builder, c);
      this.convergedNow(builder);
    } else this.pendingActions.set(builder, c);
    this.notified.declared(builder, c);
    return builder.value;
  }

  /** A resource declared by a notified action: after the notifier while converging, else at the end of the run. */
  place(builder: ResourceBuilder): void {
    if (this.insertAt !== undefined) this.resources.splice(this.insertAt++, 0, builder);
    else this.resources.push(builder);
  }

  /** Compile phase over: run each root custom resource's actions in collection order, as Chef's converge does. */
  convergeCustomResources(): void {
    this.converging = true;
    this.reloadOhai();
    // Expansions insert their resources after the instance, so the walk meets them next; they were expanded inline.
    for (let i = 0; i < this.resources.length; i++) {
      const b = this.resources[i]!;
      const c = this.pendingActions.get(b);
      if (b.deleted) continue;
      if (!c) {
        this.insertAt = i + 1;
        try {
          this.notified.converged(b);
        } finally {
          this.insertAt = undefined;
        }
        continue;
      }
      this.pendingActions.delete(b);
      // What the instance's actions declare stands under the same unknown conditions as the instance.
      const conditions = this.interp.unknownConditions;
      const depth = conditions.length;
      conditions.push(...b.conditions);
      // Chef's ResourceList inserts what is declared into the root collection while converging right after the
      // resource converging now (with_run_context(:root) accumulators), not at the end of the run.
      this.insertAt = i + 1;
      try {
        this.custom.afterDeclare(b, c);
        this.notified.converged(b);
      } finally {
        conditions.length = depth;
        this.insertAt = undefined;
      }
      this.convergedNow(b);
    }
    this.notified.runDelayed();
  }

  /** `ohai` resources declared and not converged yet: a reload of the packages plugin refreshes node['packages'] when it converges. */
  private readonly pendingOhai: ResourceBuilder[] = [];

  /** Converges the pending `ohai` resources: what reloads the packages plugin rewrites node['packages'] (ohai-reload.ts). */
  private reloadOhai(): void {
    for (const ohai of this.pendingOhai.splice(0)) {
      if (ohai.deleted) continue;
      const inRoot = this.resources.indexOf(ohai);
      const before = inRoot >= 0 ? this.resources.slice(0, inRoot) : [...this.resources.slice(0, this.insertAt ?? this.resources.length), ...this.collection.slice(0, Math.max(0, this.collection.indexOf(ohai)))];
      const identityOf = (t: RubyValue) => describeTarget(t, this);
      if (!reloadsPackages(ohai, before, identityOf)) continue;
      this.store.write('automatic', ['packages'], reloadedPackages(ohai, before, (t) => this.custom.has(t), this.observations?.facts));
    }
  }

  /**
   * A resource converged at this point of the run: a user it creates exists for what runs after it. Also
   * `run_action` at compile time, which converges the resource there and then.
   */
  convergedNow(b: ResourceBuilder): void {
    if (b.detached) {
      this.interp.report('DEC0319', 'warning', detachedRunMessage(b), this.interp.lastNode?.loc ?? b.location);
      return;
    }
    if (USER_TYPES.has(b.type) && !b.deleted) this.accounts.converged(userConvergeOf(b));
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
}

function normalizeName(name: RubyValue): RubyValue {
  if (name instanceof RSymbol) return name.name;
  return name;
}
