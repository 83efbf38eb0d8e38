/**
 * The one reader for Ruby integer literals (as tree-sitter's `integer` node
 * gives them, or a sign in front): `1_000`, `0x1F`, `0b101`, `0o644`, `0644`
 * (a leading 0 is octal: file modes), `0d10`. The evaluator, the literal
 * reader and the InSpec reader all read integers through here.
 */

/** The grammar of a Ruby integer literal once `_` separators are removed: sign, then one of the four bases. */
const INTEGER = /^[-+]?(?:0x[0-9a-f]+|0b[01]+|0o?[0-7]+|0d\d+|[1-9]\d*|0)$/i;

/** Whether `text` is a Ruby integer literal (underscores allowed, `08` and `0x` are not). */
export function isRubyInteger(text: string): boolean {
  return INTEGER.test(text.replace(/_/g, ''));
}

/**
 * The value of a Ruby integer literal. Past Number.MAX_SAFE_INTEGER it is the
 * nearest double (Ruby's Bignum is not modelled; callers that must be exact
 * use readExactRubyInteger). NaN when `text` is not an integer literal
 * (`08`: Ruby refuses an 8 in an octal literal).
 */
export function parseRubyInteger(text: string): number {
  const t = text.replace(/_/g, '');
  if (!INTEGER.test(t)) return NaN;
  const sign = t.startsWith('-') ? -1 : 1;
  const u = t.replace(/^[-+]/, '').toLowerCase();
  if (u.startsWith('0x')) return sign * parseInt(u.slice(2), 16);
  if (u.startsWith('0b')) return sign * parseInt(u.slice(2), 2);
  if (u.startsWith('0o')) return sign * parseInt(u.slice(2), 8);
  if (u.startsWith('0d')) return sign * parseInt(u.slice(2), 10);
  if (u.length > 1 && u.startsWith('0')) return sign * parseInt(u.slice(1), 8);
  return sign * parseInt(u, 10);
}

/** The value when it is a literal a double holds exactly (a safe integer), otherwise undefined. */
export function readExactRubyInteger(text: string): number | undefined {
  const n = parseRubyInteger(text);
  return Number.isSafeInteger(n) ? n : undefined;
}
