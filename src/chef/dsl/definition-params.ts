import { RArray, type RHash, type RubyValue, sym } from '../values.js';
import { ModuleDef, NOT_FOUND, type Behaviour, type Call, type Found, type Native } from '../interpreter/runtime.js';

/** The block of a definition call: `key value` lines set params. */
export class ParamsCollector implements Behaviour {
  readonly kind = 'Chef::ResourceDefinition';
  readonly singleton = new ModuleDef('#<params>', true, undefined);
  constructor(
    private readonly params: RHash,
    readonly fallback: RubyValue,
  ) {}
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(): Native | undefined {
    return undefined;
  }
  missing(c: Call): Found {
    if (c.args.length === 0 && !c.block) return NOT_FOUND;
    if (c.interp.respondTo(this.fallback, c.name)) return NOT_FOUND;
    this.params.set(sym(c.name), c.args.length === 1 ? c.args[0]! : c.block ?? new RArray(c.args));
    return null;
  }
}
