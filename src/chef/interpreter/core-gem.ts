/**
 * RubyGems as cookbooks use it: Gem::Version and Gem::Requirement compare versions (pure computation, answered),
 * while Gem::Specification and Gem.loaded_specs read the gems installed where chef-client runs — host gem state,
 * which the image decant builds never has, so those stay unknown with that cause.
 */
import { RArray, RObject, Unknown, type RubyValue } from '../values.js';
import { Instance, type InterpreterApi, type Native } from './runtime.js';
import { defineModule } from './define-module.js';
import { str } from './builtins/helpers.js';

/** Every class method of Gem::Specification cookbooks call reads the host's gem directory. */
const SPEC_LOOKUPS = ['find_by_name', 'find_all_by_name', 'latest_specs', 'each', 'select', 'find', 'any?', 'map', 'to_a', 'stubs', 'stubs_for', 'find_by_path', 'all', 'all_names'];

export function registerGem(interp: InterpreterApi): void {
  registerVersion(interp);
  const hostGems = (what: string): Native => (c) => {
    const arg = c.args[0];
    const shown = typeof arg === 'string' ? `(${JSON.stringify(arg)})` : '';
    return c.interp.unknown(`${what}${shown} reads the gems installed where chef-client runs (host gem state)`, c.node);
  };
  const spec = defineModule(interp, 'Gem::Specification', true);
  for (const name of SPEC_LOOKUPS) spec.singletonMethods.set(name, hostGems(`Gem::Specification.${name}`));
  const gem = defineModule(interp, 'Gem', false);
  gem.singletonMethods.set('loaded_specs', hostGems('Gem.loaded_specs'));
  gem.singletonMethods.set('ruby_version', (c) => newVersion(c.interp, '3.1.2'));
}

function newVersion(interp: InterpreterApi, text: string): RObject {
  const o = new RObject('Gem::Version', new Instance(defineModule(interp, 'Gem::Version', true)));
  o.ivars.set('@version', text);
  return o;
}

function registerVersion(interp: InterpreterApi): void {
  const version = defineModule(interp, 'Gem::Version', true);
  const segs = (v: RubyValue): number[] => str(v).split('.').map((x) => Number(x) || 0);
  const cmp = (a: RubyValue, b: RubyValue): number => versionCompare(str(a), str(b));
  const verOf = (v: RubyValue): RubyValue => (v instanceof RObject && v.internal instanceof Instance && v.internal.cls === version ? v.ivars.get('@version') ?? null : v);
  for (const [k, fn] of Object.entries<Native>({
    new: (c) => { const v = c.args[0] ?? null; if (v instanceof Unknown) return v; const o = new RObject('Gem::Version', new Instance(version)); o.ivars.set('@version', str(v)); return o; },
    create: (c) => { const o = new RObject('Gem::Version', new Instance(version)); o.ivars.set('@version', str(c.args[0] ?? '')); return o; },
  })) version.singletonMethods.set(k, fn);
  const cmpOp = (test: (n: number) => boolean): Native => (c) => { const o = c.args[0] ?? null; if (o instanceof Unknown) return o; return test(cmp(verOf(c.self), verOf(o))); };
  version.methods.set('<=>', (c) => cmp(verOf(c.self), verOf(c.args[0] ?? null)));
  version.methods.set('<', cmpOp((n) => n < 0));
  version.methods.set('<=', cmpOp((n) => n <= 0));
  version.methods.set('>', cmpOp((n) => n > 0));
  version.methods.set('>=', cmpOp((n) => n >= 0));
  version.methods.set('==', cmpOp((n) => n === 0));
  version.methods.set('to_s', (c) => verOf(c.self));
  version.methods.set('version', (c) => verOf(c.self));
  version.methods.set('segments', (c) => new RArray(segs(verOf(c.self))));
  version.methods.set('release', (c) => c.self);
  const requirement = defineModule(interp, 'Gem::Requirement', true);
  requirement.singletonMethods.set('new', (c) => {
    const o = new RObject('Gem::Requirement', new Instance(requirement));
    o.ivars.set('@list', new RArray(c.args));
    return o;
  });
  const satisfied: Native = (c) => {
    const want = c.args[0] ?? null;
    if (want instanceof Unknown) return want;
    const list = c.self instanceof RObject ? c.self.ivars.get('@list') : null;
    const have = str(verOf(want));
    return (list instanceof RArray ? list.items : []).every((req) => requirementSatisfied(have, str(req)) === true);
  };
  requirement.methods.set('satisfied_by?', satisfied);
  requirement.methods.set('===', satisfied);
  requirement.methods.set('=~', satisfied);
}

/** Gem::Version's order of two numeric versions ('1.10' after '1.9'; missing segments are 0). */
export function versionCompare(a: string, b: string): number {
  const x = a.split('.').map((n) => Number(n) || 0);
  const y = b.split('.').map((n) => Number(n) || 0);
  for (let i = 0; i < Math.max(x.length, y.length); i++) { const d = (x[i] ?? 0) - (y[i] ?? 0); if (d) return Math.sign(d); }
  return 0;
}

/** Whether `have` satisfies one requirement ('>= 18.04', '~> 2.1', '12'); undefined when it is not one Gem reads. */
export function requirementSatisfied(have: string, req: string): boolean | undefined {
  const m = /^\s*(>=|<=|>|<|=|~>|!=)?\s*([\d.]+)\s*$/.exec(req);
  if (!m) return undefined;
  const d = versionCompare(have, m[2]!);
  switch (m[1] ?? '=') {
    case '>=': return d >= 0;
    case '<=': return d <= 0;
    case '>': return d > 0;
    case '<': return d < 0;
    case '!=': return d !== 0;
    case '~>': return d >= 0 && versionCompare(have, bumped(m[2]!)) < 0;
    default: return d === 0;
  }
}

/** The upper bound of a pessimistic requirement: '~> 2.1' is below 3, '~> 2.1.3' below 2.2. */
function bumped(v: string): string {
  const parts = v.split('.').map(Number);
  if (parts.length > 1) parts.pop();
  parts[parts.length - 1]! += 1;
  return parts.join('.');
}
