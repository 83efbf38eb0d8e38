/** Ruby Regexp values, translated to JS RegExp for the syntax cookbooks use. */
import { setFlagsFromString } from 'node:v8';
import { RObject, type RubyValue } from '../values.js';

// A JS match cannot be interrupted, so /^(a+)+$/ on a long line would hang the run. With this flag V8
// switches a match that backtracks too much to its linear-time engine (as Ruby 3.2 memoizes); patterns
// that engine cannot run (lookaround, backreferences) are refused in translateRegex when they are risky.
setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
// V8 waits for 50,000 backtracks before it switches: 0.4 ms a match, and a loop matching such a pattern
// ran 46 s of CPU before its step budget ran out (fuzz seed 3 case 8771). The switch keeps the result.
setFlagsFromString('--regexp-backtracks-before-fallback=1000');

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
  s = renameDuplicateGroups(s);
  // Ruby's ^ and $ are always line anchors; its /m is JS's /s.
  let js = 'm';
  if (flags.includes('i')) js += 'i';
  if (flags.includes('m')) js += 's';
  if (nestedQuantifier(s) && /\(\?<?[=!]|\\[1-9]|\\k</.test(s)) {
    throw new Error('a repeated group that itself repeats, with lookaround or a backreference, can backtrack without end');
  }
  return new RegExp(s, js);
}

/** The suffix a repeated group name gets in the JS pattern; rubyGroups folds it back. */
const DUPLICATE = '__decant_dup';

/**
 * Ruby allows one name on several groups (`(?<type>local)|(?<type>\w+)`, one per alternative); Node 20's
 * RegExp does not. Every later group of a name gets a numbered alias, folded back by rubyGroups.
 */
function renameDuplicateGroups(s: string): string {
  const seen = new Map<string, number>();
  return s.replace(/(\\.)|\(\?<([A-Za-z_]\w*)>/g, (all, escaped: string | undefined, name: string | undefined) => {
    if (escaped || !name) return all;
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    return n === 0 ? all : `(?<${name}${DUPLICATE}${n}>`;
  });
}

/** A match's named captures as Ruby names them: of several groups with one name, the last that matched. */
export function rubyGroups(groups: Record<string, string | undefined> | undefined): Record<string, string | undefined> | undefined {
  if (!groups) return undefined;
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(groups)) {
    const i = k.indexOf(DUPLICATE);
    const name = i >= 0 ? k.slice(0, i) : k;
    if (!(name in out) || v !== undefined) out[name] = v ?? out[name];
  }
  return out;
}

/**
 * Whether a group holding an unbounded quantifier is itself repeated without
 * bound (`(a+)+`, `(?:\\w*x?)*`), unless a literal at the group's start or
 * end separates the repetitions (`(\\.\\d+)*`, `(\\w+\\/)+`), which cannot
 * backtrack exponentially.
 */
export function nestedQuantifier(s: string): boolean {
  const open: { inner: boolean; start: number }[] = [];
  let inner = false;
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') {
      open.push({ inner, start: i + 1 });
      inner = false;
    } else if (ch === ')') {
      const grouped: boolean = inner;
      const group = open.pop();
      inner = group?.inner ?? false;
      const repeated = /^(?:[+*]|\{\d*,\})/.test(s.slice(i + 1));
      if (grouped && repeated && !separated(s.slice(group?.start ?? 0, i))) return true;
      inner ||= grouped;
    } else if (ch === '+' || ch === '*' || (ch === '{' && /^\{\d*,\}/.test(s.slice(i)))) inner = true;
  }
  return false;
}

const LITERAL = String.raw`(?:\\[^dDwWsShHbBpPkK0-9]|[^\\[\](){}|.*+?^$])`;

/** A group body that starts or ends with a single literal character (no alternation). */
function separated(body: string): boolean {
  const b = body.replace(/^\?(?::|<\w+>)/, '');
  if (b.includes('|')) return false;
  return new RegExp(`^${LITERAL}(?![*+?{])`).test(b) || new RegExp(`(?<![\\\\])${LITERAL}$`).test(b);
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
    if (named) return rubyGroups(m.groups)?.[named] ?? '';
    if (g === '\\') return '\\';
    if (g === '&' || g === '0') return m[0] ?? '';
    return m[Number(g)] ?? '';
  });
}
