/**
 * `Set` (set.rb): cookbooks collect unique names with it (`seen = Set.new;
 * seen << name`). Members are kept in insertion order and compared as Ruby's
 * `eql?` does for the plain values recipes put there; what Set does not
 * answer itself goes to its members as an Array (map, sort, each, join).
 */
import { RArray, RObject, Unknown, type RubyValue } from '../values.js';
import { ModuleDef, type Behaviour, type Call, type Found, type Native, type InterpreterApi } from './runtime.js';
import { defineModule } from './define-module.js';
import { inspect } from './ruby-text.js';
import { rEquals } from './value-ops.js';
import { arrayOf } from './builtins/helpers.js';

class SetValue implements Behaviour {
  readonly kind = 'Set';
  readonly singleton = new ModuleDef('#<Set>', true, undefined);
  readonly members: RubyValue[] = [];
  readonly value = new RObject('Set', this);
  constructor(items: readonly RubyValue[]) {
    for (const x of items) this.add(x);
  }
  get displayName(): string {
    return `#<Set: {${this.members.map((x) => inspect(x)).join(', ')}}>`;
  }
  has(x: RubyValue): boolean {
    return this.members.some((m) => rEquals(m, x));
  }
  add(x: RubyValue): boolean {
    if (this.has(x)) return false;
    this.members.push(x);
    return true;
  }
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(name: string): Native | undefined {
    const other = (c: Call): RubyValue[] => { const o = c.args[0] ?? null; return o instanceof RObject && o.internal instanceof SetValue ? o.internal.members : arrayOf(o); };
    switch (name) {
      case '<<': case 'add': return (c) => { this.add(c.args[0] ?? null); return this.value; };
      case 'add?': return (c) => (this.add(c.args[0] ?? null) ? this.value : null);
      case 'include?': case 'member?': case '===': case 'contain?': return (c) => { const x = c.args[0] ?? null; return x instanceof Unknown ? x : this.has(x); };
      case 'size': case 'length': return () => this.members.length;
      case 'empty?': return () => this.members.length === 0;
      case 'delete': return (c) => { const i = this.members.findIndex((m) => rEquals(m, c.args[0] ?? null)); if (i >= 0) this.members.splice(i, 1); return this.value; };
      case 'merge': return (c) => { for (const x of other(c)) this.add(x); return this.value; };
      case 'to_a': return () => new RArray([...this.members]);
      case 'to_set': case 'dup': return () => (name === 'dup' ? new SetValue(this.members).value : this.value);
      case '|': case 'union': case '+': return (c) => new SetValue([...this.members, ...other(c)]).value;
      case '&': case 'intersection': return (c) => { const o = new SetValue(other(c)); return new SetValue(this.members.filter((m) => o.has(m))).value; };
      case '-': case 'difference': return (c) => { const o = new SetValue(other(c)); return new SetValue(this.members.filter((m) => !o.has(m))).value; };
      case '==': return (c) => { const o = new SetValue(other(c)); return o.members.length === this.members.length && this.members.every((m) => o.has(m)); };
      case 'subset?': case '<=': return (c) => { const o = new SetValue(other(c)); return this.members.every((m) => o.has(m)); };
      case 'superset?': case '>=': return (c) => other(c).every((m) => this.has(m));
      case 'inspect': case 'to_s': return () => this.displayName;
      default: return undefined;
    }
  }
  missing(c: Call): Found {
    return c.interp.send(new RArray([...this.members]), c.name, c.args, c.block, c.node);
  }
}

export function registerSet(interp: InterpreterApi): void {
  const cls = defineModule(interp, 'Set', true);
  cls.singletonMethods.set('new', (c) => {
    const init = c.args[0] ?? null;
    if (init instanceof Unknown) return init;
    const items = init === null ? [] : arrayOf(init instanceof RObject && init.internal instanceof SetValue ? new RArray(init.internal.members) : init);
    return new SetValue(c.block ? items.map((x) => c.interp.callProc(c.block!, [x], c.node)) : items).value;
  });
  cls.singletonMethods.set('[]', (c) => new SetValue(c.args).value);
}
