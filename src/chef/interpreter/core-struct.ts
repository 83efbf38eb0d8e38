/**
 * `Struct.new(:name, :entries)`: custom resources build small value objects
 * with it (`ACL.new(new_resource.name, new_resource.entries)`) and hand them
 * to templates. The class it returns has a reader and writer per member,
 * positional or `keyword_init:` construction, and Struct's `to_h`,
 * `members`, `[]`, `to_a` and `==`; a block given to Struct.new defines more
 * methods on it.
 */
import { RArray, RHash, RObject, RSymbol, sym, type RubyValue } from '../values.js';
import { Instance, ModuleDef, type InterpreterApi, type Native } from './runtime.js';
import { defineModule } from './define-module.js';
import { str } from './builtins/helpers.js';
import { rEquals } from './value-ops.js';

function memberNames(args: readonly RubyValue[]): { members: string[]; keywordInit: boolean } {
  const last = args[args.length - 1];
  const keywordInit = last instanceof RHash && last.get(sym('keyword_init')) === true;
  // A leading String names the class under Struct (`Struct.new('Point', :x)`); members are the symbols.
  const members = args.filter((a): a is RSymbol => a instanceof RSymbol).map((a) => a.name);
  return { members, keywordInit };
}

function valuesOf(self: RubyValue, members: readonly string[]): RubyValue[] {
  return self instanceof RObject ? members.map((m) => self.ivars.get(`@${m}`) ?? null) : [];
}

function structClass(members: readonly string[], keywordInit: boolean): ModuleDef {
  // Not a subclass of Struct here: the class's own `new` must be the ordinary one, not Struct.new again.
  const cls = new ModuleDef('#<Class:Struct>', true, undefined);
  const initialize: Native = (c) => {
    if (!(c.self instanceof RObject)) return null;
    const self = c.self;
    const kw = c.args[0];
    if (keywordInit && kw instanceof RHash) {
      for (const m of members) self.ivars.set(`@${m}`, kw.get(sym(m)) ?? kw.get(m) ?? null);
    } else {
      members.forEach((m, i) => self.ivars.set(`@${m}`, c.args[i] ?? null));
    }
    return null;
  };
  cls.methods.set('initialize', initialize);
  for (const m of members) {
    cls.methods.set(m, (c) => (c.self instanceof RObject ? c.self.ivars.get(`@${m}`) ?? null : null));
    cls.methods.set(`${m}=`, (c) => { if (c.self instanceof RObject) c.self.ivars.set(`@${m}`, c.args[0] ?? null); return c.args[0] ?? null; });
  }
  cls.methods.set('members', () => new RArray(members.map((m) => sym(m))));
  cls.methods.set('to_a', (c) => new RArray(valuesOf(c.self, members)));
  cls.methods.set('values', (c) => new RArray(valuesOf(c.self, members)));
  cls.methods.set('to_h', (c) => RHash.from(members.map((m, i) => [sym(m), valuesOf(c.self, members)[i]!] as [RubyValue, RubyValue])));
  cls.methods.set('[]', (c) => {
    const k = c.args[0] ?? null;
    const name = typeof k === 'number' ? members[k] : str(k);
    return name !== undefined && c.self instanceof RObject ? c.self.ivars.get(`@${name}`) ?? null : null;
  });
  cls.methods.set('==', (c) => {
    const o = c.args[0] ?? null;
    return o instanceof RObject && o.internal instanceof Instance && c.self instanceof RObject && o.internal.cls === (c.self.internal as Instance).cls
      && valuesOf(o, members).every((v, i) => rEquals(v, valuesOf(c.self, members)[i]!));
  });
  return cls;
}

export function registerStruct(interp: InterpreterApi): void {
  const struct = defineModule(interp, 'Struct', true);
  struct.singletonMethods.set('new', (c) => {
    const { members, keywordInit } = memberNames(c.args);
    const cls = structClass(members, keywordInit);
    // The block is the class's body, as class_eval runs it: its `def`s are the struct's methods.
    if (c.block) c.interp.send(cls.value, 'class_eval', [], c.block, c.node);
    return cls.value;
  });
}
