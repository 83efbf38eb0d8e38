/**
 * `ENV` as the target image has it. The base image's config sets variables
 * (PATH) every process in the image sees; those are facts of the target
 * platform, not of the host decant runs on, so `ENV["PATH"]` is answered from
 * the image and says so (DEC0317). Any other variable is the environment
 * chef-client was started with on the node, which stays unknown; a write
 * (`ENV["PATH"] = ...`) is seen by later reads, as in Ruby.
 */
import { defineModule } from '../interpreter/define-module.js';
import { inspect } from '../interpreter/ruby-text.js';
import type { InterpreterApi, Native } from '../interpreter/runtime.js';
import type { RubyValue } from '../values.js';

export function registerImageEnvironment(interp: InterpreterApi, image: string, environment: Readonly<Record<string, string>>): void {
  const env = defineModule(interp, 'ENV');
  const written = new Map<string, RubyValue>();
  const said = new Set<string>();
  const read = (key: RubyValue, c: Parameters<Native>[0]): RubyValue | undefined => {
    if (typeof key !== 'string') return undefined;
    const name = key;
    if (written.has(name)) return written.get(name)!;
    if (!Object.prototype.hasOwnProperty.call(environment, name)) return undefined;
    if (!said.has(name)) {
      said.add(name);
      c.interp.report('DEC0317', 'info', `ENV[${inspect(name)}] answered as ${image}'s image config sets it: a process in the image sees it`, c.node.loc);
    }
    return environment[name]!;
  };
  // As core-constants.ts's ENV: a variable the image does not set is the node's.
  const host: Native = (c) => c.interp.unknown(`ENV[${inspect(c.args[0] ?? null)}] is the host's environment`, c.node);
  env.singletonMethods.set('[]', (c) => read(c.args[0] ?? null, c) ?? host(c));
  env.singletonMethods.set('fetch', (c) => read(c.args[0] ?? null, c) ?? (c.args.length > 1 ? c.args[1]! : host(c)));
  const has: Native = (c) => (read(c.args[0] ?? null, c) !== undefined ? true : host(c));
  env.singletonMethods.set('key?', has);
  env.singletonMethods.set('include?', has);
  env.singletonMethods.set('[]=', (c) => {
    const [key, value] = c.args;
    if (typeof key === 'string') written.set(key, value ?? null);
    return value ?? null;
  });
}
