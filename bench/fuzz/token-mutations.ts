/**
 * Mutations that follow the syntax: tokens from tree-sitter's leaves (parseRuby
 * for Ruby, parseErb for templates) are swapped, repeated, dropped or replaced,
 * statements are wrapped in deep nesting, and hostile snippets are inserted at
 * statement boundaries. Indexes are JavaScript string indexes (web-tree-sitter
 * reports UTF-16 offsets for string input).
 */
import { parseErb, parseRuby, type SyntaxNode } from '../../src/ruby/parser.js';
import type { Rng } from './prng.js';
import { ERB_SNIPPETS, ERB_SNIPPET_NAMES, LIGHT_ERB_SNIPPET_NAMES, LIGHT_SNIPPET_NAMES, SNIPPETS, SNIPPET_NAMES, type SnippetContext } from './hostile-snippets.js';

interface Token {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

function leaves(root: SyntaxNode): Token[] {
  const out: Token[] = [];
  const stack: SyntaxNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.childCount === 0) {
      if (n.endIndex > n.startIndex) out.push({ type: n.type, start: n.startIndex, end: n.endIndex });
      continue;
    }
    for (let i = n.childCount - 1; i >= 0; i--) stack.push(n.child(i)!);
  }
  return out;
}

/** Offsets where a new statement can start: line starts outside strings/heredocs are good enough for a fuzzer. */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') out.push(i + 1);
  return out;
}

const replace = (text: string, start: number, end: number, s: string) => text.slice(0, start) + s + text.slice(end);

const HUGE_LITERALS = [
  '99999999999999999999999999999999999999',
  '-9223372036854775809',
  '1e400',
  '0x' + 'f'.repeat(200),
  '1' + '0'.repeat(5000),
  "'" + 'x'.repeat(1_000_000) + "'",
  '"' + '#{1}'.repeat(20_000) + '"',
  "'\\u0000\\xff'",
  'nil',
  ':""',
  '[]',
  '{}',
  'Float::NAN',
  "'../../../../etc/passwd'",
  "'/'",
  "''",
];

/** `notes` collects what was chosen (a snippet's name) for the case's description. */
type TokenMutation = (text: string, tokens: Token[], rng: Rng, ctx: SnippetContext, notes: string[]) => string;

const pickToken = (tokens: Token[], rng: Rng, filter?: (t: Token) => boolean) => {
  const pool = filter ? tokens.filter(filter) : tokens;
  return pool.length ? rng.pick(pool) : undefined;
};

const LITERAL = /^(integer|float|string_content|simple_symbol|hash_key_symbol|true|false|nil|content|code)$/;

