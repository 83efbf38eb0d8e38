/** String, heredoc and regexp literals, interpolation, and the globals a match sets (`$1`, `$~`). */
import { RObject, Unknown, type RubyValue } from '../values.js';
import { nodeText, type Ast } from './ast.js';
import { instanceClass, type Scope } from './runtime.js';
import { makeRegexp, nestedQuantifier } from './regexp.js';
import { MAX_STRING_LENGTH } from './builtins/size-budget.js';
import { inspect, toS } from './ruby-text.js';
import { crlfToLf, invalidEscape, unescapeDouble, unescapeSingle, dedentSquiggly } from '../../ruby/string-literals.js';
import type { Evaluator } from './evaluator.js';
import { unknownText } from './unknown-text.js';
import { WORK_PER_STEP } from './work-budget.js';

export function evalString(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  // A literal without interpolation is the same text every time: a loop over a megabyte literal must not re-read it.
  if (n.cache instanceof LiteralText) return n.cache.text;
  const interpolated = n.children.some((c) => c.type === 'interpolation');
  const value = evalStringParts(interp, n, scope);
  if (typeof value === 'string') {
    if (!interpolated) n.cache = new LiteralText(value);
    else if (value.length >= WORK_PER_STEP) interp.countStep(n, Math.floor(value.length / WORK_PER_STEP));
  }
  return value;
}

function evalStringParts(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const single = n.open !== undefined && (n.open === "'" || /^%q/.test(n.open) || n.open === ":'");
  let out = '';
  let unknown: Unknown | undefined;
  // Text and unknown parts in order, once a part is unknown: the shape the result keeps (unknown-text.ts).
  const parts: (string | Unknown)[] = [];
  for (const c of n.children) {
    switch (c.type) {
      case 'string_content':
        // Ruby's lexer reads CR LF in a literal as LF (so Chef renders a CRLF template with LF).
        out += single ? unescapeSingle(crlfToLf(nodeText(c))) : crlfToLf(nodeText(c));
        break;
      case 'escape_sequence': {
        const bad = single ? undefined : invalidEscape(nodeText(c));
        if (bad) return interp.unknown(`syntax error: ${bad} in a string literal (Ruby refuses it)`, c, 'DEC0101', 'error');
        out += single ? unescapeSingle(nodeText(c)) : unescapeDouble(nodeText(c));
        break;
      }
      case 'interpolation': {
        const v = evalInterpolation(interp, c, scope);
        if (v instanceof Unknown) {
          if (interp.template) {
            out += inspect(v);
            interp.template.unknowns.push(v);
          } else {
            unknown ??= v;
            parts.push(out, v);
            out = '';
          }
        } else out += v;
        break;
      }
      default:
        out += nodeText(c);
    }
  }
  if (out.length > MAX_STRING_LENGTH) return interp.unknown(`value too large: an interpolated string of ${out.length} characters (over the budget of ${MAX_STRING_LENGTH})`, n, 'DEC0311', 'error');
  return unknown ? unknownText(unknown, [...parts, out]) : out;
}

function evalInterpolation(interp: Evaluator, c: Ast, scope: Scope): RubyValue {
  let v: RubyValue = null;
  for (const s of c.children) v = interp.eval(s, scope);
  if (v instanceof Unknown) return v;
  return toStr(interp, v, c);
}

/** `to_s` through user classes when they define it. */
export function toStr(interp: Evaluator, v: RubyValue, at: Ast): string | Unknown {
  if (v instanceof RObject && instanceClass(v)?.findMethod('to_s')) {
    const r = interp.send(v, 'to_s', [], null, at);
    return r instanceof Unknown ? r : toS(r);
  }
  return toS(v);
}

export function evalHeredoc(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const opener = nodeText(n);
  const body = n.heredoc;
  if (!body) return interp.unknown('heredoc body not found', n, 'DEC0302');
  const raw = /^<<[~-]?(['`])/.test(opener);
  const squiggly = opener.startsWith('<<~');
  // Interpolated values are spliced in after dedent, as Ruby dedents the literal text only.
  const parts: string[] = [];
  const values: RubyValue[] = [];
  for (const c of body.children) {
    if (c.type === 'heredoc_content') parts.push(crlfToLf(nodeText(c)));
    else if (c.type === 'escape_sequence') {
      const bad = raw ? undefined : invalidEscape(nodeText(c));
      if (bad) return interp.unknown(`syntax error: ${bad} in a heredoc (Ruby refuses it)`, c, 'DEC0101', 'error');
      parts.push(raw ? nodeText(c) : unescapeDouble(nodeText(c)));
    }
    else if (c.type === 'interpolation') {
      values.push(evalInterpolation(interp, c, scope));
      parts.push(`\u0000${values.length - 1}\u0000`);
    }
  }
  let text = parts.join('');
  if (text.startsWith('\n')) text = text.slice(1);
  // With <<- and <<~ the closing word may be indented; that indentation is not content.
  if (/^<<[~-]/.test(opener)) text = text.replace(/(^|\n)[ \t]+$/, '$1');
  if (squiggly) text = dedentSquiggly(text);
  let unknown: Unknown | undefined;
  text = text.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => {
    const v = values[Number(i)]!;
    if (v instanceof Unknown) {
      unknown ??= v;
      return '';
    }
    return toS(v);
  });
  return unknown ?? text;
}

export function evalRegex(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const closing = n.src.slice(n.start, n.end).match(/[a-z]*$/)?.[0] ?? '';
  let source = '';
  for (const c of n.children) {
    if (c.type === 'interpolation') {
      const v = evalInterpolation(interp, c, scope);
      if (v instanceof Unknown) return v;
      source += toS(v);
    } else source += nodeText(c);
  }
  try {
    const re = makeRegexp(source, closing);
    if (nestedQuantifier(source) && !interp.riskyRegexps.has(n)) {
      interp.riskyRegexps.add(n);
      interp.report('DEC0312', 'warning', `/${source}/ repeats a group that itself repeats: Ruby before 3.2 can take exponential time on a non-matching line (decant matches it in linear time)`, n.loc);
    }
    return re;
  } catch (e) {
    return interp.unknown(`regular expression /${source}/ cannot be translated${e instanceof Error ? ` (${e.message})` : ''}`, n, 'DEC0302');
  }
}
/** The value of a string literal without interpolation, kept on its node. */
class LiteralText {
  constructor(readonly text: string) {}
}
