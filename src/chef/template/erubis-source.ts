/**
 * The Ruby source Erubis 2.7.0 generates for a template, byte for byte.
 *
 * Chef renders every template with `Erubis::Eruby.new(template, options)`
 * and default options (lib/chef/mixin/template.rb, `_render_template`), so
 * this reproduces, from Debian's ruby-erubis (/usr/lib/ruby/vendor_ruby/erubis/):
 * - converter.rb: `Basic::Converter#convert_input` (its regexp, trim rules and
 *   `detect_spaces_at_bol`), `Converter#convert`, `add_expr`;
 * - engine/eruby.rb: `RubyGenerator` (`escape_text`, `add_text`, `add_stmt`,
 *   `add_expr_literal`, `add_expr_escaped`, `add_expr_debug`);
 * - enhancer.rb: `StringBufferEnhancer` (`add_preamble`, `add_postamble`).
 *
 * Erubis finds tags with a regexp, not a parser: an unterminated `<%` is plain
 * text to it, and so it is here. Syntax diagnostics come separately, from
 * erb-syntax.ts, so they never change what Chef would render.
 */

const BUFVAR = '_buf';
const ESCAPE_FUNC = 'Erubis::XmlHelper.escape_xml';

/**
 * Erubis's DEFAULT_REGEXP, `/<%(=+|-|\#|%)?(.*?)([-=])?%>([ \t]*\r?\n)?/m`.
 * Ruby's `/m` lets `.` cross newlines, hence `[\s\S]`; both engines backtrack
 * alike, so the lazy body and optional tail pick the same split.
 */