export const RUBY_TOKEN_MUTATIONS: Record<string, TokenMutation> = {
  'swap-tokens': (text, tokens, rng) => {
    const a = pickToken(tokens, rng);
    const b = pickToken(tokens, rng);
    if (!a || !b || a === b) return text;
    const [x, y] = a.start < b.start ? [a, b] : [b, a];
    if (x.end > y.start) return text;
    return text.slice(0, x.start) + text.slice(y.start, y.end) + text.slice(x.end, y.start) + text.slice(x.start, x.end) + text.slice(y.end);
  },
  'duplicate-token': (text, tokens, rng) => {
    const t = pickToken(tokens, rng);
    return t ? replace(text, t.end, t.end, ' ' + text.slice(t.start, t.end)) : text;
  },
  'delete-token': (text, tokens, rng) => {
    const t = pickToken(tokens, rng);
    return t ? replace(text, t.start, t.end, '') : text;
  },
  'delete-keyword': (text, tokens, rng) => {
    const t = pickToken(tokens, rng, (x) => /^(end|do|\{|\}|\(|\)|\[|\]|then|\||,|=>)$/.test(x.type));
    return t ? replace(text, t.start, t.end, '') : text;
  },
  'replace-literal': (text, tokens, rng) => {
    const t = pickToken(tokens, rng, (x) => LITERAL.test(x.type));
    if (!t) return text;
    const lit = rng.pick(HUGE_LITERALS);
    // Inside a string the quotes are already there: put in the bare content.
    const inString = t.type === 'string_content' || t.type === 'content' || t.type === 'code';
    return replace(text, t.start, t.end, inString && /^['"]/.test(lit) ? lit.slice(1, -1) : lit);
  },
  'nest-statement': (text, _tokens, rng) => {
    const starts = lineStarts(text);
    const s = rng.pick(starts);
    const n = rng.pick([20, 200, 2000, 10_000]);
    const [open, close] = rng.pick([
      ['if true\n', 'end\n'],
      ['begin\n', 'end\n'],
      ['[1].each do |_x|\n', 'end\n'],
      ['unless false\n', 'end\n'],
      ['->() {\n', '}.call\n'],
    ] as const);
    const lineEnd = text.indexOf('\n', s);
    const e = lineEnd < 0 ? text.length : lineEnd + 1;
    return text.slice(0, s) + open.repeat(n) + text.slice(s, e) + (text.slice(s, e).endsWith('\n') ? '' : '\n') + close.repeat(n) + text.slice(e);
  },
  'insert-snippet': (text, _tokens, rng, ctx, notes) => {
    const name = rng.pick(ctx.light ? LIGHT_SNIPPET_NAMES : SNIPPET_NAMES);
    notes.push(name);
    const s = rng.pick(lineStarts(text));
    return replace(text, s, s, SNIPPETS[name]!(rng, ctx) + '\n');
  },
};

export const RUBY_TOKEN_MUTATION_NAMES = Object.keys(RUBY_TOKEN_MUTATIONS).sort();

export const ERB_TOKEN_MUTATIONS: Record<string, TokenMutation> = {
  'swap-tokens': RUBY_TOKEN_MUTATIONS['swap-tokens']!,
  'duplicate-token': RUBY_TOKEN_MUTATIONS['duplicate-token']!,
  'delete-token': RUBY_TOKEN_MUTATIONS['delete-token']!,
  'delete-delimiter': (text, tokens, rng) => {
    const t = pickToken(tokens, rng, (x) => /^(<%|<%=|<%-|<%#|%>|-%>|<%_|_%>)$/.test(x.type));
    return t ? replace(text, t.start, t.end, '') : text;
  },
  'replace-code': (text, tokens, rng, ctx) => {
    const t = pickToken(tokens, rng, (x) => x.type === 'code');
    if (!t) return text;
    const codes = ['loop {}', 'node', '@missing.x.y', '1/0', "'x' * 10**9", 'raise "boom"', 'render "self"', ')', 'end', 'if true', '<%', '%>'];
    // An endless loop with an empty body is a known hang (regression empty-loop-block): not for the quick test.
    return replace(text, t.start, t.end, ' ' + rng.pick(ctx.light ? codes.filter((c) => !/loop|\*\*/.test(c)) : codes) + ' ');
  },
  'insert-snippet': (text, _tokens, rng, ctx, notes) => {
    const name = rng.pick(ctx.light ? LIGHT_ERB_SNIPPET_NAMES : ERB_SNIPPET_NAMES);
    notes.push(name);
    const s = rng.pick(lineStarts(text));
    return replace(text, s, s, ERB_SNIPPETS[name]!(rng, ctx) + '\n');
  },
};

export const ERB_TOKEN_MUTATION_NAMES = Object.keys(ERB_TOKEN_MUTATIONS).sort();

/** Apply one named token mutation to Ruby or ERB text. */
export function mutateTokens(kind: 'ruby' | 'erb', name: string, text: string, rng: Rng, ctx: SnippetContext, notes: string[] = []): string {
  const parsed = kind === 'ruby' ? parseRuby(text, { file: 'fuzz.rb' }) : parseErb(text, { file: 'fuzz.erb' });
  const tokens = leaves(parsed.tree.rootNode);
  parsed.tree.delete();
  const table = kind === 'ruby' ? RUBY_TOKEN_MUTATIONS : ERB_TOKEN_MUTATIONS;
  return table[name]!(text, tokens, rng, ctx, notes);
}
