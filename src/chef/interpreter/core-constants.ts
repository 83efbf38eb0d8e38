/** Ruby core classes and modules recipes reach for: File, Dir, ENV, Hash.new, Gem::Version, JSON, exceptions. */
import path from 'node:path';
import { RArray, RFloat, RHash, RObject, RRange, Unknown, isTruthy, type RubyValue } from '../values.js';
import { Instance, type InterpreterApi, type ModuleDef, type Native } from './runtime.js';
import { defineModule } from './define-module.js';
import { str } from './builtins/helpers.js';
import { inspect } from './ruby-text.js';
import { rCompare } from './value-ops.js';
import { RaiseSignal } from './signals.js';
import { escapeRegex, makeRegexp, regexpOf } from './regexp.js';
import { matchData } from './builtins/string-methods.js';
import { dataToRuby, rubyToData } from '../to-data.js';
import type { Data } from '../../model/data.js';
import { registerUri } from './core-uri.js';
import { registerGem } from './core-gem.js';
import { registerShellwords } from './core-shellwords.js';
import { registerOpenStruct } from './core-ostruct.js';
import { registerStdlib } from './core-stdlib.js';
import { registerSet } from './core-set.js';
import { registerStruct } from './core-struct.js';
import { registerHostLibraries } from './core-hostlib.js';
import { registerFileUtils } from './core-fileutils.js';
import { registerIpAddr } from './core-ipaddr.js';
import { registerPathname } from './core-pathname.js';
import { expandHome, registerAccounts } from './core-accounts.js';
import { dirChildren, dirGlob, fileForeach, fileRead, fileReadlines } from './file-reads.js';
import { FNM_CASEFOLD, FNM_DOTMATCH, FNM_EXTGLOB, FNM_NOESCAPE, FNM_PATHNAME, fnmatch } from './fnmatch.js';

const FNM_FLAGS = { FNM_NOESCAPE, FNM_PATHNAME, FNM_DOTMATCH, FNM_CASEFOLD, FNM_EXTGLOB, FNM_SYSCASE: 0 };

function singletons(mod: ModuleDef, table: Record<string, Native>): void {
  for (const [k, fn] of Object.entries(table)) mod.singletonMethods.set(k, fn);
}

/** The first Unknown inside converted data, if any. */
function unknownIn(d: Data): Unknown | undefined {
  if (d instanceof Unknown) return d;
  if (Array.isArray(d)) for (const x of d) { const u = unknownIn(x); if (u) return u; }
  else if (d !== null && typeof d === 'object') for (const x of Object.values(d)) { const u = unknownIn(x); if (u) return u; }
  return undefined;
}

const hostRead = (what: string): Native => (c) => c.interp.unknown(`${what} reads the host file system`, c.node);

