/** `new_resource` in a custom resource's actions: the instance's properties with their declared defaults. */
import { RArray, RHash, RObject, RProc, sym, Unknown, type RubyValue } from '../values.js';
import { ModuleDef, NOT_FOUND, type Behaviour, type Call, type Found, type Native } from '../interpreter/runtime.js';
import { str } from '../interpreter/builtins/helpers.js';
import type { ChefRunApi } from './chef-run-api.js';
import type { CustomResourceDef } from './custom-resource-definition.js';
import { RecipeContext } from './recipe-context.js';
import { DelayedValue, type ResourceBuilder } from './resource-builder.js';

/** Properties every Chef resource has, with their defaults. */
const COMMON_PROPERTIES: Record<string, RubyValue> = {
  retries: 0, retry_delay: 2, ignore_failure: false, sensitive: false, compile_time: false, guard_interpreter: sym('default'),
};

export class ResourceView implements Behaviour {
  readonly kind = 'Chef::Resource';
  readonly singleton: ModuleDef;
  readonly value: RObject;
  readonly displayName: string;
  /** A resource's own code (lazy defaults, its methods) still reaches `node` and the platform helpers. */
  readonly fallback: RubyValue;
  constructor(
    readonly instance: ResourceBuilder,
    readonly def: CustomResourceDef,
    private readonly run: ChefRunApi,
  ) {
    this.fallback = new RecipeContext(run, def.cookbook, instance.recipe).value;
    this.singleton = new ModuleDef('#<new_resource>', true, undefined);
    this.value = new RObject(`Chef::Resource::${def.type}`, this);
    this.displayName = instance.identity;
  }
  modules(): readonly ModuleDef[] {
    return [this.def.resourceClass];
  }
  native(name: string): Native | undefined {
    const inst = this.instance;
    switch (name) {
      case 'name': return () => inst.name;
      case 'resource_name': case 'declared_type': return () => sym(this.def.type);
      case 'run_context': return () => this.run.runContext;
      case 'to_s': return () => inst.identity;
      case 'class': return () => this.def.resourceClass.value;
      case 'action': return () => new RArray(inst.actions ?? [sym(this.def.firstAction() ?? 'nothing')]);
      case 'sensitive': return () => inst.sensitive;
      case 'property_is_set?': return (c) => inst.properties.has(str(c.args[0] ?? ''));
      case 'updated_by_last_action': return () => null;
      case 'notifies': case 'subscribes': return (c) => c.interp.send(inst.value, name, c.args, c.block, c.node);
      case 'to_hash': return (c) => this.toHash(c);
      default:
        // A declared property is an accessor on the resource class itself, so it wins over a
        // same-named helper the class includes (memcached's Helpers#binary_path reads new_resource.binary_path).
        if (this.def.properties.has(name)) return (c) => this.propertyAccess(c);
        return undefined;
    }
  }
  private propertyAccess(c: Call): RubyValue {
    if (c.args.length === 0 && !c.block) {
      const v = readProperty(this.run, this.instance, this.def, c.name, c);
      return v === NOT_FOUND ? null : (v as RubyValue);
    }
    const v = c.args.length === 1 ? c.args[0]! : new RArray(c.args);
    this.instance.properties.set(c.name, v);
    return v;
  }
  /** Chef's Resource#to_hash: every property's value (as set, else its default), keyed by symbol, name first. */
  private toHash(c: Call): RHash {
    const out = new RHash();
    for (const name of ['name', ...this.def.properties.keys()]) {
      const v = readProperty(this.run, this.instance, this.def, name, { ...c, name, args: [] });
      out.set(sym(name), v === NOT_FOUND ? null : v);
    }
    return out;
  }
  propertyValue(c: Call): Found {
    return readProperty(this.run, this.instance, this.def, c.name, c);
  }
  missing(c: Call): Found {
    if (c.args.length === 0 && !c.block) return readProperty(this.run, this.instance, this.def, c.name, c);
    if (c.name.endsWith('=') && c.args.length === 1) {
      this.instance.properties.set(c.name.slice(0, -1), c.args[0]!);
      return c.args[0]!;
    }
    return NOT_FOUND;
  }
}

/** A property of the instance: as set, else its declared default (a lazy one is run, a mutable one copied). */
function readProperty(run: ChefRunApi, instance: ResourceBuilder, def: CustomResourceDef, name: string, c: Call): RubyValue | typeof NOT_FOUND {
  // Chef 13+: `prop nil` on a property that does not accept nil resets it to its default.
  if (instance.properties.has(name) && instance.properties.get(name) !== null) {
    const set = instance.properties.get(name)!;
    // A value set with `lazy { }` is run when read (Chef's Property#get), against the resource, then coerced.
    if (set instanceof RObject && set.internal instanceof DelayedValue) {
      const o = def.properties.get(name)?.options;
      const v = defaultValue(run, instance, def, set, c);
      return o ? coerced(run, instance, def, o, v, c) : v;
    }
    return set;
  }
  if (name === 'name') return instance.name;
  const p = def.properties.get(name);
  if (!p) return name in COMMON_PROPERTIES ? COMMON_PROPERTIES[name]! : NOT_FOUND;
  const o = p.options;
  // Chef's name property defaults to `name` when read, so `name 'x'` in the block renames it too
  // (the cron cookbook's test renames a cron_d that way and expects the other file's name).
  if (o && (o.get(sym('name_property')) === true || o.get(sym('name_attribute')) === true)) return readProperty(run, instance, def, 'name', c);
  const d = o?.get(sym('default'));
  if (d === undefined) return null;
  return coerced(run, instance, def, o!, defaultValue(run, instance, def, d, c), c);
}

function defaultValue(run: ChefRunApi, instance: ResourceBuilder, def: CustomResourceDef, d: RubyValue, c: Call): RubyValue {
  if (d instanceof RObject && d.internal instanceof DelayedValue) {
    // Chef runs the block against the resource and passes it as the block's argument (`lazy { |r| r.instance_name }`):
    // both must answer the declared properties, so both are the view, not the bare builder.
    const view = new ResourceView(instance, def, run).value;
    return c.interp.callProc(d.internal.proc, [view], c.node, view);
  }
  // A mutable default is copied per instance, as Chef does.
  if (d instanceof RArray) return new RArray([...d.items]);
  if (d instanceof RHash) return RHash.from(d.entries());
  return d;
}

/**
 * Chef's Property#get passes a default through the property's `coerce` too (a set value was coerced when
 * the block ended): the dhcp cookbook's `service_name` coerces its lazy default to `isc-dhcp-server.service`,
 * which names the systemd_unit it writes.
 */
function coerced(run: ChefRunApi, instance: ResourceBuilder, def: CustomResourceDef, o: RHash, v: RubyValue, c: Call): RubyValue {
  const coerce = o.get(sym('coerce'));
  if (!(coerce instanceof RProc) || v instanceof Unknown || v === null) return v;
  const view = new ResourceView(instance, def, run).value;
  return c.interp.callProc(coerce, [v], c.node, view);
}
