/**
 * Pathname (Ruby's pathname.rb): libraries build and clean paths with it
 * (`Pathname.new(p).absolute?`, `Pathname.new(java_home).parent.to_s`).
 * Path arithmetic is lexical, so it is computed as Ruby does on Linux; asking
 * whether a path exists goes to the simulated file system, as File.exist? does.
 */
import path from 'node:path';
import { RArray, RObject, Unknown, type RubyValue } from '../values.js';
import { Instance, type InterpreterApi, type Native } from './runtime.js';
import { defineModule } from './define-module.js';
import { str } from './builtins/helpers.js';

/** Ruby's File.basename without a suffix: trailing slashes dropped, `/` for a path of slashes only. */
function rubyBasename(p: string): string {
  if (p === '') return '';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Pathname's chop_basename: the path before the last component and that component; none when only a root or nothing is left. */
function chopBasename(p: string): [string, string] | undefined {
  const base = rubyBasename(p);
  if (base === '' || base === '/') return undefined;
  return [p.slice(0, p.lastIndexOf(base)), base];
}

/** Pathname#cleanpath (not the `consider_symlink` form): `.` and repeated slashes dropped, `..` taken against the names before it. */
export function cleanpath(p: string): string {
  const absolute = p.startsWith('/');
  const names: string[] = [];
  for (const name of p.split('/')) {
    if (name === '' || name === '.') continue;
    if (name !== '..') names.push(name);
    else if (names.length && names[names.length - 1] !== '..') names.pop();
    else if (!absolute) names.push('..');
  }
  return absolute ? `/${names.join('/')}` : names.join('/') || '.';
}

/** Pathname#+ (Ruby's Pathname#plus): an absolute right side wins; leading `..` on the right climb the left side's names. */
export function pathPlus(left: string, right: string): string {
  let prefix2 = right;
  const index2: number[] = [];
  const names2: string[] = [];
  for (let r = chopBasename(prefix2); r; r = chopBasename(prefix2)) {
    prefix2 = r[0];
    index2.unshift(prefix2.length);
    names2.unshift(r[1]);
  }
  if (prefix2 !== '') return right;
  let prefix1 = left;
  for (;;) {
    while (names2[0] === '.') { index2.shift(); names2.shift(); }
    const r1 = chopBasename(prefix1);
    if (!r1) break;
    prefix1 = r1[0];
    if (r1[1] === '.') continue;
    if (r1[1] === '..' || names2.length === 0 || names2[0] !== '..') { prefix1 += r1[1]; break; }
    index2.shift();
    names2.shift();
  }
  const hasBase = chopBasename(prefix1) !== undefined;
  if (!hasBase && rubyBasename(prefix1).includes('/')) while (names2[0] === '..') { index2.shift(); names2.shift(); }
  if (names2.length) {
    const suffix = right.slice(index2[0]);
    return hasBase ? `${prefix1}/${suffix}`.replace(/\/+/g, '/') : prefix1 + suffix;
  }
  return hasBase ? prefix1 : path.posix.dirname(prefix1);
}

export function registerPathname(interp: InterpreterApi): void {
  const cls = defineModule(interp, 'Pathname', true);
  const held = new WeakMap<RObject, string>();
  const make = (p: string): RObject => {
    const o = new RObject('Pathname', new Instance(cls));
    held.set(o, p);
    return o;
  };
  /** The text of a path argument: a String or a Pathname; an Unknown stays one. */
  const text = (v: RubyValue): string | Unknown => (v instanceof Unknown ? v : v instanceof RObject && held.has(v) ? held.get(v)! : str(v));
  const self = (fn: (p: string, c: Parameters<Native>[0]) => RubyValue): Native => (c) => {
    const p = c.self instanceof RObject ? held.get(c.self) : undefined;
    return p === undefined ? c.interp.unknown('a Pathname method on something that is not a Pathname', c.node, 'DEC0302') : fn(p, c);
  };
  const joined = (p: string, args: readonly RubyValue[]): RubyValue => {
    let out = p;
    for (const a of args) {
      const t = text(a);
      if (t instanceof Unknown) return t;
      out = pathPlus(out, t);
    }
    return make(out);
  };
  cls.singletonMethods.set('new', (c) => {
    const t = text(c.args[0] ?? null);
    return t instanceof Unknown ? t : make(t);
  });
  const methods: Record<string, Native> = {
    to_s: self((p) => p),
    to_path: self((p) => p),
    to_str: self((p) => p),
    inspect: self((p) => `#<Pathname:${p}>`),
    cleanpath: self((p) => make(cleanpath(p))),
    'absolute?': self((p) => p.startsWith('/')),
    'relative?': self((p) => !p.startsWith('/')),
    'root?': self((p) => /^\/+$/.test(p)),
    parent: self((p) => make(pathPlus(p, '..'))),
    dirname: self((p) => make(path.posix.dirname(p))),
    extname: self((p) => path.posix.extname(p)),
    basename: self((p, c) => {
      const ext = c.args[0];
      if (ext instanceof Unknown) return ext;
      const b = rubyBasename(p);
      if (ext === undefined) return make(b);
      const e = str(ext);
      return make(e === '.*' ? b.replace(/(.)\.[^.]*$/, '$1') : b.endsWith(e) && b !== e ? b.slice(0, -e.length) : b);
    }),
    join: self((p, c) => joined(p, c.args)),
    '+': self((p, c) => joined(p, c.args.slice(0, 1))),
    '/': self((p, c) => joined(p, c.args.slice(0, 1))),
    '==': self((p, c) => c.args[0] instanceof RObject && held.get(c.args[0]) === p),
    each_filename: self((p) => new RArray(p.split('/').filter((n) => n !== ''))),
    'exist?': self((p, c) => c.interp.fs.exists(p)),
    'file?': self((p, c) => c.interp.fs.exists(p)),
    'directory?': self((p, c) => c.interp.fs.isDirectory(p)),
    read: self((p, c) => c.interp.unknown(`Pathname#read of ${p} reads the host file system`, c.node)),
  };
  methods['eql?'] = methods['==']!;
  methods['==='] = methods['==']!;
  for (const [k, fn] of Object.entries(methods)) cls.methods.set(k, fn);
}
