/** Ruby Regexp values, translated to JS RegExp for the syntax cookbooks use. */
import { RObject, type RubyValue } from '../values.js';

export class RegexpInternal {
  readonly displayName: string;
  constructor(
    readonly source: string,
    readonly flags: string,
    readonly js: RegExp,
  ) {
    this.displayName = `/${source}/${flags}`;
  }
}

const POSIX: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z',
  space: '\\s', xdigit: '0-9a-fA-F', punct: '!-\\/:-@\\[-`{-~', word: '\\w', blank: ' \\t', cntrl: '\\x00-\\x1f',
  print: '\\x20-\\x7e', graph: '\\x21-\\x7e',
};

/** Translate Ruby regex source to JS; throws (caught by the caller) where JS cannot express it. */
export function translateRegex(source: string, flags: string): RegExp {
  let s = source;
  if (flags.includes('x')) s = stripExtended(s);
  s = s
    .replace(/\[\[:(\w+):\]\]/g, (_m, n: string) => `[${POSIX[n] ?? n}]`)
    .replace(/\[:(\w+):\]/g, (_m, n: string) => POSIX[n] ?? n)
    .replace(/\\A/g, '(?<![\\s\\S])')
    .replace(/\\z/g, '(?![\\s\\S])')
    .replace(/\\Z/g, '(?=\\n?(?![\\s\\S]))')
    .replace(/\\h/g, '[0-9a-fA-F]')
    .replace(/\(\?<(\w+)>/g, '(?<$1>');
  // Ruby's ^ and $ are always line anchors; its /m is JS's /s.
  let js = 'm';
  if (flags.includes('i')) js += 'i';
  if (flags.includes('m')) js += 's';
  return new RegExp(s, js);
}

function stripExtended(s: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\') {
      out += ch + (s[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    if (ch === ']') inClass = false;
    if (!inClass && /\s/.test(ch)) continue;
    if (!inClass && ch === '#') {
      while (i < s.length && s[i] !== '\n') i++;
      continue;
    }
    out += ch;
  }
  return out;
}

export function makeRegexp(source: string, flags: string): RObject {
  return new RObject('Regexp', new RegexpInternal(source, flags, translateRegex(source, flags)));
}

export function regexpOf(v: RubyValue): RegexpInternal | undefined {
  return v instanceof RObject && v.internal instanceof RegexpInternal ? v.internal : undefined;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/ /g, '\\ ');
}

/** A fresh global copy, so matchAll/replace can walk without sharing lastIndex state. */
export function globalOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
}

/** Ruby replacement strings use \1, \k<name>, \0 and \\; JS uses $1. */
export function rubyReplacement(repl: string, m: RegExpExecArray | RegExpMatchArray): string {
  return repl.replace(/\\(\d|k<(\w+)>|&|\\)/g, (_all, g: string, named: string | undefined) => {
    if (named) return m.groups?.[named] ?? '';
    if (g === '\\') return '\\';
    if (g === '&' || g === '0') return m[0] ?? '';
    return m[Number(g)] ?? '';
  });
}
