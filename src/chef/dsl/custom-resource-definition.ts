/**
 * What a custom resource type declares: its properties, its actions and their
 * order, its default action, and the classes its own methods and its
 * action_class helpers live in.
 */
import { RHash, RObject, sym, type RProc } from '../values.js';
import { ModuleDef } from '../interpreter/runtime.js';

export interface PropertyDef {
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
    // `self.class.properties(false).keys` (resource) and `new_resource.class.properties` (action class):
    // the declared properties by name, as Chef's class method returns them.
    this.resourceClass.singletonMethods.set('properties', () => this.propertyTable());
    this.actionClass.singletonMethods.set('properties', () => this.propertyTable());
  }
  private propertyTable(): RHash {
    return RHash.from([...this.properties.keys()].map((name) => [sym(name), new RObject('Chef::Property', { displayName: `#<Chef::Property ${name}>` })]));
  }
  firstAction(): string | undefined {
    return this.defaultAction ?? this.actionOrder.find((a) => a !== 'nothing') ?? this.actionOrder[0];
  }
}
