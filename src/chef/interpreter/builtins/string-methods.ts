/** String methods cookbooks use. Strings are immutable values; bang methods return the new string (the interpreter rebinds the receiver). */
import { RArray, RFloat, RHash, RObject, Unknown, sym, type RubyValue } from '../../values.js';
import { MAX_STRING_LENGTH } from './size-budget.js';
import { NOT_FOUND, type Call, type Found } from '../runtime.js';
import { escapeRegex, globalOf, regexpOf, rubyGroups, rubyReplacement } from '../regexp.js';
import { inspectString, toS } from '../ruby-text.js';
import { sprintfValue, formatArgs } from '../sprintf.js';
import { rCompare, rEquals } from '../value-ops.js';
import { int, str, yieldBlock } from './helpers.js';
import { shellEscape, shellSplit } from '../core-shellwords.js';
import { versionCompare } from '../core-gem.js';

/**
 * A string compared with a number or a Gem::Version: plain Ruby raises there, so the string is one of Chef's
 * VersionStrings (Chef::VERSION, node['platform_version']), which compare as Gem::Version does
 * (`Chef::VERSION >= 18`, `Chef::VERSION >= Gem::Version.new('18.7.10')`).
 */
function asVersionString(s: string, other: RubyValue): number | undefined {
  if (typeof other === 'number') return versionCompare(s, String(other));
  if (other instanceof RFloat) return versionCompare(s, String(other.value));
  if (other instanceof RObject && other.className === 'Gem::Version') return versionCompare(s, str(other.ivars.get('@version') ?? ''));
  return undefined;
}

function toRegex(c: Call, pattern: RubyValue): RegExp {
  const re = regexpOf(pattern);
  if (re) return re.js;
  return new RegExp(escapeRegex(str(pattern)), 'm');
}

function sub(c: Call, s: string, global: boolean): RubyValue {
  const [pattern, replacement] = c.args;
  if (pattern === undefined) return s;
  const re = global ? globalOf(toRegex(c, pattern)) : toRegex(c, pattern);
  let unknown: Unknown | undefined;
  const out = s.replace(re, (...m: unknown[]) => {
    const groupsObj = typeof m[m.length - 1] === 'object' ? (m[m.length - 1] as Record<string, string>) : undefined;
    const numbered = m.slice(0, groupsObj ? -3 : -2) as string[];
    const match = Object.assign([...numbered], { groups: groupsObj, index: 0, input: s }) as unknown as RegExpExecArray;
    if (replacement instanceof RHash) return toS(replacement.get(numbered[0]!) ?? null);
    if (replacement === undefined && c.block) {
      c.interp.lastMatch = match;
      const r = yieldBlock(c, numbered[0]!);
      if (r instanceof Unknown) {
        unknown ??= r;
        return '';
      }
      return toS(r);
    }
    return rubyReplacement(str(replacement ?? ''), match);
  });
  return unknown ?? out;
}

