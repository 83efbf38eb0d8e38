/**
 * `run_context.resource_collection`: Chef's ResourceCollection over the root
 * collection. It is Enumerable (each, select, map… answer as on an Array of
 * the resources), and it has Chef's own lookups, which helpers use to find a
 * resource declared elsewhere in the run (`rc.find(:elasticsearch_user =>
 * 'elasticsearch')`, `rc.lookup('service[nginx]')`): one match is the
 * resource, several are an Array, none raises ResourceNotFound as Chef's
 * ResourceSet does (lib/chef/resource_collection/resource_set.rb).
 */
import { RArray, RHash, RObject, RSymbol, Unknown, type RubyValue } from '../values.js';
import { ModuleDef, type Behaviour, type Call, type Found, type Native } from '../interpreter/runtime.js';
import { RaiseSignal } from '../interpreter/signals.js';
import { identityName, type ResourceBuilder } from './resource-builder.js';

export class ResourceCollectionView implements Behaviour {
  readonly kind = 'Chef::ResourceCollection';
  readonly singleton = new ModuleDef('#<Chef::ResourceCollection>', true, undefined);
  readonly value: RObject;
  readonly displayName = '#<Chef::ResourceCollection>';
  constructor(private readonly resources: () => readonly ResourceBuilder[]) {
    this.value = new RObject('Chef::ResourceCollection', this);
  }
  modules(): readonly ModuleDef[] {
    return [];
  }
  private live(): ResourceBuilder[] {
    return this.resources().filter((r) => !r.deleted);
  }
  private array(): RArray {
    return new RArray(this.live().map((r) => r.value));
  }
  native(name: string): Native | undefined {
    switch (name) {
      case 'all_resources': case 'to_a': return () => this.array();
      // With a block, find is Enumerable#find; with arguments it is Chef's lookup.
      case 'find': case 'resources': return (c) => (c.args.length === 0 ? this.enumerable(c) : this.lookupAll(c));
      case 'lookup': return (c) => this.lookupAll(c);
      default: return undefined;
    }
  }
  missing(c: Call): Found {
    return this.enumerable(c);
  }
  private enumerable(c: Call): RubyValue {
    return c.interp.send(this.array(), c.name, c.args, c.block, c.node);
  }
  private lookupAll(c: Call): RubyValue {
    const found: RubyValue[] = [];
    for (const spec of c.args.flatMap(queries)) {
      if (spec instanceof Unknown) return spec;
      const id = `${spec.type}[${spec.name}]`;
      const r = this.live().find((x) => x.identity === id);
      if (!r) throw new RaiseSignal('Chef::Exceptions::ResourceNotFound', `Cannot find a resource matching ${id} (did you define it first?)`, c.node.loc);
      found.push(r.value);
    }
    return found.length === 1 ? found[0]! : new RArray(found);
  }
}

type Query = { type: string; name: string } | Unknown;

/** `{type => name}`, `{type => [a, b]}`, `'type[name]'` or `'type[a, b]'`, as ResourceSet#find reads them. */
function queries(arg: RubyValue): Query[] {
  if (arg instanceof Unknown) return [arg];
  if (arg instanceof RHash) {
    return arg.entries().flatMap(([k, v]): Query[] => {
      if (k instanceof Unknown) return [k];
      const type = k instanceof RSymbol ? k.name : String(k);
      const names = v instanceof RArray ? v.items : [v];
      return names.map((n) => (n instanceof Unknown ? n : { type, name: identityName(n instanceof RSymbol ? n.name : n) }));
    });
  }
  const text = typeof arg === 'string' ? arg : arg instanceof RSymbol ? arg.name : '';
  const m = /^([\w:]+)\[(.*)\]$/s.exec(text);
  if (!m) return [{ type: text, name: '' }];
  return m[2]!.split(/\s*,\s*/).map((n) => ({ type: m[1]!, name: n }));
}
