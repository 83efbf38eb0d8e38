/** Escape processing and heredoc dedent for Ruby string literals. */

const SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', s: ' ', '0': '\0', e: '\x1b', a: '\x07', b: '\b', f: '\f', v: '\v' };

export function unescapeDouble(text: string): string {
  return text.replace(/\\(u\{[0-9a-fA-F ]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{1,2}|[0-7]{1,3}|\n|.)/gs, (_m, e: string) => {
    if (e === '\n') return '';
    // Past U+10FFFF is refused by the evaluator (invalidEscape); U+FFFD keeps this total for any other caller.
    if (e.startsWith('u{')) return e.slice(2, -1).trim().split(/\s+/).map((h) => { const cp = parseInt(h, 16); return cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd'; }).join('');
    if (e.startsWith('u') && e.length === 5) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (e.startsWith('x') && e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return SIMPLE[e] ?? e;
  });
}

/** Why Ruby's lexer refuses a `\u{…}` escape (a code point past U+10FFFF), or undefined when it is fine. */
export function invalidEscape(text: string): string | undefined {
  const m = /^\\u\{([0-9a-fA-F ]+)\}/.exec(text);
  if (!m) return undefined;
  const bad = m[1]!.trim().split(/\s+/).find((h) => !(parseInt(h, 16) <= 0x10ffff));
  return bad === undefined ? undefined : `invalid Unicode codepoint (too large): \\u{${bad}}`;
}

/** In single quotes only `\\` and `\'` are escapes. */
export function unescapeSingle(text: string): string {
  return text.replace(/\\([\\'])/g, '$1');
}

/** `<<~`: remove the smallest indentation of the non-blank lines. */
export function dedentSquiggly(text: string): string {
  const lines = text.split('\n');
  let min = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const indent = /^[ \t]*/.exec(line)![0].length;
    min = Math.min(min, indent);
  }
  if (!Number.isFinite(min) || min === 0) return text;
  return lines.map((l) => l.slice(Math.min(min, /^[ \t]*/.exec(l)![0].length))).join('\n');
}

/** Ruby's lexer reads a CR LF line end inside a literal as LF; a lone CR stays. */
export function crlfToLf(text: string): string {
  return text.replace(/\r\n/g, '\n');
}
