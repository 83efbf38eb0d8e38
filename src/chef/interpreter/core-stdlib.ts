/**
 * The parts of Ruby's standard library cookbooks reach for beyond core:
 * YAML (plain data only), Digest, Base64, ERB (refused with a reason), and
 * the integer class names Ruby before 2.4 had (Fixnum, Bignum).
 */
import { createHash } from 'node:crypto';
import { stringify, parse } from 'yaml';
import { RArray, RFloat, RHash, Unknown, type RubyValue } from '../values.js';
import type { InterpreterApi, ModuleDef, Native } from './runtime.js';
import { readFileText } from './file-reads.js';
import { defineModule } from './define-module.js';
import { str } from './builtins/helpers.js';
import { dataToRuby } from '../to-data.js';
import type { Data } from '../../model/data.js';

function singletons(mod: ModuleDef, table: Record<string, Native>): void {
  for (const [k, fn] of Object.entries(table)) mod.singletonMethods.set(k, fn);
}

/** Plain data Psych dumps as it is: strings, numbers, booleans, nil, arrays, string-keyed hashes; else why not. */
function plainData(v: RubyValue, depth = 0): Data | string {
  if (depth > 100) return 'a value nested too deep';
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  if (v instanceof RFloat) return Number.isFinite(v.value) ? v.value : 'a non-finite Float';
  if (v instanceof RArray) {
    const out: Data[] = [];
    for (const x of v.items) {
      const d = plainData(x, depth + 1);
      if (typeof d === 'string' && typeof x !== 'string') return d;
      out.push(d);
    }
    return out;
  }
  if (v instanceof RHash) {
    const out: { [k: string]: Data } = {};
    for (const [k, x] of v.entries()) {
      if (typeof k !== 'string') return 'a hash key that is not a String';
      const d = plainData(x, depth + 1);
      if (typeof d === 'string' && typeof x !== 'string') return d;
      out[k] = d;
    }
    return out;
  }
  return v instanceof Unknown ? v.reason : `a ${v.constructor.name.replace(/^R/, '')} value`;
}

/** `YAML.dump` as Psych writes plain data: a `---` document, sequences not indented under their key. */
function yamlDump(d: Data): string {
  // nil is written as nothing after `-` or `key:` (Psych leaves no trailing space); yes/no/on/off are quoted as YAML 1.1 reads them as booleans.
  const body = stringify(d, { version: '1.1', indentSeq: false, singleQuote: true, lineWidth: 0, minContentWidth: 0, nullStr: '' }).replace(/^(\s*(?:- )*(?:-|[^\s'"][^:\n]*:)) $/gm, '$1');
  const scalar = d === null || typeof d !== 'object' || (Array.isArray(d) ? d.length === 0 : Object.keys(d).length === 0);
  return scalar ? `--- ${body}` : `---\n${body}`;
}

function base64Encode(s: string, lineLength: number | undefined): string {
  const b = Buffer.from(s, 'utf8').toString('base64');
  if (!lineLength) return b;
  return b === '' ? '' : `${b.match(new RegExp(`.{1,${lineLength}}`, 'g'))!.join('\n')}\n`;
}

export function registerStdlib(interp: InterpreterApi): void {
  const integer = interp.root.constants.get('Integer');
  // Ruby before 2.4 had two integer classes; cookbooks still test for them and 2.4+ kept the names as Integer.
  if (integer !== undefined) {
    interp.root.constants.set('Fixnum', integer);
    interp.root.constants.set('Bignum', integer);
  }

  const yaml = defineModule(interp, 'YAML');
  interp.root.constants.set('Psych', yaml.value);
  const dump: Native = (c) => {
    const v = c.args[0] ?? null;
    const d = plainData(v);
    if (v instanceof Unknown) return v;
    if (typeof d === 'string' && typeof v !== 'string') return c.interp.unknown(`YAML.dump of ${d} is not evaluated`, c.node, 'DEC0302');
    return yamlDump(d);
  };
  const load: Native = (c) => {
    const s = c.args[0] ?? null;
    if (s instanceof Unknown) return s;
    if (typeof s !== 'string') return c.interp.unknown('YAML.load of a value that is not a String', c.node, 'DEC0302');
    try {
      // YAML 1.1 as Psych reads it: yes/no/on/off are booleans.
      return dataToRuby(parse(s, { version: '1.1', schema: 'yaml-1.1', merge: true, customTags: [] }) as Data ?? null);
    } catch {
      return c.interp.unknown('YAML.load of a document decant cannot read', c.node, 'DEC0302');
    }
  };
  // A cookbook's own YAML file (`YAML.load_file(File.join(__dir__, '..', 'files', 'default', 'x.yml'))`) is read; the host's is not.
  const fromFile: Native = (c) => {
    const text = readFileText(c, 'YAML.load_file');
    return text instanceof Unknown ? text : load({ ...c, args: [text] });
  };
  singletons(yaml, { dump, to_yaml: dump, load, safe_load: load, unsafe_load: load, load_file: fromFile, safe_load_file: fromFile });

  const digest = (algorithm: string): ModuleDef => defineModule(interp, `Digest::${algorithm}`, true);
  for (const [name, algorithm] of [['MD5', 'md5'], ['SHA1', 'sha1'], ['SHA256', 'sha256'], ['SHA384', 'sha384'], ['SHA512', 'sha512']] as const) {
    const of = (encoding: 'hex' | 'base64'): Native => (c) => {
      const v = c.args[0] ?? null;
      if (v instanceof Unknown) return v;
      return createHash(algorithm).update(str(v), 'utf8').digest(encoding);
    };
    singletons(digest(name), { hexdigest: of('hex'), base64digest: of('base64') });
  }

  const encodeWith = (lineLength: number | undefined, urlSafe = false): Native => (c) => {
    const v = c.args[0] ?? null;
    if (v instanceof Unknown) return v;
    const b = base64Encode(str(v), lineLength);
    return urlSafe ? b.replace(/\+/g, '-').replace(/\//g, '_') : b;
  };
  const decode: Native = (c) => {
    const v = c.args[0] ?? null;
    if (v instanceof Unknown) return v;
    return Buffer.from(str(v).replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  };
  singletons(defineModule(interp, 'Base64'), {
    encode64: encodeWith(60), strict_encode64: encodeWith(undefined), urlsafe_encode64: encodeWith(undefined, true),
    decode64: decode, strict_decode64: decode, urlsafe_decode64: decode,
  });

  // ERB outside a template resource: Chef's own templates are rendered by the template stage; a cookbook's own ERB.new is not.
  singletons(defineModule(interp, 'ERB', true), {
    new: (c) => c.interp.unknown('ERB.new(...).result in a recipe or library is not evaluated (use a template resource)', c.node, 'DEC0302'),
  });
}