export function stringMethod(c: Call, s: string): Found {
  const a = c.args;
  // A String method's result follows from the string and its arguments: with an argument unknown, so is the result
  // (`text.concat(u)`, `line.split(u)`), never the text of its marker spliced in.
  const unknownArg = a.find((x): x is Unknown => x instanceof Unknown);
  if (unknownArg && c.name !== 'match' && c.name !== '=~') return unknownArg;
  switch (c.name) {
    case 'to_s': case 'to_str': case 'dup': case 'clone': case 'freeze': case '+@': case 'itself': case 'b': case 'scrub': case 'force_encoding': case 'encode': return s;
    case 'to_sym': case 'intern': return sym(s);
    case 'to_i': { const m = /^\s*[-+]?\d[\d_]*/.exec(s); return m ? parseInt(m[0].replace(/_/g, ''), a[0] ? int(a[0]) : 10) : 0; }
    case 'to_f': { const m = /^\s*[-+]?\d[\d_]*(\.\d+)?([eE][-+]?\d+)?/.exec(s); return new RFloat(m ? Number(m[0].replace(/_/g, '')) : 0); }
    case 'inspect': case 'dump': return inspectString(s);
    case 'length': case 'size': return codePoints(s);
    case 'bytesize': return Buffer.byteLength(s);
    case 'upcase': return s.toUpperCase();
    case 'downcase': return s.toLowerCase();
    case 'capitalize': return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
    case 'swapcase': return [...s].map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase())).join('');
    case 'strip': return s.replace(/^[\s\0]+|[\s\0]+$/g, '');
    case 'lstrip': return s.replace(/^\s+/, '');
    case 'rstrip': return s.replace(/[\s\0]+$/, '');
    case 'chomp': return a[0] !== undefined ? (s.endsWith(str(a[0])) ? s.slice(0, -str(a[0]).length) : s) : s.replace(/\r?\n$|\r$/, '');
    case 'chop': return s.slice(0, -1);
    case 'chr': return s.slice(0, 1);
    case 'reverse': return [...s].reverse().join('');
    case 'squeeze': return s.replace(/(.)\1+/g, '$1');
    case 'shellescape': return shellEscape(s);
    case 'shellsplit': case 'shellwords': return shellSplit(s, c.node);
    case 'empty?': return s.length === 0;
    case 'nil?': return false;
    case 'split': {
      let parts: string[];
      const limit = a[1] !== undefined ? int(a[1]) : 0;
      if (a[0] === undefined || a[0] === null || a[0] === ' ') parts = s.trim() === '' ? [] : s.trim().split(/\s+/);
      else if (regexpOf(a[0])) parts = s.split(regexpOf(a[0])!.js);
      else parts = s.split(str(a[0]));
      if (limit > 0 && parts.length > limit) {
        const sep = typeof a[0] === 'string' && a[0] !== ' ' ? a[0] : ' ';
        parts = [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(sep)];
      }
      if (limit === 0) while (parts.length && parts[parts.length - 1] === '') parts.pop();
      return new RArray(parts);
    }
    case 'lines': return new RArray(s.split(/(?<=\n)/).filter((x) => x !== ''));
    case 'chars': return new RArray([...s]);
    case 'bytes': return new RArray([...Buffer.from(s)]);
    case 'each_line': case 'each_char': {
      const items = c.name === 'each_line' ? s.split(/(?<=\n)/).filter((x) => x !== '') : [...s];
      if (!c.block) return new RArray(items);
      for (const x of items) yieldBlock(c, x);
      return s;
    }
    case 'start_with?': return a.some((p) => (regexpOf(p) ? new RegExp(`^(?:${regexpOf(p)!.js.source})`).test(s) : s.startsWith(str(p))));
    case 'end_with?': return a.some((p) => s.endsWith(str(p)));
    case 'include?': return s.includes(str(a[0] ?? ''));
    case 'index': { const i = regexpOf(a[0] ?? null) ? s.search(regexpOf(a[0]!)!.js) : s.indexOf(str(a[0] ?? ''), a[1] !== undefined ? int(a[1]) : 0); return i < 0 ? null : i; }
    case 'rindex': { const i = s.lastIndexOf(str(a[0] ?? '')); return i < 0 ? null : i; }
    case 'sub': return sub(c, s, false);
    case 'gsub': return sub(c, s, true);
    case 'tr': case 'delete': {
      const from = str(a[0] ?? '');
      const to = c.name === 'tr' ? str(a[1] ?? '') : '';
      const expand = (x: string) => x.replace(/(.)-(.)/g, (_m, p: string, q: string) => { let r = ''; for (let i = p.charCodeAt(0); i <= q.charCodeAt(0); i++) r += String.fromCharCode(i); return r; });
      const f = expand(from.replace(/^\^/, ''));
      const t = expand(to);
      const negate = from.startsWith('^');
      return [...s].map((ch) => {
        const i = f.indexOf(ch);
        if ((i >= 0) !== negate) return c.name === 'delete' ? '' : negate ? t[t.length - 1] ?? '' : t[Math.min(i, t.length - 1)] ?? '';
        return ch;
      }).join('');
    }
    case 'match': case 'match?': case '=~': {
      // An unknown pattern (one refused as untranslatable or risky) must not be matched as the text of its reason.
      if (a[0] instanceof Unknown) {
        if (c.name !== 'match?') c.interp.lastMatch = a[0];
        return a[0];
      }
      const re = toRegex(c, a[0] ?? '');
      const m = new RegExp(re.source, re.flags.replace('g', '')).exec(s);
      if (c.name === 'match?') return m !== null;
      c.interp.lastMatch = m;
      if (c.name === '=~') return m ? m.index : null;
      return m ? matchData(m) : null;
    }
    case 'scan': {
      const re = globalOf(toRegex(c, a[0] ?? ''));
      const out: RubyValue[] = [];
      for (const m of s.matchAll(re)) out.push(m.length > 1 ? new RArray(m.slice(1).map((x) => x ?? null)) : m[0]);
      if (c.block) { for (const x of out) yieldBlock(c, x); return s; }
      return new RArray(out);
    }
    case '+': return a[0] instanceof Unknown ? a[0] : s + str(a[0] ?? '');
    // Refused before allocating: callBuiltin's size check comes after the result exists.
    case '*': return s.length * int(a[0] ?? 0) > MAX_STRING_LENGTH ? c.interp.unknown(`value too large: String#* would make ${s.length * int(a[0] ?? 0)} characters`, c.node, 'DEC0311', 'error') : s.repeat(int(a[0] ?? 0));
    case '%': return sprintfValue(s, formatArgs(a[0] ?? null));
    case '==': case 'eql?': case '===': return rEquals(s, a[0] ?? null);
    case '<=>': return rCompare(s, a[0] ?? null) ?? asVersionString(s, a[0] ?? null) ?? null;
    case '<': case '>': case '<=': case '>=': {
      const r = rCompare(s, a[0] ?? null) ?? asVersionString(s, a[0] ?? null);
      if (r === undefined) return NOT_FOUND;
      return c.name === '<' ? r < 0 : c.name === '>' ? r > 0 : c.name === '<=' ? r <= 0 : r >= 0;
    }
    case '[]': case 'slice': {
      const i = a[0];
      if (typeof i === 'number') {
        const chars = [...s];
        const start = i < 0 ? chars.length + i : i;
        if (a[1] !== undefined) return start > chars.length ? null : chars.slice(start, start + int(a[1])).join('');
        return chars[start] ?? null;
      }
      if (typeof i === 'string') return s.includes(i) ? i : null;
      const re = regexpOf(i ?? null);
      if (re) { const m = new RegExp(re.js.source, re.js.flags.replace('g', '')).exec(s); return m ? m[a[1] !== undefined ? int(a[1]) : 0] ?? null : null; }
      const r = i as unknown as { begin: RubyValue; end: RubyValue; exclusive: boolean } | undefined;
      if (r && 'exclusive' in r) {
        const b = int(r.begin);
        const e = r.end === null ? s.length : int(r.end) < 0 ? s.length + int(r.end) : int(r.end);
        return s.slice(b < 0 ? s.length + b : b, r.exclusive ? e : e + 1);
      }
      return NOT_FOUND;
    }
    case 'center': return s.length >= int(a[0] ?? 0) ? s : s.padStart(Math.floor((int(a[0]!) + s.length) / 2), str(a[1] ?? ' ')).padEnd(int(a[0]!), str(a[1] ?? ' '));
    case 'ljust': return s.padEnd(int(a[0] ?? 0), str(a[1] ?? ' '));
    case 'rjust': return s.padStart(int(a[0] ?? 0), str(a[1] ?? ' '));
    case 'hash': return s.length;
    case 'count': return [...s].filter((ch) => str(a[0] ?? '').includes(ch)).length;
    case 'hex': return parseInt(s, 16) || 0;
    case 'oct': return parseInt(s, 8) || 0;
    case 'ord': return s.codePointAt(0) ?? 0;
    case 'succ': case 'next': return succ(s);
    case 'unpack1': case 'unpack': return NOT_FOUND;
    case 'concat': case '<<': return s + a.map(str).join('');
    case 'replace': return str(a[0] ?? '');
    case 'prepend': return a.map(str).join('') + s;
    case 'insert': { const i = int(a[0] ?? 0); const at = i < 0 ? s.length + i + 1 : i; return s.slice(0, at) + str(a[1] ?? '') + s.slice(at); }
    case 'casecmp': return Math.sign(s.toLowerCase().localeCompare(str(a[0] ?? '').toLowerCase()));
    case 'casecmp?': return s.toLowerCase() === str(a[0] ?? '').toLowerCase();
    case 'delete_prefix': return s.startsWith(str(a[0] ?? '')) ? s.slice(str(a[0]!).length) : s;
    case 'delete_suffix': return s.endsWith(str(a[0] ?? '')) && str(a[0]!).length > 0 ? s.slice(0, -str(a[0]!).length) : s;
    case 'unicode_normalize': return s.normalize();
    default: return NOT_FOUND;
  }
}

