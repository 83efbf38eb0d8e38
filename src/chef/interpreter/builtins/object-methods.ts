/** Methods every Ruby object answers (Kernel/Object instance methods). */
import { RArray, RHash, RObject, RProc, RSymbol, Unknown, isTruthy, type RubyValue } from '../../values.js';
import { Instance, ModuleDef, NOT_FOUND, behaviourOf, instanceClass, moduleOf, type Call, type Found } from '../runtime.js';
import { inspect, toS } from '../ruby-text.js';
import { builtinIsA, className, rEquals } from '../value-ops.js';
import { str } from './helpers.js';
import { runMixinHook } from '../mixin-hooks.js';
import { moduleByPath } from '../define-module.js';
import { rubyToData } from '../../to-data.js';
import { CORE_METHOD_NAMES } from './core-method-names.js';
import { prettyInspect } from '../pretty-print.js';

export function isA(c: Call, v: RubyValue, target: RubyValue): boolean | Unknown {
  if (target instanceof Unknown) return target;
  const mod = moduleOf(target);
  if (!mod) return false;
  const cls = instanceClass(v);
  if (cls) return cls.ancestors().includes(mod) || ['Object', 'BasicObject', 'Kernel'].includes(mod.name);
  const vm = moduleOf(v);
  if (vm) return mod.name === (vm.isClass ? 'Class' : 'Module') || mod.name === 'Module' || mod.name === 'Object';
  const b = behaviourOf(v);
  // A DSL self whose kind names a class decant defines (a template's TemplateContext) is also what that class's ancestors are.
  if (b) return b.kind === mod.name || b.modules().includes(mod) || mod.name === 'Object' || !!moduleByPath(c.interp, b.kind)?.ancestors().includes(mod);
  if (v instanceof RObject) return v.className === mod.name;
  return builtinIsA(v, mod.name) ?? false;
}

