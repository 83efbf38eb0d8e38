/**
 * The Ruby and ERB parsers (web-tree-sitter). Each grammar is loaded once per
 * process from the npm packages that ship its wasm (versions pinned in
 * package.json; see grammars/README.md), so a clean `npm ci` parses with no
 * download.
 */
import { createRequire } from 'node:module';
import { Language, Parser, type Node, type Point, type Tree } from 'web-tree-sitter';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import { error } from '../diagnostics/create.js';

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

/**
 * Trees of recently parsed texts, by grammar and content. A batch converts
 * many inputs (and a chef-repo many roles) that share dependency cookbooks;
 * each evaluation asks for the same files again. Keyed by content rather
 * than path and mtime, so it can never hand out a stale tree, and copies of
 * a cookbook share it. Callers get a copy (O(1) in tree-sitter) that they
 * may delete; the cached tree is deleted when it falls out.
 */
const TREE_CACHE_ENTRIES = 1024;
const TREE_CACHE_TEXT_BYTES = 4 * 1024 * 1024;
const treeCache = new Map<string, Tree>();
let treeCacheText = 0;

/**
 * Tree-sitter's error recovery can run for minutes on a few kilobytes of
 * broken Ruby (an unterminated string full of `#{` takes 30 s at 53 KB); a
 * sound 1 MiB file parses in about two seconds on these machines, and four
 * times that when other work shares the cores (the limit is wall-clock time:
 * Node has no CPU clock per thread). Past this, the parse is cancelled and
 * the file reported, not evaluated.
 */
export const PARSE_TIME_LIMIT_MS = 10_000;

/** The file as tree-sitter read it, or why it could not. */
type Parsed = { tree: Tree } | { cancelled: string };

export interface ParseOptions {
  /** Wall-clock time the parse may take (tests shorten it). */
  readonly timeLimitMs?: number;
}

function parseCached(grammar: 'ruby' | 'erb', text: string, limitMs: number): Parsed {
  const key = `${grammar}\0${text}`;
  const hit = treeCache.get(key);
  if (hit) {
    // Least recently used goes first: re-insert at the end.
    treeCache.delete(key);
    treeCache.set(key, hit);
    return { tree: hit.copy() };
  }
  const started = performance.now();
  let reached = 0;
  const tree = loaded()[grammar].parse(text, null, {
    progressCallback: (state) => {
      reached = state.currentOffset;
      return performance.now() - started > limitMs;
    },
  });
  if (!tree) {
    // A cancelled parser resumes where it stopped on its next call unless reset.
    loaded()[grammar].reset();
    return { cancelled: `tree-sitter's error recovery ran past ${limitMs / 1000} s at byte ${reached} of ${Buffer.byteLength(text)}` };
  }
  if (text.length > TREE_CACHE_TEXT_BYTES / 8) return { tree };
  treeCache.set(key, tree);
  treeCacheText += text.length;
  for (const [k, old] of treeCache) {
    if (treeCache.size <= TREE_CACHE_ENTRIES && treeCacheText <= TREE_CACHE_TEXT_BYTES) break;
    treeCache.delete(k);
    treeCacheText -= k.length - k.indexOf('\0') - 1;
    old.delete();
  }
  return { tree: tree.copy() };
}

/**
 * Every syntax node is copied out of WebAssembly and walked, at about a
 * second per 100,000 on these machines: a megabyte of double quotes is 1.5
 * million nodes. A large real recipe or template has tens of thousands; a
 * file of simple attribute lines reaches the limit at about 800 KB.
 */
export const MAX_SYNTAX_NODES = 500_000;

function parseWith(grammar: 'ruby' | 'erb', text: string, ref: FileRef, options: ParseOptions): ParsedFile {
  const parsed = parseCached(grammar, text, options.timeLimitMs ?? PARSE_TIME_LIMIT_MS);
  if ('cancelled' in parsed) return notEvaluated(grammar, ref, 'DEC0102', `${ref.file} could not be parsed: ${parsed.cancelled}; the file is not evaluated`);
  const nodes = parsed.tree.rootNode.descendantCount;
  if (nodes > MAX_SYNTAX_NODES) {
    parsed.tree.delete();
    return notEvaluated(grammar, ref, 'DEC0206', `${ref.file} has ${nodes} syntax nodes; decant reads files of up to ${MAX_SYNTAX_NODES}; the file is not evaluated`);
  }
  return { ref, text, tree: parsed.tree, diagnostics: syntaxDiagnostics(parsed.tree.rootNode, ref, grammar === 'ruby' ? 'Ruby' : 'ERB') };
}

/** An empty tree stands in, so callers need no second path: nothing of the file is evaluated. */
function notEvaluated(grammar: 'ruby' | 'erb', ref: FileRef, code: 'DEC0102' | 'DEC0206', message: string): ParsedFile {
  const empty = loaded()[grammar].parse('');
  if (!empty) throw new Error(`tree-sitter returned no tree for an empty ${grammar} text`);
  return { ref, text: '', tree: empty, diagnostics: [error(code, message, locationAt({ row: 0, column: 0 }, ref))] };
}

/** Parse Ruby source. Synchronous once `initParsers()` has resolved. */
export function parseRuby(text: string, ref: FileRef, options: ParseOptions = {}): ParsedFile {
  return parseWith('ruby', text, ref, options);
}

/** Parse an ERB template with the embedded-template grammar. */
export function parseErb(text: string, ref: FileRef, options: ParseOptions = {}): ParsedFile {
  return parseWith('erb', text, ref, options);
}

/** The one place tree-sitter's 0-based rows and columns become 1-based. */
export function locationOf(node: Node, ref: FileRef): SourceLocation {
  return locationAt(node.startPosition, ref);
}

/** A tree-sitter point (a node's or a cursor's start) as a 1-based location. */
export function locationAt(point: Point, ref: FileRef): SourceLocation {
  return {
    file: ref.file,
    line: point.row + 1,
    column: point.column + 1,
    ...(ref.cookbook !== undefined ? { cookbook: ref.cookbook } : {}),
    ...(ref.path !== undefined ? { path: ref.path } : {}),
  };
}

const MAX_SYNTAX_DIAGNOSTICS = 20;

/** ERROR and MISSING nodes, as diagnostics; the rest of the tree still evaluates. */
function syntaxDiagnostics(root: Node, ref: FileRef, language: string): Diagnostic[] {
  if (!root.hasError) return [];
  const out: Diagnostic[] = [];
  // An explicit stack, not recursion: a syntax error thousands of `if`s deep must not overflow the JS stack.
  const pending: Node[] = [root];
  while (pending.length > 0 && out.length < MAX_SYNTAX_DIAGNOSTICS) {
    const node = pending.pop()!;
    if (node.isMissing) {
      out.push({
        code: 'DEC0101',
        severity: 'error',
        message: `${language} syntax error: missing ${JSON.stringify(node.type)}`,
        location: locationOf(node, ref),
      });
      continue;
    }
    if (node.type === 'ERROR') {
      const snippet = node.text.split('\n')[0]!.slice(0, 40);
      out.push({
        code: 'DEC0101',
        severity: 'error',
        message: `${language} syntax error near ${JSON.stringify(snippet)}; this part is not evaluated`,
        location: locationOf(node, ref),
      });
      continue;
    }
    if (!node.hasError) continue;
    // Reversed so children pop in source order, as the recursive walk reported them.
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) if (children[i]) pending.push(children[i]!);
  }
  return out;
}
