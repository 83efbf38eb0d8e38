/**
 * `self` while a resources/*.rb or providers/*.rb file loads, and the
 * class-level DSL (`property`, `action`, `provides`…) of library classes
 * that subclass Chef::Resource or Chef::Provider.
 */
import path from 'node:path';
import type { Cookbook } from '../../model/workspace.js';
import { RArray, RHash, RObject, sym } from '../values.js';
import { ModuleDef, type Behaviour, type Call, type Native } from '../interpreter/runtime.js';
import { str } from '../interpreter/builtins/helpers.js';
import { aliasMethod, moduleMethod } from '../interpreter/builtins/module-methods.js';
import { includeModules } from '../interpreter/mixin-hooks.js';
import { Scope } from '../interpreter/runtime.js';
import type { Ast } from '../interpreter/ast.js';
import type { ChefRunApi } from './chef-run-api.js';
import type { CustomResourceDef } from './custom-resource-definition.js';
import { DelayedValue } from './resource-builder.js';
import { providesMatch } from './provides-filter.js';

/** The custom resource types of the run, as a resource file renames or aliases its own. */
export interface ResourceTypeRegistry {
  /** `provides :name`: the type is also declared as `name`. */
  alias(def: CustomResourceDef, name: string): void;
  /** Whether the type comes from a library class (its `provides` renames it). */
  isClassDef(def: CustomResourceDef): boolean;
  /** Whether a type of this name is registered. */
  has(type: string): boolean;
  /** A provides matching the target at this specificity takes the name unless a more specific one holds it. */
  claim(name: string, specificity: number): boolean;
}

export class ResourceFileContext implements Behaviour {
  readonly kind = 'Chef::Resource';
  readonly singleton: ModuleDef;
  readonly classSide: ModuleDef;
  readonly value: RObject;
  constructor(
    private readonly types: ResourceTypeRegistry,
    private readonly run: ChefRunApi,
    private readonly def: CustomResourceDef,
    private readonly cookbook: Cookbook | undefined,
  ) {
    this.singleton = def.resourceClass;
    this.classSide = def.resourceClass;
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
      // The file is class_eval'd into the resource class, so Module's attr_* define its instance methods (LWRPs' attr_reader).
      case 'attr_reader': case 'attr_accessor': case 'attr_writer': return (c) => {
        moduleMethod(c.interp, def.resourceClass, name, c.args, c.block, c.node, undefined);
        return null;
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
        if (name === 'provides' && !this.providesHere(n, c)) return null;
        // A library class's own snake name (`class Resource::CredsStore` providing :creds_store) is registered here too.
        if (n && (n !== def.type || !this.types.has(n))) this.types.alias(def, n);
        if (n && (name === 'resource_name' || this.types.isClassDef(def))) def.type = n;
        return null;
      };
      // declare_action_class is the method action_class calls (Chef::Resource.declare_action_class): Chef 12.5-era files call it directly.
      case 'action_class': case 'declare_action_class': case 'class_eval_actions': return (c) => {
        // Without a block it is the class itself (`action_class.class_eval do include Helpers end`).
        if (!c.block) return def.actionClass.value;
        const closure = c.block.scope as Scope;
        // A block keeps its cref: constants assigned here belong to the file's class, where the actions read them.
        const scope = new Scope(closure, def.actionClass.value, { ...closure.frame, defTarget: def.actionClass });
        return c.block.body ? c.interp.eval(c.block.body as Ast, scope) : null;
      };
      case 'use': return (c) => {
        const partial = str(c.args[0] ?? '');
        const dir = path.posix.dirname(def.file);
        const rel = path.posix.normalize(`${dir}/${path.posix.dirname(partial)}/_${path.posix.basename(partial).replace(/^_/, '')}.rb`);
        const file = this.cookbook ? this.run.load(this.cookbook, rel, c.node.loc) : undefined;
        if (file) c.interp.runFile(file.ast, this.value, c.interp.newFrame(file.ref, def.resourceClass, def.resourceClass));
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
      // `alias_method :max_retries, :retries`: the resource class answers the new name as the old.
      case 'alias_method': return (c) => {
        const [to, from] = [c.args[0], c.args[1]];
        if (to !== undefined && from !== undefined) aliasMethod(def.resourceClass, str(to), str(from));
        return to ?? null;
      };
      // The module's methods serve the resource and its actions; its `included` hook gets the resource class
      // (`base.extend(ClassMethods)`, `base.send(:property, …)`), which answers the same class-level DSL as this file.
      case 'include': return (c) => {
        includeModules(c.interp, [def.resourceClass, def.actionClass], c.args, def.resourceClass.value, 'included', c.node);
        return null;
      };
      // Class-level code (a property default computed when the file loads, `def self.x` helpers) reads the node
      // being converged: resource files load after every cookbook's attributes, so it holds their values, as
      // Chef.node and Chef.run_context do at that point of a real run.
      case 'node': return () => this.run.node.value;
      case 'run_context': return () => this.run.runContext;
      case 'lazy': return (c) => (c.block ? new RObject('Chef::DelayedEvaluator', new DelayedValue(c.block)) : null);
      default: return undefined;
    }
  }

  /** Whether `provides :n, filters` gives this class the name on the target (provides-filter.ts). */
  private providesHere(n: string, c: Call): boolean {
    const match = providesMatch(c.args[1], this.run.facts, c.block !== null);
    if (!match.matches) return false;
    if (match.note) c.interp.report('DEC0301', 'info', `provides :${n} on ${this.run.facts.id}: ${match.note}`, c.node.loc);
    return this.types.claim(n, match.specificity);
  }
}
