/**
 * The inifile gem (`require 'inifile'`), which cookbooks use to write INI configs from a hash
 * (`IniFile.new(content: h).to_s`): pure text, so decant evaluates it as inifile 3.0 does. Each section prints
 * `[name]`, then `param = value` per pair, then an empty line; values print with to_s, with newlines, tabs,
 * carriage returns and NULs written as `\n`, `\t`, `\r`, `\0`. `IniFile.load` reads a host file: unknown.
 */
import { RHash, RObject, RSymbol, type RubyValue } from '../values.js';
import { ModuleDef, type Behaviour, type Call, type InterpreterApi, type Native } from './runtime.js';
import { defineModule } from './define-module.js';
import { inspect, toS } from './ruby-text.js';
import { RaiseSignal } from './signals.js';
import { firstUnknown } from './value-ops.js';

export function escapeIniValue(v: RubyValue): string {
  // The gem first substitutes `\\([0nrt])` with '\\\\\1', which Ruby's replacement rules make the same text.
  return toS(v)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\0/g, '\\0');
}

class IniFileValue implements Behaviour {
  readonly kind = 'IniFile';
  readonly singleton = new ModuleDef('#<IniFile>', true, undefined);
  readonly value = new RObject('IniFile', this);
  /** Sections in insertion order, each a Hash of its parameters. */
  readonly ini = new RHash();
  constructor(private readonly param: string) {}
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(name: string): Native | undefined {
    switch (name) {
      case 'to_s': return (c) => this.text(c);
      case 'to_h': return () => RHash.from(this.ini.entries());
      case '[]': return (c) => this.section(c.args[0] ?? null);
      case 'sections': return (c) => c.interp.send(this.ini, 'keys', [], null, c.node);
      case 'has_section?': return (c) => this.ini.has(toS(c.args[0] ?? null));
      case 'merge!': return (c) => { this.merge(c, c.args[0] ?? null); return this.value; };
      default: return undefined;
    }
  }
  section(name: RubyValue): RHash {
    const key = toS(name);
    let h = this.ini.get(key);
    if (!(h instanceof RHash)) { h = new RHash(); this.ini.set(key, h); }
    return h as RHash;
  }
  /** IniFile#merge! of a Hash: a section already there takes the new pairs, a new one is copied; nil is empty. */
  merge(c: Call, other: RubyValue): void {
    if (other === null) return;
    if (!(other instanceof RHash)) throw new RaiseSignal('RuntimeError', `cannot merge contents from '${inspect(other)}'`, c.node.loc);
    for (const [k, v] of other.entries()) {
      const key = k instanceof RSymbol ? k.name : toS(k);
      if (v === null) { if (!this.ini.has(key)) this.ini.set(key, new RHash()); continue; }
      if (!(v instanceof RHash)) throw new RaiseSignal('IniFile::Error', `cannot merge section ${inspect(key)} - unsupported type`, c.node.loc);
      const into = this.ini.get(key);
      if (into instanceof RHash) for (const [pk, pv] of v.entries()) into.set(pk, pv);
      else this.ini.set(key, RHash.from(v.entries()));
    }
  }
  text(c: Call): RubyValue {
    const unknown = firstUnknown(this.ini);
    if (unknown) return c.interp.unknown(`IniFile#to_s of a value decant does not know: ${unknown.reason}`, c.node);
    const lines: string[] = [];
    for (const [section, params] of this.ini.entries()) {
      lines.push(`[${toS(section)}]`);
      if (params instanceof RHash) for (const [k, v] of params.entries()) lines.push(`${toS(k)} ${this.param} ${escapeIniValue(v)}`);
      lines.push('');
    }
    return lines.join('\n');
  }
}

export function registerIniFile(interp: InterpreterApi): void {
  const cls = defineModule(interp, 'IniFile', true);
  cls.singletonMethods.set('new', (c) => {
    const opts = c.args[0] instanceof RHash ? c.args[0] : new RHash();
    const param = opts.get(RSymbol.of('parameter'));
    const o = new IniFileValue(typeof param === 'string' ? param : '=');
    const content = opts.get(RSymbol.of('content')) ?? null;
    if (content instanceof RHash) o.merge(c, content);
    else if (content !== null) return c.interp.unknown('IniFile.new(content: text) parses INI text, which decant does not evaluate', c.node, 'DEC0302');
    return o.value;
  });
  cls.singletonMethods.set('load', (c) => c.interp.unknown(`IniFile.load(${inspect(c.args[0] ?? null)}) reads a file on the host`, c.node));
}
