/**
 * Syntax diagnostics for an ERB template, as locations in the template.
 *
 * Two checks, neither of which changes what is rendered (erubis-source.ts
 * alone decides that, as Erubis's regexp does in Chef):
 * - the tag structure, from the tree-sitter embedded-template grammar: an
 *   unterminated `<%`, `<%=` or `<%#` is plain text to Erubis, so Chef would
 *   write it into the file verbatim — almost never what the author meant;
 * - the Ruby that Erubis generates, from the tree-sitter Ruby grammar: a
 *   syntax error there makes Chef fail the template resource at converge.
 *
 * `initParsers()` must have been awaited, as for parseErb/parseRuby.
 */
import { locationOf, parseErb, parseRuby, type FileRef, type ParsedFile, type ParseOptions, type SyntaxNode } from '../../ruby/parser.js';
import { error, warning } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { SourceLocation } from '../../model/source.js';
import { erubisSourceMapped } from './erubis-source.js';
import { lineColumnAt, templateOffsetAt } from './template-location.js';

const MAX_DIAGNOSTICS = 20;

/** The Ruby Erubis generates for a template, parsed: rendering parses it anyway, and a large template should be parsed once. */
export interface GeneratedRuby {
  readonly mapped: ReturnType<typeof erubisSourceMapped>;
  readonly parsed: ParsedFile;
}

export function generatedRuby(text: string, ref: FileRef, options: ParseOptions = {}): GeneratedRuby {
  const mapped = erubisSourceMapped(text);
  return { mapped, parsed: parseRuby(mapped.source, ref, options) };
}

export function templateSyntaxDiagnostics(text: string, ref: FileRef, generated: GeneratedRuby = generatedRuby(text, ref)): Diagnostic[] {
  return [...tagDiagnostics(text, ref), ...rubyDiagnostics(text, ref, generated)].slice(0, MAX_DIAGNOSTICS);
}

function tagDiagnostics(text: string, ref: FileRef): Diagnostic[] {
  const root = parseErb(text, ref).tree.rootNode;
  if (!root.hasError) return [];
  const out: Diagnostic[] = [];
  const walk = (node: SyntaxNode): void => {
    if (out.length >= MAX_DIAGNOSTICS) return;
    if (node.type === 'ERROR') {
      out.push(
        error('DEC0101', `ERB syntax error near ${snippet(node.text)}`, locationOf(node, ref)),
      );
      return;
    }
    if (node.children.some((child) => child?.isMissing && child.type === '%>')) {
      const opener = node.firstChild?.type ?? '<%';
      out.push(
        warning(
          'DEC0101',
          `unterminated ERB tag ${JSON.stringify(opener)}: Erubis (and so Chef) renders it and the text after it literally`,
          locationOf(node, ref),
          'close the tag with %>',
        ),
      );
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) if (child) walk(child);
  };
  walk(root);
  return out;
}

function rubyDiagnostics(text: string, ref: FileRef, { mapped, parsed }: GeneratedRuby): Diagnostic[] {
  // Too large or too slow to parse: said at the template, which then renders nothing.
  const refused = parsed.diagnostics.filter((d) => d.code === 'DEC0102' || d.code === 'DEC0206');
  if (refused.length) return refused;
  const root = parsed.tree.rootNode;
  if (!root.hasError) return [];
  const out: Diagnostic[] = [];
  const at = (node: SyntaxNode): { location: SourceLocation; near: string } => {
    const offset = templateOffsetAt(mapped, node.startIndex);
    const { line, column } = lineColumnAt(text, offset);
    const location: SourceLocation = {
      file: ref.file,
      line,
      column,
      ...(ref.cookbook !== undefined ? { cookbook: ref.cookbook } : {}),
      ...(ref.path !== undefined ? { path: ref.path } : {}),
    };
    // Quote the template, not the generated code the user never wrote.
    return { location, near: snippet(text.slice(offset)) };
  };
  const walk = (node: SyntaxNode): void => {
    if (out.length >= MAX_DIAGNOSTICS) return;
    if (node.isMissing) {
      const { location, near } = at(node);
      out.push(error('DEC0101', `Ruby syntax error in template code: missing ${JSON.stringify(node.type)} near ${near}`, location, RUBY_HINT));
      return;
    }
    if (node.type === 'ERROR') {
      const { location, near } = at(node);
      out.push(error('DEC0101', `Ruby syntax error in template code near ${near}`, location, RUBY_HINT));
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) if (child) walk(child);
  };
  walk(root);
  return out;
}

const RUBY_HINT = 'Chef would fail this template at converge; the location is where the tag\'s code went wrong';

function snippet(s: string): string {
  return JSON.stringify(s.split('\n')[0]!.slice(0, 40));
}
