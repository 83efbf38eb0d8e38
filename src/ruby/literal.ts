/**
 * A small reader for Ruby DSL files that are data in practice: metadata.rb,
 * roles/*.rb, environments/*.rb, Policyfile.rb. It reads literals and
 * top-level method calls; anything else becomes an Unknown with its reason
 * and location (and a diagnostic), and the rest of the file still reads. The
 * full evaluator lives in src/chef; this one stays small on purpose.
 */
import { posix } from 'node:path';
import { Unknown, type Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import { warning } from '../diagnostics/create.js';
import type { Code } from '../diagnostics/codes.js';
import { locationOf, parseRuby, type FileRef, type SyntaxNode } from './parser.js';
import { invalidEscape, unescapeDouble, unescapeSingle } from './string-literals.js';
import { readExactRubyInteger } from './integer-literal.js';

export type LiteralHash = { [key: string]: Data };

/** `name 'x'`, `depends 'a', '>= 1'`, `cookbook 'x', path: '..'`: positional arguments and a trailing hash. */
export interface LiteralCall {
  readonly method: string;
  readonly args: readonly Data[];
  /** Keyword-style pairs (`path: '..'`, `'a' => 1` without braces), in order; `{}` when none. */
  readonly options: LiteralHash;
  readonly location: SourceLocation;
}

/** `default['a']['b'] = v` (Policyfile attributes). */
export interface LiteralAssignment {
  readonly receiver: string;
  readonly path: readonly string[];
  readonly value: Data;
  readonly location: SourceLocation;
}

export interface LiteralFile {
  readonly calls: readonly LiteralCall[];
  readonly assignments: readonly LiteralAssignment[];
  /** Syntax errors, constructs outside the subset, Unknown values (except in ignored calls). */
  readonly diagnostics: readonly Diagnostic[];
}

export interface LiteralOptions {
  /** Code for constructs this reader skips (DEC0203 for metadata, DEC0204 for roles...). */
  readonly code: Code;
  /** Calls whose arguments are not read at all (`long_description IO.read(...)`). */
  readonly ignore?: ReadonlySet<string>;
  /**
   * Setting names whose list a statement appends to (`cookbook_path << File.join(base, 'cookbooks')`, as Chef
   * config files extend a setting): read as a call named `NAME<<` with the appended value.
   */
  readonly appendable?: ReadonlySet<string>;
  /**
   * The file's absolute path: `__FILE__` and `__dir__` answer it, and File.dirname, File.join and File.expand_path
   * compute paths from it, as config files name folders next to themselves (`File.join(current_dir, '..', 'cookbooks')`).
   */
  readonly filePath?: string;
  /** What `Pathname.pwd` answers, with filePath: the folder the file's tool runs in. */
  readonly workingDirectory?: string;
}

/** Never throws; parse with `initParsers()` already awaited. */
export function readLiteralFile(text: string, ref: FileRef, options: LiteralOptions): LiteralFile {
  const parsed = parseRuby(text, ref);
  const reader = new LiteralReader(ref, options);
  reader.diagnostics.push(...parsed.diagnostics);
  reader.statements(parsed.tree.rootNode, new Map());
  return { calls: reader.calls, assignments: reader.assignments, diagnostics: reader.diagnostics };
}

type Scope = Map<string, Data>;

const MAX_DEPTH = 64;

/** Statements read per file, loop bodies counted per item: nested `each` loops multiply, and this reader has no step budget otherwise. */
const MAX_STATEMENTS = 100_000;

class LiteralReader {
  readonly calls: LiteralCall[] = [];
  readonly assignments: LiteralAssignment[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private pendingUnknowns: Unknown[] = [];
  /** Statements open now: each level recurses, so thousands of nested blocks would overflow the stack. */
  private nesting = 0;
  private statementsRead = 0;

  constructor(
    private readonly ref: FileRef,
    private readonly options: LiteralOptions,
  ) {}

  statements(parent: SyntaxNode, scope: Scope): void {
    for (const node of parent.namedChildren) if (node) this.statement(node, scope);
  }

  private statement(node: SyntaxNode, scope: Scope): void {
    if (this.nesting >= MAX_DEPTH) {
      this.skip(node, `a statement nested more than ${MAX_DEPTH} levels deep`);
      return;
    }
    if (++this.statementsRead === MAX_STATEMENTS + 1) this.skip(node, `more than ${MAX_STATEMENTS} statements read in this file: this one and the rest are`);
    if (this.statementsRead > MAX_STATEMENTS) return;
    this.nesting++;
    try {
      this.statementKind(node, scope);
    } finally {
      this.nesting--;
    }
  }

  private statementKind(node: SyntaxNode, scope: Scope): void {
    switch (node.type) {
      case 'comment':
      case 'heredoc_body':
      case 'empty_statement':
        return;
      case 'ERROR':
        return; // parseRuby already reported it
      case 'call':
      case 'identifier':
        this.call(node, scope);
        return;
      case 'assignment':
        this.assignment(node, scope);
        return;
      case 'if_modifier':
      case 'unless_modifier':
        this.modifier(node, scope);
        return;
      case 'binary': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left?.type === 'identifier' && right && node.childForFieldName('operator')?.text === '<<' && this.options.appendable?.has(left.text)) {
          this.pendingUnknowns = [];
          const value = this.value(right, scope, 0);
          this.reportUnknowns(left.text);
          this.calls.push({ method: `${left.text}<<`, args: [value], options: {}, location: this.at(node) });
          return;
        }
        this.skip(node, `${describe(node)} is not read here`);
        return;
      }
      case 'parenthesized_statements':
      case 'begin_block':
        this.statements(node, scope);
        return;
      default:
        this.skip(node, `${describe(node)} is not read here`);
    }
  }

  /** `chef_version '>= 14' if respond_to?(:chef_version)`: Chef has every metadata method these guards ask about. */
  private modifier(node: SyntaxNode, scope: Scope): void {
    const condition = node.childForFieldName('condition');
    const body = node.childForFieldName('body');
    const asksRespondTo =
      condition?.type === 'call' && !condition.childForFieldName('receiver') && condition.childForFieldName('method')?.text === 'respond_to?';
    if (body && asksRespondTo && node.type === 'if_modifier') {
      this.statement(body, scope);
      return;
    }
    if (asksRespondTo) return;
    this.skip(node, `a statement under a condition (${condition?.text.slice(0, 40) ?? '?'}) is not read`);
  }

  private call(node: SyntaxNode, scope: Scope): void {
    if (node.type === 'identifier') {
      this.calls.push({ method: node.text, args: [], options: {}, location: this.at(node) });
      return;
    }
    const receiver = node.childForFieldName('receiver');
    const method = node.childForFieldName('method')?.text ?? '';
    const block = node.childForFieldName('block');
    if (receiver) {
      if ((method === 'each' || method === 'each_entry') && block) {
        this.eachBlock(node, receiver, block, scope);
        return;
      }
      this.skip(node, `a method call on ${receiver.text.slice(0, 40)} is not read here`);
      return;
    }
    if (block) {
      this.skip(node, `a block passed to ${method} is not read here`);
      return;
    }
    if (this.options.ignore?.has(method)) return;
    const args: Data[] = [];
    const opts: LiteralHash = {};
    this.pendingUnknowns = [];
    const list = node.childForFieldName('arguments');
    for (const arg of list?.namedChildren ?? []) {
      if (!arg || arg.type === 'comment') continue;
      if (arg.type === 'pair') {
        const [k, v] = this.pair(arg, scope, 0);
        opts[k] = v;
      } else {
        args.push(this.value(arg, scope, 0));
      }
    }
    this.reportUnknowns(method);
    this.calls.push({ method, args, options: opts, location: this.at(node) });
  }

  /** `%w(a b).each { |os| supports os }`, the one loop metadata files commonly use. */
  private eachBlock(node: SyntaxNode, receiver: SyntaxNode, block: SyntaxNode, scope: Scope): void {
    this.pendingUnknowns = [];
    const items = this.value(receiver, scope, 0);
    this.pendingUnknowns = [];
    if (!Array.isArray(items)) {
      this.skip(node, `a loop over ${receiver.text.slice(0, 40)}, which is not a literal array`);
      return;
    }
    const params = block.childForFieldName('parameters');
    const name = params?.namedChildren[0]?.type === 'identifier' ? params.namedChildren[0].text : undefined;
    const body = block.childForFieldName('body') ?? block.namedChildren.find((c) => c?.type === 'block_body' || c?.type === 'body_statement');
    if (!body) return;
    for (const item of items) {
      const inner = new Map(scope);
      if (name) inner.set(name, item);
      this.statements(body, inner);
    }
  }

  private assignment(node: SyntaxNode, scope: Scope): void {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return;
    this.pendingUnknowns = [];
    const value = this.value(right, scope, 0);
    if (left.type === 'identifier') {
      scope.set(left.text, value);
      this.pendingUnknowns = [];
      return;
    }
    if (left.type === 'element_reference') {
      const path: string[] = [];
      let cur: SyntaxNode | null = left;
      while (cur?.type === 'element_reference') {
        const keyNode: SyntaxNode | null | undefined = cur.namedChildren[1];
        const key = keyNode ? this.value(keyNode, scope, 0) : undefined;
        if (typeof key !== 'string') {
          this.pendingUnknowns = [];
          this.skip(node, `an attribute path with a key that is not a literal string or symbol`);
          return;
        }
        path.unshift(key);
        cur = cur.childForFieldName('object');
      }
      if (cur?.type === 'identifier') {
        this.reportUnknowns(cur.text);
        this.assignments.push({ receiver: cur.text, path, value, location: this.at(node) });
        return;
      }
    }
    this.pendingUnknowns = [];
    this.skip(node, `an assignment to ${left.text.slice(0, 40)} is not read here`);
  }

  private pair(node: SyntaxNode, scope: Scope, depth: number): [string, Data] {
    const keyNode = node.childForFieldName('key');
    const valueNode = node.childForFieldName('value');
    let key: Data = null;
    if (keyNode?.type === 'hash_key_symbol') key = keyNode.text;
    else if (keyNode) key = this.value(keyNode, scope, depth + 1);
    const value = valueNode ? this.value(valueNode, scope, depth + 1) : null;
    return [keyString(key), value];
  }

  /** A literal as Data (symbols become strings); anything else is an Unknown, noted for a diagnostic. */
  value(node: SyntaxNode, scope: Scope, depth: number): Data {
    if (depth > MAX_DEPTH) return this.unknown(node, 'a literal nested too deeply');
    switch (node.type) {
      case 'string':
      case 'delimited_symbol':
        return this.stringValue(node, scope);
      case 'chained_string': {
        const parts = node.namedChildren.map((c) => (c ? this.value(c, scope, depth + 1) : ''));
        return parts.every((p) => typeof p === 'string') ? parts.join('') : this.unknown(node, 'a string with parts that are not known');
      }
      case 'simple_symbol':
        return node.text.slice(1);
      case 'hash_key_symbol':
        return node.text;
      case 'integer':
        return readExactRubyInteger(node.text) ?? this.unknown(node, `integer ${node.text}`);
      case 'float': {
        const n = Number(node.text.replace(/_/g, ''));
        return Number.isFinite(n) ? n : this.unknown(node, `float ${node.text}`);
      }
      case 'true':
        return true;
      case 'false':
        return false;
      case 'nil':
        return null;
      case 'unary': {
        const operand = node.childForFieldName('operand');
        const op = node.child(0)?.text;
        const v = operand ? this.value(operand, scope, depth + 1) : null;
        if (typeof v === 'number' && (op === '-' || op === '+')) return op === '-' ? -v : v;
        return this.unknown(node, `the expression ${node.text.slice(0, 40)}`);
      }
      case 'array': {
        const out: Data[] = [];
        for (const c of node.namedChildren) {
          if (!c || c.type === 'comment') continue;
          if (c.type === 'splat_argument') out.push(this.unknown(c, 'a splat inside an array'));
          else out.push(this.value(c, scope, depth + 1));
        }
        return out;
      }
      case 'string_array':
      case 'symbol_array': {
        // %W and %I interpolate and take double-quote escapes; %w and %i only unescape `\ `, `\\` and delimiters.
        if (!/^%[WI]/.test(node.text)) return splitWords(node.text);
        const out: Data[] = [];
        for (const c of node.namedChildren) if (c && c.type !== 'comment') out.push(this.stringValue(c, scope));
        return out;
      }
      case 'hash': {
        const out: LiteralHash = {};
        for (const c of node.namedChildren) {
          if (!c || c.type === 'comment') continue;
          if (c.type !== 'pair') {
            this.unknown(c, `${describe(c)} inside a hash`);
            continue;
          }
          const [k, v] = this.pair(c, scope, depth);
          out[k] = v;
        }
        return out;
      }
      case 'parenthesized_statements': {
        const only = node.namedChildren.filter((c) => c && c.type !== 'comment');
        return only.length === 1 ? this.value(only[0]!, scope, depth + 1) : this.unknown(node, 'a parenthesised expression');
      }
      case 'identifier':
        if (scope.has(node.text)) return scope.get(node.text)!;
        if (this.options.filePath !== undefined && node.text === '__FILE__') return this.options.filePath;
        if (this.options.filePath !== undefined && node.text === '__dir__') return posix.dirname(this.options.filePath);
        return this.unknown(node, `the local or method ${node.text}`);
      case 'call':
        if (this.options.filePath !== undefined) return this.pathCall(node, scope, depth);
        return this.unknown(node, `${describe(node)} ${JSON.stringify(node.text.slice(0, 40))}`);
      case 'heredoc_beginning':
        return this.unknown(node, 'a heredoc');
      default:
        return this.unknown(node, `${describe(node)} ${JSON.stringify(node.text.slice(0, 40))}`);
    }
  }

  private stringValue(node: SyntaxNode, scope: Scope): Data {
    const single = node.text.startsWith("'") || /^%q/.test(node.text) || node.text.startsWith(":'");
    let out = '';
    for (const part of node.namedChildren) {
      if (!part) continue;
      switch (part.type) {
        case 'string_content':
          out += single ? unescapeSingle(part.text) : part.text;
          break;
        case 'escape_sequence': {
          // Ruby refuses the whole file over such an escape; here the value is not known.
          const invalid = invalidEscape(part.text);
          if (invalid) return this.unknown(part, invalid);
          out += unescapeDouble(part.text);
          break;
        }
        case 'interpolation': {
          const inner = part.namedChildren.filter((c) => c && c.type !== 'comment');
          const v = inner.length === 1 ? this.value(inner[0]!, scope, 1) : this.unknown(part, 'an interpolation');
          if (v instanceof Unknown) return v;
          if (v !== null && typeof v === 'object') return this.unknown(part, 'an interpolated array or hash');
          out += v === null ? '' : String(v);
          break;
        }
        default:
          return this.unknown(part, `${describe(part)} inside a string`);
      }
    }
    return out;
  }

  /** File.dirname, File.join, File.expand_path of known strings: the path arithmetic config files do. */
  private pathCall(node: SyntaxNode, scope: Scope, depth: number): Data {
    const receiverNode = node.childForFieldName('receiver');
    const receiver = receiverNode?.text;
    const method = node.childForFieldName('method')?.text ?? '';
    const what = `${describe(node)} ${JSON.stringify(node.text.slice(0, 40))}`;
    const pathname = receiver === 'Pathname' || receiver === '::Pathname';
    if (pathname && method === 'pwd' && this.options.workingDirectory !== undefined) return this.options.workingDirectory;
    if (receiverNode && !pathname && receiver !== 'File' && receiver !== '::File') {
      // A Pathname is read as its path: `pwd.join('cookbooks').to_s`.
      const on = this.value(receiverNode, scope, depth + 1);
      if (typeof on !== 'string') return on instanceof Unknown ? on : this.unknown(node, what);
      if (method === 'to_s' || method === 'to_path' || method === 'expand_path') return on;
      if (method !== 'join' && method !== '+') return this.unknown(node, what);
    }
    const args: Data[] = [];
    for (const arg of node.childForFieldName('arguments')?.namedChildren ?? []) {
      if (!arg || arg.type === 'comment') continue;
      const v = this.value(arg, scope, depth + 1);
      if (v instanceof Unknown) return v;
      args.push(v);
    }
    const strings = args.flat();
    if (!strings.every((a): a is string => typeof a === 'string')) return this.unknown(node, what);
    const [first, second] = strings;
    if (receiverNode && !pathname && receiver !== 'File' && receiver !== '::File') {
      const on = this.value(receiverNode, scope, depth + 1) as string;
      return first === undefined ? on : posix.resolve(on, ...strings);
    }
    if (pathname && method === 'new' && first !== undefined) return first;
    if (method === 'dirname' && first !== undefined) return posix.dirname(first);
    if (method === 'join') return strings.join('/').replace(/\/+/g, '/');
    if ((method === 'expand_path' || method === 'absolute_path') && first !== undefined) {
      if (first.startsWith('/')) return posix.normalize(first);
      // A path relative to the working directory, or to a home folder, is the host's.
      if (second?.startsWith('/') && !first.startsWith('~')) return posix.resolve(second, first);
    }
    return this.unknown(node, what);
  }

  private unknown(node: SyntaxNode, what: string): Unknown {
    const u = new Unknown(`${what} is not a literal decant reads in this file`, this.at(node));
    this.pendingUnknowns.push(u);
    return u;
  }

  private reportUnknowns(method: string): void {
    for (const u of this.pendingUnknowns) {
      this.diagnostics.push(warning(this.options.code, `${method}: ${u.reason}`, u.at));
    }
    this.pendingUnknowns = [];
  }

  private skip(node: SyntaxNode, why: string): void {
    this.diagnostics.push(warning(this.options.code, `${why}; skipped`, this.at(node)));
  }

  private at(node: SyntaxNode): SourceLocation {
    return locationOf(node, this.ref);
  }
}

/**
 * The words of a `%w(...)`/`%i(...)` literal, split as Ruby does: on
 * unescaped whitespace, with `\\ `, `\\\\` and an escaped delimiter unescaped and
 * every other backslash kept. Done on the text because the grammar's
 * scanner merges words after an escaped backslash.
 */
function splitWords(text: string): string[] {
  const body = text.slice(3, -1);
  const delimiters = new Set([text[2], text[text.length - 1], '\\']);
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && i + 1 < body.length) {
      const next = body[i + 1]!;
      word += /\s/.test(next) || delimiters.has(next) ? next : `\\${next}`;
      inWord = true;
      i++;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

function describe(node: SyntaxNode): string {
  return node.type.replace(/_/g, ' ');
}

function keyString(key: Data): string {
  if (typeof key === 'string') return key;
  if (key instanceof Unknown) return `?${key.reason}`;
  return JSON.stringify(key);
}
