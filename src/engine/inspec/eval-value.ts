/**
 * Values in a test file's arguments: literals, local variables and string
 * interpolation. Test suites use far less Ruby than recipes — arguments are
 * literals in nearly every real suite — so this small reader is enough; what
 * it cannot know becomes NotStatic with the reason, and the expectation that
 * uses it is reported unsupported rather than guessed.
 */
import type { SyntaxNode } from '../../ruby/parser.js';
import { NotStatic, TestHash, TestRegex, TestSymbol, type TestValue } from './model.js';

export type Env = ReadonlyMap<string, TestValue>;

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', '0': '\0', s: ' ', e: '\x1b', a: '\x07', b: '\b', f: '\f', v: '\v',
};

/** Ruby's double-quote escapes (`\n`, `\x41`, `\u00e9`, `\101`); anything else is the character itself. */
export function unescape(seq: string): string {
  const body = seq.slice(1);
  if (body in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[body]!;
  if (/^x[0-9a-fA-F]{1,2}$/.test(body)) return String.fromCharCode(parseInt(body.slice(1), 16));
  if (/^u[0-9a-fA-F]{4}$/.test(body)) return String.fromCharCode(parseInt(body.slice(1), 16));
  if (/^u\{[0-9a-fA-F ]+\}$/.test(body)) {
    return body.slice(2, -1).trim().split(/\s+/).map((h) => String.fromCodePoint(parseInt(h, 16))).join('');
  }
  if (/^[0-7]{1,3}$/.test(body)) return String.fromCharCode(parseInt(body, 8));
  return body;
}

/** Integer literals: `0644` and `0o644` are octal (file modes), `0x` hex, `0b` binary, `_` separators. */
export function parseInteger(text: string): number {
  const t = text.replace(/_/g, '');
  const sign = t.startsWith('-') ? -1 : 1;
  const u = t.replace(/^[-+]/, '').toLowerCase();
  if (u.startsWith('0x')) return sign * parseInt(u.slice(2), 16);
  if (u.startsWith('0b')) return sign * parseInt(u.slice(2), 2);
  if (u.startsWith('0o')) return sign * parseInt(u.slice(2), 8);
  if (u.startsWith('0d')) return sign * parseInt(u.slice(2), 10);
  if (u.length > 1 && u.startsWith('0')) return sign * parseInt(u.slice(1), 8);
  return sign * parseInt(u, 10);
}

function isSingleQuoted(node: SyntaxNode): boolean {
  const t = node.text;
  return t.startsWith("'") || /^%q/.test(t) || /^%w/.test(t);
}

/** The text of a string-like node (string, bare_string, regex body), interpolating from `env`. */
export function stringOf(node: SyntaxNode, env: Env, raw = false): string | NotStatic {
  const single = isSingleQuoted(node);
  let out = '';
  for (const child of node.namedChildren) {
    if (!child) continue;
    switch (child.type) {
      case 'string_content':
        out += single ? child.text.replace(/\\([\\'])/g, '$1') : child.text;
        break;
      case 'escape_sequence':
        // A regex keeps its escapes: `\d` is the regex's business, not the string's.
        out += raw ? child.text : unescape(child.text);
        break;
      case 'interpolation': {
        const inner = child.namedChildren.filter((c): c is SyntaxNode => c !== null);
        if (inner.length !== 1) return new NotStatic(`interpolation #{${child.text.slice(2, -1)}} is not a single expression`);
        const v = evalValue(inner[0]!, env);
        if (v instanceof NotStatic) return v;
        out += displayValue(v);
        break;
      }
      default:
        return new NotStatic(`${child.type} inside a string is not read`);
    }
  }
  return out;
}

/** Ruby's `to_s` for the values a suite interpolates. */
export function displayValue(v: TestValue): string {
  if (v === null) return '';
  if (v instanceof TestSymbol) return v.name;
  if (v instanceof TestRegex) return `(?-mix:${v.source})`;
  if (Array.isArray(v)) return `[${v.map(inspectValue).join(', ')}]`;
  if (v instanceof TestHash) return inspectValue(v);
  if (v instanceof NotStatic) return `<${v.reason}>`;
  return String(v);
}

/** Ruby's `inspect`, for the human text of an expectation. */
export function inspectValue(v: TestValue): string {
  if (v === null) return 'nil';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof TestSymbol) return `:${v.name}`;
  if (v instanceof TestRegex) return `/${v.source}/${v.flags.includes('i') ? 'i' : ''}${v.flags.includes('s') ? 'm' : ''}`;
  if (Array.isArray(v)) return `[${v.map(inspectValue).join(', ')}]`;
  if (v instanceof TestHash) return `{${v.entries.map(([k, val]) => `${inspectValue(k)} => ${inspectValue(val)}`).join(', ')}}`;
  if (v instanceof NotStatic) return `<not static: ${v.reason}>`;
  return String(v);
}

function regexOf(node: SyntaxNode, env: Env): TestValue {
  const body = stringOf(node, env, true);
  if (body instanceof NotStatic) return body;
  const flagText = /[a-z]*$/.exec(node.text)?.[0] ?? '';
  // Ruby's `m` lets `.` match newlines (JS `s`); Ruby's ^ and $ are always line anchors (JS `m`).
  let flags = 'm';
  if (flagText.includes('i')) flags += 'i';
  if (flagText.includes('m')) flags += 's';
  const source = flagText.includes('x') ? body.replace(/\\#/g, '\u0000').replace(/\s+|#.*$/gm, '').replace(/\u0000/g, '\\#') : body;
  const translated = source.replace(/\\A/g, '(?<![\\s\\S])').replace(/\\z/g, '(?![\\s\\S])').replace(/\\Z/g, '(?=\\n?(?![\\s\\S]))').replace(/\\h/g, '[0-9a-fA-F]');
  try {
    new RegExp(translated, flags);
  } catch (e) {
    return new NotStatic(`regular expression ${node.text} is not one JavaScript can run: ${(e as Error).message}`);
  }
  return new TestRegex(translated, flags);
}

function listOf(node: SyntaxNode, env: Env, each: (c: SyntaxNode) => TestValue): TestValue {
  const out: TestValue[] = [];
  for (const c of node.namedChildren) {
    if (!c || c.type === 'comment') continue;
    const v = each(c);
    if (v instanceof NotStatic) return v;
    out.push(v);
  }
  return out;
}

function hashOf(node: SyntaxNode, env: Env): TestValue {
  const entries: [TestValue, TestValue][] = [];
  for (const pair of node.namedChildren) {
    if (!pair || pair.type === 'comment') continue;
    if (pair.type !== 'pair') return new NotStatic(`${pair.type} in a hash literal is not read`);
    const keyNode = pair.childForFieldName('key');
    const valueNode = pair.childForFieldName('value');
    if (!keyNode || !valueNode) return new NotStatic('incomplete hash pair');
    const key = keyNode.type === 'hash_key_symbol' ? new TestSymbol(keyNode.text) : evalValue(keyNode, env);
    const value = evalValue(valueNode, env);
    if (key instanceof NotStatic) return key;
    if (value instanceof NotStatic) return value;
    entries.push([key, value]);
  }
  return new TestHash(entries);
}

/** Evaluate an argument expression; anything this reader does not cover is NotStatic with the reason. */
export function evalValue(node: SyntaxNode, env: Env): TestValue {
  switch (node.type) {
    case 'string':
    case 'bare_string':
      return stringOf(node, env);
    case 'chained_string': {
      let out = '';
      for (const c of node.namedChildren) {
        if (!c) continue;
        const s = stringOf(c, env);
        if (s instanceof NotStatic) return s;
        out += s;
      }
      return out;
    }
    case 'integer':
      return parseInteger(node.text);
    case 'float':
      return Number(node.text.replace(/_/g, ''));
    case 'true':
      return true;
    case 'false':
      return false;
    case 'nil':
      return null;
    case 'simple_symbol':
      return new TestSymbol(node.text.slice(1));
    case 'hash_key_symbol':
      return new TestSymbol(node.text);
    case 'delimited_symbol': {
      const s = stringOf(node, env);
      return s instanceof NotStatic ? s : new TestSymbol(s);
    }
    case 'regex':
      return regexOf(node, env);
    case 'array':
      return listOf(node, env, (c) => evalValue(c, env));
    case 'string_array':
      return listOf(node, env, (c) => stringOf(c, env));
    case 'symbol_array':
      return listOf(node, env, (c) => {
        const s = stringOf(c, env);
        return s instanceof NotStatic ? s : new TestSymbol(s);
      });
    case 'hash':
      return hashOf(node, env);
    case 'parenthesized_statements': {
      const inner = node.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment');
      return inner.length === 1 ? evalValue(inner[0]!, env) : new NotStatic(`(${node.text}) is not one expression`);
    }
    case 'unary': {
      const operand = node.childForFieldName('operand');
      const op = node.childForFieldName('operator')?.text ?? node.text.slice(0, 1);
      const v = operand ? evalValue(operand, env) : new NotStatic('empty unary expression');
      if (typeof v === 'number' && op === '-') return -v;
      return v instanceof NotStatic ? v : new NotStatic(`operator ${op} is not evaluated`);
    }
    case 'binary':
      return binaryOf(node, env);
    case 'identifier': {
      const v = env.get(node.text);
      return v !== undefined ? v : new NotStatic(`local variable or method ${node.text} is not known statically`);
    }
    case 'element_reference':
      return node.text.startsWith('node[')
        ? new NotStatic(`node attributes (${node.text}) are not available to integration tests (use the value the test expects)`)
        : new NotStatic(`${node.text} is not evaluated`);
    default:
      return new NotStatic(`${node.type} expression ${abbreviate(node.text)} is not evaluated`);
  }
}

function binaryOf(node: SyntaxNode, env: Env): TestValue {
  const l = node.childForFieldName('left');
  const r = node.childForFieldName('right');
  const op = node.childForFieldName('operator')?.text;
  if (!l || !r || !op) return new NotStatic('incomplete binary expression');
  const a = evalValue(l, env);
  const b = evalValue(r, env);
  if (a instanceof NotStatic) return a;
  if (b instanceof NotStatic) return b;
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  if (op === '+' && Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      default: break;
    }
  }
  return new NotStatic(`operator ${op} on ${abbreviate(node.text)} is not evaluated`);
}

export function abbreviate(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** Call arguments; trailing `key: value` pairs form one hash, as in Ruby (`http(url, method: 'POST')`). */
export function evalArgs(nodes: readonly SyntaxNode[], env: Env): TestValue[] {
  const out: TestValue[] = [];
  let pairs: SyntaxNode[] = [];
  const flush = () => {
    if (!pairs.length) return;
    const entries: [TestValue, TestValue][] = [];
    for (const pair of pairs) {
      const keyNode = pair.childForFieldName('key');
      const valueNode = pair.childForFieldName('value');
      if (!keyNode || !valueNode) return void out.push(new NotStatic('incomplete hash pair'));
      const key = keyNode.type === 'hash_key_symbol' ? new TestSymbol(keyNode.text) : evalValue(keyNode, env);
      entries.push([key, evalValue(valueNode, env)]);
    }
    const bad = entries.flat().find((v): v is NotStatic => v instanceof NotStatic);
    out.push(bad ?? new TestHash(entries));
    pairs = [];
  };
  for (const n of nodes) {
    if (n.type === 'pair') pairs.push(n);
    else {
      flush();
      out.push(n.type === 'block_argument' || n.type === 'splat_argument' ? new NotStatic(`${n.text} arguments are not read`) : evalValue(n, env));
    }
  }
  flush();
  return out;
}
