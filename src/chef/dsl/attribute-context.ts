/** `self` in an attribute file: the node, plus include_attribute. */
import { lazyAttribute } from './lazy-attribute.js';
import type { Cookbook } from '../../model/workspace.js';
import { error } from '../../diagnostics/create.js';
import type { RubyValue } from '../values.js';
import { ModuleDef, type Behaviour, type Native } from '../interpreter/runtime.js';
import { str } from '../interpreter/builtins/helpers.js';
import type { ChefRunApi } from './chef-run-api.js';

export class AttributeContext implements Behaviour {
  readonly kind = 'Chef::Node::Attribute';
  readonly singleton = new ModuleDef('#<attribute file>', true, undefined);
  readonly fallback: RubyValue;
  constructor(
    readonly run: ChefRunApi,
    readonly cookbook: Cookbook,
  ) {
    this.fallback = run.node.value;
  }
  native(name: string): Native | undefined {
    switch (name) {
      case 'node': return () => this.run.node.value;
      case 'lazy': return (c) => (c.block ? lazyAttribute(c.interp, c.block, c.node, c.self) : null);
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