const TAG = /<%(=+|-|#|%)?([\s\S]*?)([-=])?%>([ \t]*\r?\n)?/g;

export function erubisSource(template: string): string {
  const src: string[] = [];
  src.push(`${BUFVAR} = '';`);
  convertInput(src, template);
  addPostamble(src);
  return src.join('');
}

/** `Basic::Converter#convert_input`, step for step. */
function convertInput(src: string[], input: string): void {
  let pos = 0;
  let isBol = true;
  for (const match of input.matchAll(TAG)) {
    const indicator = match[1];
    const code = match[2] ?? '';
    const tailch = match[3];
    let rspace: string | undefined = match[4];
    const start = match.index;
    let text = input.slice(pos, start);
    pos = start + match[0].length;
    const ch = indicator?.[0];
    let lspace: string | undefined;
    if (ch !== '=') ({ lspace, text } = detectSpacesAtBol(text, isBol));
    isBol = rspace !== undefined;
    if (text.length > 0) addText(src, text);
    if (ch === '=') {
      // `-%>` or `=%>` after an expression swallows the newline it matched.
      if (tailch) rspace = undefined;
      if (lspace !== undefined) addText(src, lspace);
      addExpr(src, code, indicator!);
      if (rspace !== undefined) addText(src, rspace);
    } else if (ch === '#') {
      // A comment keeps its newlines as bare statements so line numbers hold.
      const n = countNewlines(code) + (rspace !== undefined ? 1 : 0);
      if (lspace !== undefined && rspace !== undefined) {
        addStmt(src, '\n'.repeat(n));
      } else {
        if (lspace !== undefined) addText(src, lspace);
        addStmt(src, '\n'.repeat(n));
        if (rspace !== undefined) addText(src, rspace);
      }
    } else if (ch === '%') {
      addText(src, `${lspace ?? ''}<%${code}${tailch ?? ''}%>${rspace ?? ''}`);
    } else {
      // `<% %>` and `<%- %>`: a tag alone on its line takes the line with it.
      if (lspace !== undefined && rspace !== undefined) {
        addStmt(src, `${lspace}${code}${rspace}`);
      } else {
        if (lspace !== undefined) addText(src, lspace);
        addStmt(src, code);
        if (rspace !== undefined) addText(src, rspace);
      }
    }
  }
  addText(src, input.slice(pos));
}

/**
 * `Converter#detect_spaces_at_bol`: when only spaces/tabs stand between the
 * start of the line and the tag, they are cut from `text` and returned as
 * `lspace` (Ruby mutates `text` in place; here the new text is returned).
 */
function detectSpacesAtBol(text: string, isBol: boolean): { lspace: string | undefined; text: string } {
  if (text.length === 0) return { lspace: isBol ? '' : undefined, text };
  if (text.endsWith('\n')) return { lspace: '', text };
  const rindex = text.lastIndexOf('\n');
  if (rindex >= 0) {
    const tail = text.slice(rindex + 1);
    if (/^[ \t]*$/.test(tail)) return { lspace: tail, text: text.slice(0, rindex + 1) };
    return { lspace: undefined, text };
  }
  if (isBol && /^[ \t]*$/.test(text)) return { lspace: text, text: '' };
  return { lspace: undefined, text };
}

/** `Basic::Converter#add_expr` with `@escape` unset: `=` literal, `==` escaped, `===` debug; longer runs emit nothing. */
function addExpr(src: string[], code: string, indicator: string): void {
  switch (indicator) {
    case '=':
      src.push(` ${BUFVAR} << (`, code, ').to_s;');
      return;
    case '==':
      src.push(` ${BUFVAR} << `, `${ESCAPE_FUNC}(${code})`, ';');
      return;
    case '===':
      addExprDebug(src, code);
      return;
    default:
      // Erubis's `case` has no else: `<%==== x %>` generates no code at all.
      return;
  }
}

/** `RubyGenerator#add_expr_debug`: the stripped code, `String#dump`ed, then inspected at run time. */
function addExprDebug(src: string[], code: string): void {
  const stripped = rubyStrip(code);
  const dumped = rubyDumpBinary(stripped);
  src.push(' $stderr.puts("*** debug: ', dumped, '=#{(', stripped, ').inspect}");');
}

/** `RubyGenerator#add_text`: single-quoted, with `'` and `\` escaped; empty text adds nothing. */
function addText(src: string[], text: string): void {
  if (text.length === 0) return;
  src.push(` ${BUFVAR} << '`, text.replace(/['\\]/g, '\\$&'), "';");
}

/** `RubyGenerator#add_stmt`: code, then `;` unless it already ends a line. */
function addStmt(src: string[], code: string): void {
  src.push(code);
  if (!code.endsWith('\n')) src.push(';');
}

/** `StringBufferEnhancer#add_postamble`. */
function addPostamble(src: string[]): void {
  let i = src.length - 1;
  while (i >= 0 && src[i]!.length === 0) i--;
  if (i < 0 || !src[i]!.endsWith('\n')) src.push('\n');
  src.push(`${BUFVAR}.to_s\n`);
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/** Ruby 3.1 `String#strip`: whitespace and NUL from both ends. */
function rubyStrip(s: string): string {
  return s.replace(/^[\0\t\n\v\f\r ]+/, '').replace(/[\0\t\n\v\f\r ]+$/, '');
}

const DUMP_ESCAPES: Readonly<Record<number, string>> = {
  0x22: '\\"',
  0x5c: '\\\\',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0c: '\\f',
  0x0b: '\\v',
  0x08: '\\b',
  0x07: '\\a',
  0x1b: '\\e',
};

/**
 * The inside of Ruby's `String#dump` for a binary (ASCII-8BIT) string, which
 * is what Chef passes: it reads templates with `IO.binread`. Non-ASCII bytes
 * of the UTF-8 text therefore dump as `\xHH`.
 */
function rubyDumpBinary(s: string): string {
  const bytes = Buffer.from(s, 'utf8');
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const esc = DUMP_ESCAPES[b];
    if (esc !== undefined) out += esc;
    else if (b === 0x23 && i + 1 < bytes.length && [0x24, 0x40, 0x7b].includes(bytes[i + 1]!)) out += '\\#';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
