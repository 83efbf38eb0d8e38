/**
 * A row of `search(:node, …)`: Chef returns Chef::Node objects, not Hashes. Cookbooks dispatch on that
 * (`case obj when Chef::Node`, `is_a?(Chef::Node)`) and call the node's own methods (`name`, `chef_environment`,
 * `run_list`, `tags`, `role?`); attribute reads (`n['ipaddress']`, `n.fetch`, `n.dig`, method-style `n.fqdn`) go
 * to its merged attributes, as Chef::Node forwards them. As a value (a template variable, a property) it is its
 * merged attributes, which is what the earlier Mash rows were.
 */
import { RArray, RHash, RObject, type RubyValue } from '../values.js';
import { ModuleDef, NOT_FOUND, type Behaviour, type Call, type Found, type Native } from '../interpreter/runtime.js';
import { str } from '../interpreter/builtins/helpers.js';

export interface SearchedNodeFacts {
  readonly name: string;
  readonly environment: string;
  readonly runList: readonly string[];
}

const listItems = (runList: readonly string[], kind: 'recipe' | 'role'): string[] =>
  runList.flatMap((x) => {
    const m = /^(recipe|role)\[(.+)\]$/.exec(x);
    return m ? (m[1] === kind ? [m[2]!] : []) : kind === 'recipe' ? [x] : [];
  });

/** What the node answers as an object, not through its attributes: a Chef::Node is no Hash. */
const OWN = new Set(['respond_to?', 'is_a?', 'kind_of?', 'instance_of?', 'class', 'nil?', 'frozen?', 'freeze', 'dup', 'tap', 'then', '==', '!=', 'equal?', 'hash', 'object_id', 'method', 'send', 'public_send', '__send__', 'instance_variable_get', 'instance_variable_set']);

export class SearchedNode implements Behaviour {
  readonly kind = 'Chef::Node';
  readonly singleton = new ModuleDef('#<Chef::Node>', true, undefined);
  readonly value: RObject;
  readonly displayName: string;
  constructor(
    /** The merged attributes, an immutable Mash. */
    readonly attributes: RHash,
    readonly facts: SearchedNodeFacts,
  ) {
    this.displayName = `node[${facts.name}]`;
    this.value = new RObject('Chef::Node', this);
  }
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(name: string): Native | undefined {
    const f = this.facts;
    switch (name) {
      case 'name': case 'node_name': return () => f.name;
      case 'chef_environment': return () => f.environment;
      case 'run_list': return () => new RArray(f.runList.map((x) => (x.includes('[') ? x : `recipe[${x}]`)));
      // Chef::Node#tags is Array(normal['tags']): a lone tag written as a String is a list of one, none is [].
      case 'tags': return () => {
        const t = this.attributes.get('tags');
        return t instanceof RArray ? t : new RArray(t === undefined || t === null ? [] : [t]);
      };
      case 'role?': return (c) => listItems(f.runList, 'role').includes(str(c.args[0] ?? ''));
      case 'recipe?': return (c) => listItems(f.runList, 'recipe').includes(str(c.args[0] ?? ''));
      case 'attributes': case 'merged_attributes': return () => this.attributes;
      case 'to_s': case 'inspect': return () => this.displayName;
      default: return undefined;
    }
  }
  /** Everything else is an attribute read, as Chef::Node forwards `[]`, `fetch`, `key?`, `each` and `node.attr`. */
  missing(c: Call): Found {
    if (OWN.has(c.name)) return NOT_FOUND;
    return c.interp.send(this.attributes, c.name, c.args, c.block, c.node);
  }
  /** As data (a template variable, a property value): its merged attributes. */
  resolve(): RubyValue {
    return this.attributes;
  }
}
