/**
 * The Ruby and ERB parsers (web-tree-sitter). Each grammar is loaded once per
 * process from the npm packages that ship its wasm (versions pinned in
 * package.json; see grammars/README.md), so a clean `npm ci` parses with no
 * download.
 */
import { createRequire } from 'node:module';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';

export type { Node as SyntaxNode, Tree as SyntaxTree } from 'web-tree-sitter';

const require = createRequire(import.meta.url);

let ready: Promise<void> | undefined;
let parsers: { ruby: Parser; erb: Parser } | undefined;

async function load(): Promise<void> {
  await Parser.init();
  const [rubyLang, erbLang] = await Promise.all([
    Language.load(require.resolve('tree-sitter-ruby/tree-sitter-ruby.wasm')),
    Language.load(require.resolve('tree-sitter-embedded-template/tree-sitter-embedded_template.wasm')),
  ]);
  const ruby = new Parser();
  ruby.setLanguage(rubyLang);
  const erb = new Parser();
  erb.setLanguage(erbLang);
  parsers = { ruby, erb };
}

/** Await once before any parse; later calls are free. */
export function initParsers(): Promise<void> {
  ready ??= load();
  return ready;
}

function loaded(): { ruby: Parser; erb: Parser } {
  if (!parsers) throw new Error('initParsers() must be awaited before parsing');
  return parsers;
}

/** Where a file's text came from, so syntax errors can name it. */
export interface FileRef {
  /** Display path (relative to the cookbook when `cookbook` is set). */
  readonly file: string;
  readonly cookbook?: string;
  /** Absolute path, for code frames. */
  readonly path?: string;
}

export interface ParsedFile {
  readonly ref: FileRef;
  readonly text: string;
  readonly tree: Tree;
  readonly diagnostics: readonly Diagnostic[];
}

/** Parse Ruby source. Synchronous once `initParsers()` has resolved. */
export function parseRuby(text: string, ref: FileRef): ParsedFile {
  const tree = loaded().ruby.parse(text);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${ref.file}`);
  return { ref, text, tree, diagnostics: syntaxDiagnostics(tree.rootNode, ref, 'Ruby') };
}

/** Parse an ERB template with the embedded-template grammar. */
export function parseErb(text: string, ref: FileRef): ParsedFile {
  const tree = loaded().erb.parse(text);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${ref.file}`);
  return { ref, text, tree, diagnostics: syntaxDiagnostics(tree.rootNode, ref, 'ERB') };
}

/** The one place tree-sitter's 0-based rows and columns become 1-based. */
export function locationOf(node: Node, ref: FileRef): SourceLocation {
  return {
    file: ref.file,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    ...(ref.cookbook !== undefined ? { cookbook: ref.cookbook } : {}),
    ...(ref.path !== undefined ? { path: ref.path } : {}),
  };
}

const MAX_SYNTAX_DIAGNOSTICS = 20;

/** ERROR and MISSING nodes, as diagnostics; the rest of the tree still evaluates. */
function syntaxDiagnostics(root: Node, ref: FileRef, language: string): Diagnostic[] {
  if (!root.hasError) return [];
  const out: Diagnostic[] = [];
  const walk = (node: Node): void => {
    if (out.length >= MAX_SYNTAX_DIAGNOSTICS) return;
    if (node.isMissing) {
      out.push({
        code: 'DEC0101',
        severity: 'error',
        message: `${language} syntax error: missing ${JSON.stringify(node.type)}`,
        location: locationOf(node, ref),
      });
      return;
    }
    if (node.type === 'ERROR') {
      const snippet = node.text.split('\n')[0]!.slice(0, 40);
      out.push({
        code: 'DEC0101',
        severity: 'error',
        message: `${language} syntax error near ${JSON.stringify(snippet)}; this part is not evaluated`,
        location: locationOf(node, ref),
      });
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) if (child) walk(child);
  };
  walk(root);
  return out;
}
