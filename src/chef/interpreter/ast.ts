/**
 * A plain-object copy of tree-sitter's syntax tree. Walking web-tree-sitter
 * nodes crosses into WebAssembly on every property read; templates evaluate
 * the same nodes once per line and loop bodies many times, so the tree is
 * copied once into JS objects and the interpreter walks those.
 */
import type { SyntaxNode, FileRef } from '../../ruby/parser.js';
import { locationOf } from '../../ruby/parser.js';
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

/** Copy a tree-sitter subtree; `src` is the parsed text (indices are UTF-16 offsets into it). */
export function toAst(root: SyntaxNode, ref: FileRef, src: string): Ast {
  const begins: Ast[] = [];
  const bodies: Ast[] = [];
  const convert = (node: SyntaxNode): Ast => {
    const children: Ast[] = [];
    const fields: Record<string, Ast> = {};
    let op: string | undefined;
    let open: string | undefined;
    const count = node.childCount;
    for (let i = 0; i < count; i++) {
      const c = node.child(i);
      if (!c) continue;
      const field = node.fieldNameForChild(i);
      if (!c.isNamed) {
        if (field === 'operator') op = c.text;
        else if (i === 0) open = c.text;
        continue;
      }
      if (c.type === 'comment') continue;
      const a = convert(c);
      children.push(a);
      if (field && !(field in fields)) fields[field] = a;
    }
    const ast: Ast = {
      type: node.type,
      children,
      fields,
      ...(op !== undefined ? { op } : {}),
      ...(open !== undefined ? { open } : {}),
      loc: locationOf(node, ref),
      src,
      start: node.startIndex,
      end: node.endIndex,
    };
    if (node.type === 'heredoc_beginning') begins.push(ast);
    else if (node.type === 'heredoc_body') bodies.push(ast);
    return ast;
  };
  const out = convert(root);
  // Bodies follow their openers in document order, so the i-th opener owns the i-th body.
  begins.forEach((b, i) => {
    if (bodies[i]) b.heredoc = bodies[i];
  });
  return out;
}
