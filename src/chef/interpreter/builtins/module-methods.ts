/** Methods of modules and classes themselves: `include`, `attr_accessor`, `new`, `module_function`... */
import { RArray, RObject, RSymbol, Unknown, sym, type RubyValue, type RProc } from '../../values.js';
import type { Ast } from '../ast.js';
import { Instance, ModuleDef, NOT_FOUND, Scope, closureOf, moduleOf, type Found, type InterpreterApi } from '../runtime.js';
import { str } from './helpers.js';
import { includeModules, runMixinHook } from '../mixin-hooks.js';

function names(args: RubyValue[]): string[] {
  return args.filter((a) => a instanceof RSymbol || typeof a === 'string').map((a) => str(a));
}

export function moduleMethod(interp: InterpreterApi, mod: ModuleDef, name: string, args: RubyValue[], block: RProc | null, at: Ast, scope: Scope | undefined): Found {
  switch (name) {
    case 'new': {
      if (!mod.isClass) return NOT_FOUND;
      const obj = new RObject(mod.name, new Instance(mod));
      const init = mod.findMethod('initialize');
      if (init) interp.invoke(init, obj, 'initialize', args, block, at, scope);
      return obj;
    }
    case 'include': case 'prepend': case 'include_recipe_dsl': {
      includeModules(interp, [mod], args, mod.value, name === 'prepend' ? 'prepended' : 'included', at);
      return mod.value;
    }
    case 'extend': {
      for (const a of [...args].reverse()) {
        const m = moduleOf(a);
        if (!m) continue;
        if (!mod.extends.includes(m)) mod.extends.push(m);
        runMixinHook(interp, m, 'extended', mod.value, at);
      }
      return mod.value;
    }
    case 'module_function': {
      const list = names(args);
      if (list.length === 0) mod.moduleFunction = true;
      for (const n of list) { const m = mod.methods.get(n); if (m) mod.singletonMethods.set(n, m); }
      return null;
    }
    case 'attr_accessor': case 'attr_reader': case 'attr_writer': case 'attr': {
      for (const n of names(args)) {
        if (name !== 'attr_writer') mod.methods.set(n, (c) => (c.self instanceof RObject ? c.self.ivars.get(`@${n}`) ?? null : null));
        if (name === 'attr_accessor' || name === 'attr_writer') {
          mod.methods.set(`${n}=`, (c) => { if (c.self instanceof RObject) c.self.ivars.set(`@${n}`, c.args[0] ?? null); return c.args[0] ?? null; });
        }
      }
      return null;
    }
    case 'define_method': {
      const n = str(args[0] ?? '');
      const proc = block ?? (args[1] as RProc | undefined);
      if (proc) mod.methods.set(n, { name: n, params: undefined, body: undefined, owner: mod, ref: { file: at.loc.file }, proc });
      return sym(n);
    }
    case 'private': case 'public': case 'protected': case 'private_class_method': case 'public_class_method':
    case 'private_constant': case 'module_eval_safe': case 'extend_self': case 'freeze': case 'remove_method': case 'undef_method':
      return args[0] ?? null;
    case 'alias_method': {
      const [to, from] = names(args);
      if (to !== undefined && from !== undefined) aliasMethod(mod, to, from);
      return args[0] ?? null;
    }
    case 'name': case 'to_s': case 'inspect': return mod.name;
    case 'const_get': {
      const n = str(args[0] ?? '');
      let cur: ModuleDef | undefined = mod;
      let v: RubyValue = null;
      for (const part of n.split('::').filter(Boolean)) {
        if (!cur) return interp.unknown(`const_get(${n})`, at, 'DEC0307', 'warning');
        v = interp.constantIn(cur, part, at);
        cur = moduleOf(v);
      }
      return v;
    }
    case 'const_set': mod.constants.set(str(args[0] ?? ''), args[1] ?? null); return args[1] ?? null;
    case 'const_defined?': return mod.constants.has(str(args[0] ?? ''));
    case 'constants': return new RArray([...mod.constants.keys()].map((k) => sym(k)));
    case 'method_defined?': case 'instance_methods': case 'public_method_defined?': case 'private_method_defined?':
      return name === 'instance_methods' ? new RArray([...mod.methods.keys()].map((k) => sym(k))) : !!mod.findMethod(str(args[0] ?? ''));
    case 'instance_method': return interp.unknown('instance_method is not modelled', at, 'DEC0302');
    case 'class_eval': case 'module_eval': case 'class_exec': case 'module_exec': {
      if (!block) return interp.unknown(`${name} with a string`, at, 'DEC0302');
      const closure = closureOf(block);
      // The block keeps its cref (constants it assigns stay where the block was written); its `def`s land in mod.
      const s = new Scope(closure, mod.value, { ...closure.frame, defTarget: mod });
      return block.body && !('native' in block.body) ? interp.eval(block.body, s) : null;
    }
    case 'superclass': return mod.superclass?.value ?? null;
    case 'ancestors': return new RArray(mod.ancestors().map((m) => m.value));
    case 'include?': { const m = moduleOf(args[0] ?? null); return !!m && mod.ancestors().includes(m) && m !== mod; }
    case '<': case '<=': { const m = moduleOf(args[0] ?? null); return !!m && mod.ancestors().includes(m) && (name === '<=' || m !== mod); }
    case '==': return args[0] === mod.value;
    case 'class': return mod.isClass ? 'Class' : 'Module';
    case 'allocate': return new RObject(mod.name, new Instance(mod));
    case 'included_modules': return new RArray(mod.includes.map((m) => m.value));
    default:
      if (args.some((a) => a instanceof Unknown)) return NOT_FOUND;
      return NOT_FOUND;
  }
}

/**
 * `alias_method :new, :old` and `alias new old`: the new name is the method `old` is now, so a later `def old`
 * that calls `new` reaches the previous body (the wrapping idiom). A method that is no definition here — a
 * custom resource's property, a built-in — is called by its old name, as the alias would.
 */
export function aliasMethod(mod: ModuleDef, to: string, from: string): void {
  if (to === from) return;
  const m = mod.findMethod(from);
  mod.methods.set(to, m ?? ((c) => c.interp.send(c.self, from, c.args, c.block, c.node)));
}