export function objectMethod(c: Call, v: RubyValue): Found {
  const a = c.args;
  switch (c.name) {
    case 'nil?': return v === null;
    case 'is_a?': case 'kind_of?': case 'instance_of?': return isA(c, v, a[0] ?? null);
    case 'respond_to?': {
      const name = str(a[0] ?? '');
      if (c.interp.respondTo(v, name)) return true;
      const probe = { ...c, name, args: [], block: null };
      return PROBE_SAFE.has(name) || probeBuiltin(probe, v);
    }
    case 'class': {
      const cls = instanceClass(v);
      if (cls) return cls.value;
      // A raised exception carries its class by full name (`Foo::Bar::Error`), found by walking the constants.
      const core = moduleByPath(c.interp, className(v))?.value;
      return core ?? className(v);
    }
    case 'to_s': return v instanceof RObject ? inspect(v) : toS(v);
    case 'inspect': return inspect(v);
    case 'pretty_inspect': return prettyInspectOf(c, v);
    case '==': case 'equal?': case 'eql?': case '===': {
      const o = a[0] ?? null;
      if (c.name === '===' && moduleOf(v)) return isA(c, o, v);
      return v === o || rEquals(v, o);
    }
    case '!=': return !(v === (a[0] ?? null) || rEquals(v, a[0] ?? null));
    case '!': return !isTruthy(v);
    case '=~': return null;
    case 'freeze': case 'itself': case 'to_proc': return v;
    case 'frozen?': return false;
    case 'dup': case 'clone': return v;
    case 'tap': if (c.block) c.interp.callProc(c.block, [v], c.node); return v;
    case 'then': case 'yield_self': return c.block ? c.interp.callProc(c.block, [v], c.node) : v;
    case 'send': case 'public_send': case '__send__': {
      const name = str(a[0] ?? '');
      // A bare `send(:x)` calls x as a bare call would (a private method, a DSL self's fallback), on this self.
      if (c.scope && c.scope.self === v) return c.interp.callFunction(c.scope, name, a.slice(1), c.block, c.node);
      return c.interp.send(v, name, a.slice(1), c.block, c.node);
    }
    case 'instance_variable_get': return v instanceof RObject ? v.ivars.get(str(a[0] ?? '')) ?? null : null;
    case 'instance_variable_set': if (v instanceof RObject) v.ivars.set(str(a[0] ?? ''), a[1] ?? null); return a[1] ?? null;
    case 'instance_variable_defined?': return v instanceof RObject && v.ivars.has(str(a[0] ?? ''));
    case 'instance_variables': return new RArray(v instanceof RObject ? [...v.ivars.keys()].map((k) => RSymbol.of(k)) : []);
    case 'instance_eval': case 'instance_exec': return c.block ? c.interp.callProc(c.block, a, c.node, v) : null;
    case 'hash': case 'object_id': case '__id__': return inspect(v).length;
    case 'method': {
      const name = str(a[0] ?? '');
      return new RObject('Method', { proc: c.interp.nativeProc((args, at) => c.interp.send(v, name, args, null, at)), displayName: `#<Method: ${name}>` });
    }
    case 'extend': {
      const b = behaviourOf(v);
      for (const m of [...a].reverse()) {
        const mod = moduleOf(m);
        if (!mod) continue;
        // A self that stands for a class (a resource file's) takes the module on its class side, as Ruby's extend does.
        if (b?.classSide) b.classSide.extends.push(mod);
        else if (b) b.singleton.includes.push(mod);
        else if (v instanceof RObject && v.internal instanceof Instance) v.internal.cls.includes.push(mod);
        else continue;
        runMixinHook(c.interp, mod, 'extended', v, c.node);
      }
      return v;
    }
    case 'define_singleton_method': {
      const b = behaviourOf(v);
      if (b && c.block) b.singleton.methods.set(str(a[0] ?? ''), { name: str(a[0] ?? ''), params: undefined, body: undefined, owner: b.singleton, ref: { file: c.node.loc.file }, proc: c.block });
      return a[0] ?? null;
    }
    case 'to_json': case 'to_yaml': {
      const d = rubyToData(v);
      return JSON.stringify(d);
    }
    case 'present?': return !(v === null || v === false || (typeof v === 'string' && v.trim() === '') || (v instanceof RArray && v.items.length === 0) || (v instanceof RHash && v.size === 0));
    case 'blank?': return v === null || v === false || (typeof v === 'string' && v.trim() === '') || (v instanceof RArray && v.items.length === 0) || (v instanceof RHash && v.size === 0);
    case 'display': return null;
    case 'message': {
      const m = v instanceof RObject ? (v.internal as { message?: string } | undefined)?.message : undefined;
      return m ?? NOT_FOUND;
    }
    case 'methods': case 'public_methods': return new RArray([]);
    case 'singleton_class': return v;
    default: return NOT_FOUND;
  }
}

const PROBE_SAFE = new Set(['to_s', 'inspect', 'nil?', 'is_a?', 'respond_to?', 'send', 'tap', 'then', 'freeze', 'dup']);

/**
 * Whether a core value has a method, as Ruby 3.1 answers (the table is generated from Debian's ruby): a cookbook's
 * `path.respond_to?(:filter)` guard must see Array#filter even where decant's own table of what it runs differs.
 */
function probeBuiltin(c: Call, v: RubyValue): boolean {
  const cls = className(v);
  return (CORE_METHOD_NAMES[cls] ?? (v instanceof RHash ? CORE_METHOD_NAMES['Hash'] : undefined))?.has(c.name) ?? false;
}

export { ModuleDef, RProc };

/** Kernel#pretty_inspect (the pp library, which Chef loads): core values laid out as pp does; other objects unknown, with why. */
function prettyInspectOf(c: Call, v: RubyValue): RubyValue {
  return prettyInspect(v) ?? c.interp.unknown(`pretty_inspect of an object of class ${className(v)}: pp's layout of objects is not modelled`, c.node);
}
