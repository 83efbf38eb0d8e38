/**
 * A plain-object copy of tree-sitter's syntax tree. Walking web-tree-sitter
 * nodes crosses into WebAssembly on every property read; templates evaluate
 * the same nodes once per line and loop bodies many times, so the tree is
 * copied once into JS objects and the interpreter walks those.
 */
import type { SyntaxNode, FileRef } from '../../ruby/parser.js';
import { locationAt } from '../../ruby/parser.js';
import type { SourceLocation } from '../../model/source.js';

export interface Ast {
  readonly type: string;
  /** Named children, in order (comments dropped). */
  readonly children: Ast[];
  readonly fields: Record<string, Ast>;
  /** Text of the anonymous `operator` field (`+`, `&.`, `||=`), or of the opening token. */
  readonly op?: string;
  readonly open?: string;
  readonly loc: SourceLocation;
  readonly src: string;
  readonly start: number;
  readonly end: number;
  /** heredoc_beginning → its heredoc_body. */
  heredoc?: Ast;
  /** Evaluator cache (a compiled regex, a parsed literal). */
  cache?: unknown;
}

/** A stand-in node for calls made from outside any syntax (lazy values and guards run after compile). */
export function syntheticAst(loc: SourceLocation): Ast {
  return { type: 'nil', children: [], fields: {}, loc, src: '', start: 0, end: 0 };
}

export function nodeText(n: Ast): string {
  return n.src.slice(n.start, n.end);
}

/**
 * Syntax nested deeper than this is cut off: copying, marking locals and
 * evaluating all recurse per level, and a JS stack overflow outside the
 * interpreter's guard would lose the whole run. Real cookbooks nest a few
 * dozen levels; the fuzzer's thousands of nested arrays or `if`s do not.
 */
export const MAX_AST_DEPTH = 1000;

/** Stands in for a subtree deeper than MAX_AST_DEPTH; the interpreter reports it (DEC0305) where it is. */
export const TOO_DEEP = 'nesting_too_deep';

/**
 * Copy a tree-sitter subtree; `src` is the parsed text (indices are UTF-16
 * offsets into it). A TreeCursor, not `node.child(i)`: each child node object
 * web-tree-sitter hands out is marshalled out of WebAssembly, which made the
 * copy of a large file cost more than its parse.
 */
export function toAst(root: SyntaxNode, ref: FileRef, src: string): Ast {
  const begins: Ast[] = [];
  const bodies: Ast[] = [];
  const cursor = root.walk();
  // Called with the cursor on the node to copy; leaves it there.
  const convert = (depth: number): Ast => {
    const type = cursor.nodeType;
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    const loc = locationAt(cursor.startPosition, ref);
    if (depth > MAX_AST_DEPTH) return { type: TOO_DEEP, children: [], fields: {}, loc, src, start, end };
    const children: Ast[] = [];
    const fields: Record<string, Ast> = {};
    let op: string | undefined;
    let open: string | undefined;
    if (cursor.gotoFirstChild()) {
      let first = true;
      do {
        const field = cursor.currentFieldName;
        if (!cursor.nodeIsNamed) {
          if (field === 'operator') op = src.slice(cursor.startIndex, cursor.endIndex);
          else if (first) open = src.slice(cursor.startIndex, cursor.endIndex);
        } else if (cursor.nodeType !== 'comment') {
          const a = convert(depth + 1);
          children.push(a);
          if (field && !(field in fields)) fields[field] = a;
        }
        first = false;
      } while (cursor.gotoNextSibling());
      cursor.gotoParent();
    }
    const ast: Ast = {
      type,
      children,
      fields,
      ...(op !== undefined ? { op } : {}),
      ...(open !== undefined ? { open } : {}),
      loc,
      src,
      start,
      end,
    };
    if (type === 'heredoc_beginning') begins.push(ast);
    else if (type === 'heredoc_body') bodies.push(ast);
    return ast;
  };
  let out: Ast;
  try {
    out = convert(0);
  } finally {
    cursor.delete();
  }
  markDeclaredLocals(out);
  // Bodies follow their openers in document order, so the i-th opener owns the i-th body.
  begins.forEach((b, i) => {
    if (bodies[i]) b.heredoc = bodies[i];
  });
  return out;
}

/**
 * Ruby decides at parse time that a name is a local variable once an
 * assignment to it appears earlier in the same scope, even in a branch that
 * never ran (`x = 1 if false; x` is nil, not a method call). Identifiers read
 * after such an assignment are marked `cache = LOCAL`.
 */
export const LOCAL = 'declared-local';

class LocalScope {
  readonly names = new Set<string>();
  constructor(readonly parent: LocalScope | undefined) {}
  has(n: string): boolean {
    for (let s: LocalScope | undefined = this; s; s = s.parent) if (s.names.has(n)) return true;
    return false;
  }
}

const PARAM_HOLDERS = new Set(['method_parameters', 'block_parameters', 'lambda_parameters', 'destructured_parameter']);

function markDeclaredLocals(root: Ast): void {
  const declare = (n: Ast, scope: LocalScope): void => {
    switch (n.type) {
      case 'identifier':
        scope.names.add(nodeText(n));
        return;
      case 'left_assignment_list':
      case 'destructured_left_assignment':
      case 'rest_assignment':
      case 'destructured_parameter':
        for (const c of n.children) declare(c, scope);
        return;
      case 'optional_parameter':
      case 'keyword_parameter':
      case 'splat_parameter':
      case 'hash_splat_parameter':
      case 'block_parameter':
        if (n.fields.name) scope.names.add(nodeText(n.fields.name));
        return;
      default:
        return;
    }
  };
  const walk = (n: Ast, scope: LocalScope): void => {
    switch (n.type) {
      case 'method':
      case 'singleton_method':
      case 'class':
      case 'module':
      case 'singleton_class': {
        const inner = new LocalScope(undefined);
        for (const c of n.children) walk(c, inner);
        return;
      }
      case 'block':
      case 'do_block':
      case 'lambda': {
        const inner = new LocalScope(scope);
        for (const c of n.children) walk(c, inner);
        return;
      }
      case 'assignment':
      case 'operator_assignment':
        // The right side is read first; `a = a` still sees the new local as nil.
        declare(n.fields.left!, scope);
        for (const c of n.children) walk(c, scope);
        return;
      case 'for':
        if (n.fields.pattern) declare(n.fields.pattern, scope);
        break;
      case 'exception_variable':
        for (const c of n.children) declare(c, scope);
        return;
      case 'identifier':
        if (scope.has(nodeText(n))) n.cache = LOCAL;
        return;
      default:
        if (PARAM_HOLDERS.has(n.type)) {
          for (const c of n.children) declare(c, scope);
          for (const c of n.children) if (c.type !== 'identifier') walk(c, scope);
          return;
        }
    }
    for (const c of n.children) walk(c, scope);
  };
  walk(root, new LocalScope(undefined));
}
