/**
 * A core resource built as a value: `Chef::Resource::File.new(path, run_context)` in a library or recipe (a
 * helper that writes a file, a key, a downloaded JSON). Chef makes the object without adding it to the resource
 * collection, so it is not declared; its property setters and getters work as in a resource block
 * (`f.content(text)`, `f.mode('0600')`, `f.source`). `run_action` on it converges it there and then, outside the
 * collection: decant does not carry that into the image and says so where it happens (DEC0319).
 */
import type { RubyValue } from '../values.js';
import type { Call, ModuleDef } from '../interpreter/runtime.js';
import { isCoreResourceType } from './default-actions.js';
import { ResourceBuilder, identityName, type ResourceHost } from './resource-builder.js';

/** The core resource type a class under Chef::Resource names (`RemoteFile` → remote_file), if it is one Chef ships. */
export function coreTypeOfResourceClass(mod: ModuleDef): string | undefined {
  const m = /^Chef::Resource::([A-Z]\w*)$/.exec(mod.name);
  if (!m) return undefined;
  // A library class of that name with its own constructor is the library's, not the built-in.
  if (mod.findMethod('initialize')) return undefined;
  const type = m[1]!.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return isCoreResourceType(type) ? type : undefined;
}

/** `Chef::Resource::X.new(name, …)`: the resource object, outside the collection. */
export function newDetachedResource(type: string, c: Call, host: ResourceHost): RubyValue {
  const name = c.args[0] ?? null;
  const b = new ResourceBuilder(type, name, c.node.loc, c.node.loc.cookbook ?? '', '', null, host, c.interp.unknownConditions);
  b.detached = true;
  return b.value;
}

/** What a detached resource run with `run_action` did, for the diagnostic where it ran. */
export function detachedRunMessage(b: ResourceBuilder): string {
  return `${b.type}[${identityName(b.name)}] built with Chef::Resource.new and run with run_action converges outside the resource collection: decant does not carry it into the image (declare the resource in a recipe to have it converted)`;
}
