/** Opening a module or class by its full name from TypeScript, the way `module A::B` does in Ruby. */
import { ModuleDef, moduleOf, type InterpreterApi } from './runtime.js';

/** The module `fullName` (`Chef::Mixin::ShellOut`), creating it and every module on the way that does not exist yet. */
export function defineModule(interp: InterpreterApi, fullName: string, isClass = false): ModuleDef {
  let container = interp.root;
  const parts = fullName.split('::');
  let mod: ModuleDef | undefined;
  parts.forEach((part, i) => {
    const existing = moduleOf(container.constants.get(part) ?? null);
    if (existing) mod = existing;
    else {
      mod = new ModuleDef(parts.slice(0, i + 1).join('::'), isClass || i < parts.length - 1 ? isClass : isClass, container);
      container.constants.set(part, mod.value);
    }
    container = mod;
  });
  return mod!;
}

/** The module or class a full name (`Foo::Bar::Error`) names, walking constants from the root; undefined if any part is missing. */
export function moduleByPath(interp: Pick<InterpreterApi, 'root'>, fullName: string): ModuleDef | undefined {
  let mod: ModuleDef | undefined = interp.root;
  for (const part of fullName.replace(/^::/, '').split('::')) {
    mod = moduleOf(mod?.constants.get(part) ?? null);
    if (!mod) return undefined;
  }
  return mod;
}
