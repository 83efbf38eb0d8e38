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
  return erubisSourceMapped(template).source;
}

/**
 * One stretch of the generated source and where it came from. A verbatim
 * stretch is Ruby code copied from inside a tag, so offsets within it map
 * one to one; any other stretch (quoted text, `_buf << (`) maps to the start
 * of the template text or tag it was made from.
 */
export interface SourceSegment {
  readonly sourceOffset: number;
  readonly templateOffset: number;
  readonly verbatim: boolean;
}

export interface MappedSource {
  readonly source: string;
  /** In source order, each starting where the previous ends. */
  readonly segments: readonly SourceSegment[];
}

/** erubisSource, plus a map from source offsets back to the template (for diagnostics). */
export function erubisSourceMapped(template: string): MappedSource {
  const src = new SourceBuffer();
  src.push(`${BUFVAR} = '';`);
  convertInput(src, template);
  addPostamble(src);
  return { source: src.text(), segments: src.segments };
}

/** Collects the generated pieces and records, for each, the template offset it stands for. */
class SourceBuffer {
  private readonly pieces: string[] = [];
  readonly segments: SourceSegment[] = [];
  private length = 0;
  /** Template offset that generated (non-verbatim) pieces are attributed to. */
  origin = 0;

  push(...pieces: string[]): void {
    for (const piece of pieces) this.add(piece, this.origin, false);
  }

  /** Ruby code copied unchanged from the template at `templateOffset`. */
  pushCode(code: string, templateOffset: number): void {
    this.add(code, templateOffset, true);
  }

  endsWithNewline(): boolean {
    for (let i = this.pieces.length - 1; i >= 0; i--) {
      const piece = this.pieces[i]!;
      if (piece.length > 0) return piece.endsWith('\n');
    }
    return false;
  }

  text(): string {
    return this.pieces.join('');
  }

  private add(piece: string, templateOffset: number, verbatim: boolean): void {
    if (piece.length === 0) return;
    this.segments.push({ sourceOffset: this.length, templateOffset, verbatim });
    this.pieces.push(piece);
    this.length += piece.length;
  }
}

/** `Basic::Converter#convert_input`, step for step. */
function convertInput(src: SourceBuffer, input: string): void {
  let pos = 0;
  let isBol = true;
  for (const match of input.matchAll(TAG)) {
    const indicator = match[1];
    const code = match[2] ?? '';
    const tailch = match[3];
    let rspace: string | undefined = match[4];
    const start = match.index;
    const codeOffset = start + 2 + (indicator?.length ?? 0);
    let text = input.slice(pos, start);
    src.origin = pos;
    pos = start + match[0].length;
    const ch = indicator?.[0];
    let lspace: string | undefined;
    if (ch !== '=') ({ lspace, text } = detectSpacesAtBol(text, isBol));
    isBol = rspace !== undefined;
    if (text.length > 0) addText(src, text);
    src.origin = start;
    if (ch === '=') {
      // `-%>` or `=%>` after an expression swallows the newline it matched.
      if (tailch) rspace = undefined;
      if (lspace !== undefined) addText(src, lspace);
      addExpr(src, code, codeOffset, indicator!);
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
        // Ruby's add_stmt("#{lspace}#{code}#{rspace}"): rspace always ends in
        // a newline, so no `;` follows; the code is pushed apart to map it.
        src.push(lspace);
        src.pushCode(code, codeOffset);
        src.push(rspace);
      } else {
        if (lspace !== undefined) addText(src, lspace);
        addStmt(src, code, codeOffset);
        if (rspace !== undefined) addText(src, rspace);
      }
    }
  }
  src.origin = pos;
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
function addExpr(src: SourceBuffer, code: string, codeOffset: number, indicator: string): void {
  switch (indicator) {
    case '=':
      src.push(` ${BUFVAR} << (`);
      src.pushCode(code, codeOffset);
      src.push(').to_s;');
      return;
    case '==':
      src.push(` ${BUFVAR} << ${ESCAPE_FUNC}(`);
      src.pushCode(code, codeOffset);
      src.push(');');
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
function addExprDebug(src: SourceBuffer, code: string): void {
  const stripped = rubyStrip(code);
  const dumped = rubyDumpBinary(stripped);
  src.push(' $stderr.puts("*** debug: ', dumped, '=#{(', stripped, ').inspect}");');
}

/** `RubyGenerator#add_text`: single-quoted, with `'` and `\` escaped; empty text adds nothing. */
function addText(src: SourceBuffer, text: string): void {
  if (text.length === 0) return;
  src.push(` ${BUFVAR} << '`, text.replace(/['\\]/g, '\\$&'), "';");
}

/** `RubyGenerator#add_stmt`: code, then `;` unless it already ends a line. */
function addStmt(src: SourceBuffer, code: string, codeOffset?: number): void {
  if (codeOffset === undefined) src.push(code);
  else src.pushCode(code, codeOffset);
  if (!code.endsWith('\n')) src.push(';');
}

/** `StringBufferEnhancer#add_postamble`. */
function addPostamble(src: SourceBuffer): void {
  if (!src.endsWithNewline()) src.push('\n');
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
