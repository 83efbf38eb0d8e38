/**
 * `run_context` as recipes and custom resources reach it: the root resource
 * collection (complete by converge time, when actions run), the node, and
 * itself as the root context. Accumulator patterns read it to gather every
 * resource of their type into one config (`new_resource.run_context
 * .resource_collection.select { |r| r.resource_name == :rsync_serve }`).
 * Anything else of Chef's RunContext is an Unknown naming the call.
 */
import { RObject, type RubyValue } from '../values.js';
import { ModuleDef, type Behaviour, type Call, type Found, type Native } from '../interpreter/runtime.js';
import type { ResourceBuilder } from './resource-builder.js';
import { ResourceCollectionView } from './resource-collection-view.js';
import { CookbookCollectionView, type CookbookSummary } from './cookbook-collection-view.js';

export interface RunContextSource {
  /** The root resource collection, in declaration order. */
  readonly resources: readonly ResourceBuilder[];
  readonly nodeValue: () => RubyValue;
  /** The cookbooks of the run, for `cookbook_collection`. */
  readonly cookbooks: () => ReadonlyMap<string, CookbookSummary>;
}

export class RunContextView implements Behaviour {
  readonly kind = 'Chef::RunContext';
  readonly singleton = new ModuleDef('#<Chef::RunContext>', true, undefined);
  readonly value: RObject;
  readonly displayName = '#<Chef::RunContext>';
  private readonly collection: RObject;
  private readonly cookbooks: RObject;
  constructor(private readonly source: RunContextSource) {
    this.value = new RObject('Chef::RunContext', this);
    this.collection = new ResourceCollectionView(() => source.resources).value;
    this.cookbooks = new CookbookCollectionView(source.cookbooks).value;
  }
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(name: string): Native | undefined {
    switch (name) {
      case 'resource_collection':
        return () => this.collection;
      case 'cookbook_collection':
        return () => this.cookbooks;
      case 'root_run_context':
        return () => this.value;
      case 'parent_run_context':
        return () => null;
      case 'node':
        return () => this.source.nodeValue();
      default:
        return undefined;
    }
  }
  /** The rest of Chef's RunContext (events, …): an Unknown naming what was asked. */
  missing(c: Call): Found {
    return c.interp.unknown(`run_context.${c.name} is not modelled`, c.node, 'DEC0302');
  }
}
