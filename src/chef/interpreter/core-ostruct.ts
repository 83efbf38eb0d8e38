/**
 * `OpenStruct` (ostruct.rb): definitions and libraries use it as a bag of
 * named values (`r = OpenStruct.new; r.dbpath = params[:dbpath]`). A field
 * never set reads nil, as Ruby's does.
 */
import { RHash, RObject, RSymbol, sym, type RubyValue } from '../values.js';
import { ModuleDef, NOT_FOUND, type Behaviour, type Call, type Found, type Native, type InterpreterApi } from './runtime.js';
import { defineModule } from './define-module.js';
import { toS } from './ruby-text.js';

const fieldName = (k: RubyValue): string => (k instanceof RSymbol ? k.name : toS(k));

class OpenStructValue implements Behaviour {
  readonly kind = 'OpenStruct';
  readonly singleton = new ModuleDef('#<OpenStruct>', true, undefined);
  readonly fields = new Map<string, RubyValue>();
  readonly value = new RObject('OpenStruct', this);
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(name: string): Native | undefined {
    switch (name) {
      case '[]': return (c) => this.fields.get(fieldName(c.args[0] ?? null)) ?? null;
      case '[]=': return (c) => { const v = c.args[1] ?? null; this.fields.set(fieldName(c.args[0] ?? null), v); return v; };
      case 'to_h': return () => RHash.from([...this.fields].map(([k, v]) => [sym(k), v] as [RubyValue, RubyValue]));
      case 'respond_to?': return (c) => this.fields.has(fieldName(c.args[0] ?? null).replace(/=$/, ''));
      case 'dig': return (c) => this.fields.get(fieldName(c.args[0] ?? null)) ?? null;
      case 'delete_field': return (c) => { const k = fieldName(c.args[0] ?? null); const v = this.fields.get(k) ?? null; this.fields.delete(k); return v; };
      default: return undefined;
    }
  }
  missing(c: Call): Found {
    if (/^[a-z_]\w*=$/.test(c.name) && c.args.length === 1) {
      this.fields.set(c.name.slice(0, -1), c.args[0]!);
      return c.args[0]!;
    }
    if (/^[a-z_]\w*[?!]?$/.test(c.name) && c.args.length === 0 && !c.block) return this.fields.get(c.name) ?? null;
    return NOT_FOUND;
  }
}

export function registerOpenStruct(interp: InterpreterApi): void {
  const cls = defineModule(interp, 'OpenStruct', true);
  cls.singletonMethods.set('new', (c) => {
    const o = new OpenStructValue();
    const init = c.args[0];
    if (init instanceof RHash) for (const [k, v] of init.entries()) o.fields.set(fieldName(k), v);
    return o.value;
  });
}