export function matchData(m: RegExpExecArray): RubyValue {
  const h = new RHash();
  // MatchData is modelled as an array of groups plus named captures: `m[1]`, `m[:name]`, `m.captures`.
  const arr = new RArray([...m].map((x) => x ?? null));
  for (const [k, v] of Object.entries(rubyGroups(m.groups) ?? {})) h.set(k, v ?? null);
  (arr as RArray & { named?: RHash }).named = h;
  return arr;
}

/** Ruby's String#succ for alphanumerics: the rightmost alnum increments, carrying left. */
function succ(s: string): string {
  const chars = [...s];
  let i = chars.length - 1;
  while (i >= 0 && !/[a-zA-Z0-9]/.test(chars[i]!)) i--;
  if (i < 0) return s;
  for (;;) {
    const ch = chars[i]!;
    if (ch === 'z' || ch === 'Z' || ch === '9') {
      chars[i] = ch === 'z' ? 'a' : ch === 'Z' ? 'A' : '0';
      let j = i - 1;
      while (j >= 0 && !/[a-zA-Z0-9]/.test(chars[j]!)) j--;
      if (j < 0) {
        chars.splice(i, 0, ch === 'z' ? 'a' : ch === 'Z' ? 'A' : '1');
        return chars.join('');
      }
      i = j;
      continue;
    }
    chars[i] = String.fromCharCode(ch.charCodeAt(0) + 1);
    return chars.join('');
  }
}

/** Ruby's String#length counts characters: a UTF-16 surrogate pair is one. Counted without copying the string. */
function codePoints(s: string): number {
  let pairs = 0;
  for (const _ of s.matchAll(SURROGATE_PAIR)) pairs++;
  return s.length - pairs;
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
