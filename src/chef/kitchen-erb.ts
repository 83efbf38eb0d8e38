/**
 * kitchen.yml's ERB, rendered as Test Kitchen renders it: on the workstation
 * that runs `kitchen`, with that shell's environment — which is where decant
 * runs. An output tag (`<%= ENV.fetch('SCALA_VERSION', '2.13').inspect %>`)
 * is evaluated by decant's interpreter with ENV reading the given environment:
 * `ENV.fetch('X', default)` is the variable when set, else the default;
 * `ENV['X']` the variable or nil. Each variable read is said once (DEC0318:
 * from the environment or the default; never its value, which may be a
 * secret). Whatever else a tag does that decant cannot work out — a code tag
 * (`<% if … %>`, which shapes the YAML around it), a value only the host
 * knows — stays an Unknown with its cause.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { KitchenErbRender, KitchenErbTag } from '../model/workspace.js';
import { info } from '../diagnostics/create.js';
import { parseRuby } from '../ruby/parser.js';
import { RHash, RObject, Unknown, type RubyValue } from './values.js';
import { toAst } from './interpreter/ast.js';
import { Interpreter } from './interpreter/interpreter.js';
import { registerCore } from './interpreter/core-constants.js';
import { defineModule } from './interpreter/define-module.js';
import { inspect, toS } from './interpreter/ruby-text.js';
import { RaiseSignal } from './interpreter/signals.js';
import type { Call } from './interpreter/runtime.js';

export interface KitchenErb {
  readonly render: KitchenErbRender;
  /** One note per variable read, where it was first read. */
  readonly notes: Diagnostic[];
}

/** How a variable's value was taken, for the note. */
type Taken = 'environment' | 'default' | 'nil';

export function kitchenErb(environment: Readonly<Record<string, string | undefined>>): KitchenErb {
  const notes: Diagnostic[] = [];
  const said = new Set<string>();
  const interp = new Interpreter();
  registerCore(interp);
  let current: KitchenErbTag | undefined;
  const note = (name: string, taken: Taken, how: string): void => {
    if (said.has(name) || !current) return;
    said.add(name);
    const why = taken === 'environment'
      ? 'set in the environment decant runs in: its value taken'
      : taken === 'default' ? 'not set where decant runs: the default the tag gives taken' : 'not set where decant runs: nil taken';
    notes.push(info('DEC0318', `kitchen.yml ERB: ${how} — ${name} is ${why}, as Test Kitchen renders the file on the workstation that runs it`, current.location, `set ${name} in decant's environment to convert another value`));
  };
  const value = (c: Call): string | undefined => {
    const key = c.args[0];
    return typeof key === 'string' && Object.prototype.hasOwnProperty.call(environment, key) ? environment[key] : undefined;
  };
  const env = defineModule(interp, 'ENV');
  env.singletonMethods.set('[]', (c) => {
    const key = c.args[0] ?? null;
    if (typeof key !== 'string') return key instanceof Unknown ? key : null;
    const v = value(c);
    note(key, v === undefined ? 'nil' : 'environment', `ENV[${inspect(key)}]`);
    return v ?? null;
  });
  env.singletonMethods.set('fetch', (c) => {
    const key = c.args[0] ?? null;
    if (typeof key !== 'string') return key instanceof Unknown ? key : null;
    const v = value(c);
    const given = c.args.length > 1 ? inspect(c.args[1]!) : undefined;
    // A long default (a checksum) is cut: the note names the tag, whose line holds the whole of it.
    const how = `ENV.fetch(${inspect(key)}${given === undefined ? '' : `, ${given.length > 40 ? `${given.slice(0, 37)}…` : given}`})`;
    if (v !== undefined) {
      note(key, 'environment', how);
      return v;
    }
    if (c.args.length > 1) {
      note(key, 'default', how);
      return c.args[1]!;
    }
    if (c.block) {
      note(key, 'default', how);
      return c.interp.callProc(c.block, [key], c.node);
    }
    throw new RaiseSignal('KeyError', `key not found: ${inspect(key)}`, c.node.loc);
  });
  const has = (c: Call): RubyValue => {
    const key = c.args[0] ?? null;
    if (typeof key !== 'string') return key instanceof Unknown ? key : false;
    const v = value(c);
    note(key, v === undefined ? 'nil' : 'environment', `ENV.key?(${inspect(key)})`);
    return v !== undefined;
  };
  for (const m of ['key?', 'has_key?', 'include?', 'member?']) env.singletonMethods.set(m, has);
  // The whole environment is the workstation's, not a value of the run: not taken.
  for (const m of ['to_h', 'to_hash', 'keys', 'values', 'each']) env.singletonMethods.set(m, (c) => c.interp.unknown(`ENV.${m} is the whole environment of the workstation`, c.node));

  const unknown = (tag: KitchenErbTag, why: string): Unknown =>
    new Unknown(`kitchen.yml computes it with ERB when Kitchen runs (${tag.text.replace(/\s+/g, ' ').slice(0, 120)}): ${why}`, tag.location);

  const render: KitchenErbRender = (tag) => {
    if (tag.kind === '#') return '';
    if (tag.kind === '') return unknown(tag, 'a code tag shapes the YAML around it, which decant does not render');
    const ref = { file: tag.location.file, ...(tag.location.cookbook ? { cookbook: tag.location.cookbook } : {}), ...(tag.location.path ? { path: tag.location.path } : {}) };
    // Blank lines before the code put its nodes at the tag's line of kitchen.yml.
    const code = `${'\n'.repeat(tag.location.line - 1)}${tag.code}`;
    const parsed = parseRuby(code, ref);
    if (parsed.diagnostics.length > 0) {
      parsed.tree.delete();
      return unknown(tag, 'its Ruby does not parse');
    }
    const ast = toAst(parsed.tree.rootNode, ref, code);
    parsed.tree.delete();
    current = tag;
    const before = interp.diagnostics.length;
    const r = interp.runFile(ast, new RObject('main'), interp.newFrame(ref, interp.root));
    current = undefined;
    const failure = interp.diagnostics.slice(before).find((d) => d.severity !== 'info');
    // The interpreter's note says the rest of the file stops; here only this tag does.
    if (r.stopped === 'raise' || r.stopped === 'budget') return unknown(tag, (failure?.message ?? 'it raised').replace(/ \(the rest of .* is not evaluated\)$/, ''));
    if (r.value instanceof Unknown) return unknown(tag, r.value.reason);
    if (r.value instanceof RHash || r.value instanceof RObject) return unknown(tag, `it prints ${inspect(r.value)}, which decant does not read back as YAML`);
    return toS(r.value);
  };
  return { render, notes };
}
