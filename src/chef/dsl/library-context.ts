/** Top-level self of a library file (`main`): its defs land on Object. */
import type { Behaviour, ModuleDef, Native } from '../interpreter/runtime.js';

export class LibraryContext implements Behaviour {
  readonly kind = 'main';
  constructor(readonly singleton: ModuleDef) {}
  native(name: string): Native | undefined {
    if (name === 'include') return (c) => c.interp.send(c.interp.root.value, 'include', c.args, null, c.node);
    return undefined;
  }
  modules(): readonly ModuleDef[] {
    return [];
  }
}