export function registerCore(interp: InterpreterApi): void {
  const file = defineModule(interp, 'File', true);
  const probe = (kind: 'exists' | 'dir'): Native => (c) => {
    const p = c.args[0] ?? null;
    if (p instanceof Unknown) return p;
    return kind === 'dir' ? c.interp.fs.isDirectory(str(p)) : c.interp.fs.exists(str(p));
  };
  singletons(file, {
    join: (c) => {
      const parts = c.args.flatMap((a) => (a instanceof RArray ? a.items : [a]));
      const u = parts.find((p) => p instanceof Unknown);
      if (u) return u;
      return parts.map(str).join('/').replace(/\/+/g, '/');
    },
    basename: (c) => { const p = c.args[0] ?? null; if (p instanceof Unknown) return p; const ext = c.args[1] !== undefined ? str(c.args[1]) : undefined; const b = path.posix.basename(str(p)); return ext === '.*' ? b.replace(/\.[^.]*$/, '') : ext ? path.posix.basename(str(p), ext) : b; },
    dirname: (c) => { const p = c.args[0] ?? null; return p instanceof Unknown ? p : path.posix.dirname(str(p)); },
    extname: (c) => { const p = c.args[0] ?? null; return p instanceof Unknown ? p : path.posix.extname(str(p)); },
    expand_path: (c) => {
      const p = c.args[0] ?? null;
      if (p instanceof Unknown) return p;
      const baseArg = c.args[1] ?? null;
      if (baseArg instanceof Unknown) return baseArg;
      const asked = `File.expand_path(${inspect(p)})`;
      const s = expandHome(c, str(p), asked);
      if (s instanceof Unknown) return s;
      if (s.startsWith('/')) return path.posix.normalize(s);
      const base = baseArg !== null ? expandHome(c, str(baseArg), asked) : undefined;
      if (base instanceof Unknown) return base;
      if (base && base.startsWith('/')) return path.posix.resolve(base, s);
      return c.interp.unknown(`${asked} depends on the working directory`, c.node);
    },
    absolute_path: (c) => { const p = c.args[0] ?? null; return p instanceof Unknown ? p : str(p).startsWith('/') ? path.posix.normalize(str(p)) : c.interp.unknown('relative path', c.node); },
    'absolute_path?': (c) => str(c.args[0] ?? '').startsWith('/'),
    split: (c) => new RArray([path.posix.dirname(str(c.args[0] ?? '')), path.posix.basename(str(c.args[0] ?? ''))]),
    'exist?': probe('exists'), 'exists?': probe('exists'), 'file?': probe('exists'), 'readable?': probe('exists'),
    'executable?': probe('exists'), 'size?': probe('exists'), 'symlink?': probe('exists'), 'writable?': probe('exists'),
    // A named pipe or socket is made by a running daemon (runsv's supervise/ok), never by a resource: the run's file system answers.
    'pipe?': probe('exists'), 'socket?': probe('exists'),
    'directory?': probe('dir'),
    read: fileRead('File.read'), readlines: fileReadlines('File.readlines'), open: hostRead('File.open'), foreach: fileForeach('File.foreach'),
    binread: fileRead('File.binread'),
    write: hostRead('File.write'), stat: hostRead('File.stat'), mtime: hostRead('File.mtime'), readlink: hostRead('File.readlink'), size: hostRead('File.size'),
    'zero?': hostRead('File.zero?'), realpath: hostRead('File.realpath'),
    // A path that does not exist is not empty (File.empty? is false); one that does has a size only the node knows.
    'empty?': (c) => { const p = c.args[0] ?? null; if (p instanceof Unknown) return p; return c.interp.fs.exists(str(p)) ? c.interp.unknown('File.empty? reads the host file system', c.node) : false; },
  });
  // IO's class methods read files the way File's do (File inherits them from IO).
  singletons(defineModule(interp, 'IO', true), {
    read: fileRead('IO.read'), readlines: fileReadlines('IO.readlines'), foreach: fileForeach('IO.foreach'), binread: fileRead('IO.binread'),
    write: hostRead('IO.write'), binwrite: hostRead('IO.binwrite'),
  });
  file.constants.set('SEPARATOR', '/');
  file.constants.set('ALT_SEPARATOR', null);
  file.constants.set('PATH_SEPARATOR', ':');
  for (const [name, flag] of Object.entries(FNM_FLAGS)) file.constants.set(name, flag);
  const fnmatchOf: Native = (c) => {
    const [pattern, subject, flags] = [c.args[0] ?? null, c.args[1] ?? null, c.args[2] ?? 0];
    if (pattern instanceof Unknown) return pattern;
    if (subject instanceof Unknown) return subject;
    if (flags instanceof Unknown) return flags;
    return fnmatch(str(pattern), str(subject), typeof flags === 'number' ? flags : 0);
  };
  file.singletonMethods.set('fnmatch', fnmatchOf);
  file.singletonMethods.set('fnmatch?', fnmatchOf);
  defineModule(interp, 'FileTest').extends.push(file);
  singletons(defineModule(interp, 'FileTest'), {
    'exist?': probe('exists'), 'directory?': probe('dir'), 'file?': probe('exists'), 'symlink?': probe('exists'),
    'executable?': probe('exists'), 'readable?': probe('exists'), 'writable?': probe('exists'), 'size?': probe('exists'),
    'pipe?': probe('exists'), 'socket?': probe('exists'),
  });

  const dir = defineModule(interp, 'Dir', true);
  singletons(dir, {
    'exist?': probe('dir'), 'exists?': probe('dir'),
    glob: dirGlob('Dir.glob'), '[]': dirGlob('Dir[]'), entries: dirChildren('Dir.entries', true), children: dirChildren('Dir.children', false),
    pwd: (c) => c.interp.unknown('Dir.pwd is the host working directory', c.node), tmpdir: () => '/tmp',
    mktmpdir: (c) => c.interp.unknown('Dir.mktmpdir', c.node),
  });

  const env = defineModule(interp, 'ENV');
  const envRead: Native = (c) => c.interp.unknown(`ENV[${inspect(c.args[0] ?? null)}] is the host's environment`, c.node);
  singletons(env, { '[]': envRead, fetch: (c) => (c.args.length > 1 ? c.args[1]! : envRead(c)), 'key?': envRead, 'include?': envRead, to_h: envRead, to_hash: envRead, '[]=': (c) => c.args[1] ?? null });

  singletons(defineModule(interp, 'Hash', true), {
    new: (c) => { const h = new RHash(); if (c.block) h.defaultValue = c.block; else if (c.args[0] !== undefined && !(c.args[0] instanceof RHash && c.args.length === 1 && c.args[0].size === 0 && false)) h.defaultValue = c.args[0]; return h; },
    '[]': (c) => { const a = c.args[0]; if (a instanceof RHash) return RHash.from(a.entries()); if (a instanceof RArray) return RHash.from(a.items.map((p) => (p instanceof RArray ? [p.items[0] ?? null, p.items[1] ?? null] : [p, null]))); const h = new RHash(); for (let i = 0; i + 1 < c.args.length; i += 2) h.set(c.args[i]!, c.args[i + 1]!); return h; },
  });
  singletons(defineModule(interp, 'Array', true), {
    new: (c) => { const n = typeof c.args[0] === 'number' ? c.args[0] : 0; return new RArray(Array.from({ length: n }, (_x, i) => (c.block ? c.interp.callProc(c.block, [i], c.node) : c.args[1] ?? null))); },
    '[]': (c) => new RArray(c.args),
  });
  singletons(defineModule(interp, 'String', true), { new: (c) => str(c.args[0] ?? '') });
  // Range.new(a, b, exclusive = false) is the literal a..b (a...b); ends that cannot be compared are Ruby's ArgumentError.
  singletons(defineModule(interp, 'Range', true), {
    new: (c) => {
      const [from = null, to = null, exclusive = false] = c.args;
      const u = [from, to, exclusive].find((x): x is Unknown => x instanceof Unknown);
      if (u) return u;
      if (!(from instanceof RObject) && !(to instanceof RObject) && from !== null && to !== null && rCompare(from, to) === undefined) throw new RaiseSignal('ArgumentError', 'bad value for range', c.node.loc);
      return new RRange(from, to, isTruthy(exclusive));
    },
  });
  for (const n of ['Integer', 'Float', 'Symbol', 'NilClass', 'TrueClass', 'FalseClass', 'Numeric', 'Proc', 'Method', 'UnboundMethod', 'Range', 'Regexp', 'Object', 'BasicObject', 'Module', 'Class', 'Comparable', 'Enumerable', 'Kernel', 'Struct', 'OpenStruct', 'IO', 'Process', 'Socket', 'URI', 'Etc', 'Mash']) defineModule(interp, n, true);
  singletons(defineModule(interp, 'Regexp', true), {
    last_match: (c) => {
      const m = c.interp.lastMatch;
      if (!m || m instanceof Unknown) return m;
      return typeof c.args[0] === 'number' ? m[c.args[0]] ?? null : matchData(m);
    },
    escape: (c) => escapeRegex(str(c.args[0] ?? '')),
    quote: (c) => escapeRegex(str(c.args[0] ?? '')),
    new: (c) => {
      const src = c.args[0];
      if (src instanceof Unknown) return src;
      try {
        return regexpOf(src ?? null) ? src! : makeRegexp(str(src ?? ''), c.args[1] === true ? 'i' : '');
      } catch {
        return c.interp.unknown(`Regexp.new(${inspect(src ?? null)}) cannot be translated`, c.node, 'DEC0302');
      }
    },
    union: (c) => {
      const parts = c.args.flatMap((a) => (a instanceof RArray ? a.items : [a])).map((a) => regexpOf(a)?.source ?? escapeRegex(str(a)));
      return makeRegexp(parts.join('|'), '');
    },
  });
  interp.root.constants.set('RUBY_VERSION', '3.1.4');
  interp.root.constants.set('RUBY_PLATFORM', 'x86_64-linux');
  interp.root.constants.set('ARGV', new RArray([]));
  singletons(defineModule(interp, 'Time', true), { now: (c) => c.interp.unknown('Time.now is the time of the run', c.node), at: (c) => c.interp.unknown('Time.at', c.node) });
  singletons(defineModule(interp, 'SecureRandom'), { hex: (c) => c.interp.unknown('SecureRandom is random', c.node), uuid: (c) => c.interp.unknown('SecureRandom is random', c.node), base64: (c) => c.interp.unknown('SecureRandom is random', c.node), alphanumeric: (c) => c.interp.unknown('SecureRandom is random', c.node) });
  singletons(defineModule(interp, 'Etc'), { nprocessors: (c) => c.interp.unknown('Etc.nprocessors is the host CPU count', c.node), getlogin: () => 'root' });
  singletons(defineModule(interp, 'JSON'), {
    // A value with an Unknown inside is Unknown as a whole: its JSON text is not known.
    generate: (c) => { const d = rubyToData(c.args[0] ?? null); return unknownIn(d) ?? JSON.stringify(d); },
    pretty_generate: (c) => { const d = rubyToData(c.args[0] ?? null); return unknownIn(d) ?? JSON.stringify(d, null, 2); },
    parse: (c) => { const s = c.args[0]; if (typeof s !== 'string') return s ?? null; try { return dataToRuby(JSON.parse(s)); } catch { return c.interp.unknown('JSON.parse of invalid JSON', c.node); } },
  });
  singletons(defineModule(interp, 'Math'), { sqrt: (c) => new RFloat(Math.sqrt(Number(c.args[0] ?? 0))), log: (c) => new RFloat(Math.log(Number(c.args[0] ?? 0))) });
  for (const e of ['StandardError', 'RuntimeError', 'ArgumentError', 'TypeError', 'NameError', 'NoMethodError', 'KeyError', 'IOError', 'Errno::ENOENT', 'NotImplementedError', 'StopIteration', 'Exception']) defineModule(interp, e, true);

  registerUri(interp);
  registerShellwords(interp);
  registerOpenStruct(interp);
  registerStdlib(interp);
  registerSet(interp);
  registerStruct(interp);
  registerHostLibraries(interp);
  registerFileUtils(interp);
  registerIpAddr(interp);
  registerPathname(interp);
  registerAccounts(interp);

  registerGem(interp);
  void rCompare;
}
