import { RHash, RObject, sym } from '../values.js';
import { ModuleDef, type Behaviour, type Native } from '../interpreter/runtime.js';
import { str } from '../interpreter/builtins/helpers.js';
import type { Definition } from './chef-run-api.js';
import { ParamsCollector } from './definition-params.js';
import { RecipeContext } from './recipe-context.js';

/** `define :name, defaults do … end` in definitions/*.rb. */
export class DefinitionFileContext implements Behaviour {
  readonly kind = 'Chef::DSL::Definitions';
  readonly singleton = new ModuleDef('#<definitions>', true, undefined);
  constructor(
    /** Where `define` registers the definition (the run's custom resources). */
    private readonly define: (name: string, fn: Definition) => void,
    private readonly cookbook: string,
  ) {}
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(name: string): Native | undefined {
    if (name !== 'define') return undefined;
    return (c) => {
      const defName = str(c.args[0] ?? '');
      const defaults = c.args[1] instanceof RHash ? c.args[1] : new RHash();
      const body = c.block;
      if (!body) return null;
      this.define(defName, (call, ctx) => {
        const params = RHash.from(defaults.entries());
        params.set(sym('name'), call.args[0] ?? null);
        if (call.block) {
          const collector = new RObject('Chef::ResourceDefinition', new ParamsCollector(params, ctx.value));
          call.interp.callProc(call.block, [], call.node, collector);
        }
        const self = new RecipeContext(ctx.run, this.cookbook, ctx.recipe, undefined, []);
        self.singleton.methods.set('params', () => params);
        return call.interp.callProc(body, [], call.node, self.value);
      });
      return null;
    };
  }
}
