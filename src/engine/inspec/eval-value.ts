/**
 * Values in a test file's arguments: literals, local variables and string
 * interpolation. Test suites use far less Ruby than recipes — arguments are
 * literals in nearly every real suite — so this small reader is enough; what
 * it cannot know becomes NotStatic with the reason, and the expectation that
 * uses it is reported unsupported rather than guessed.
 */
import type { SyntaxNode } from '../../ruby/parser.js';
import { NotStatic, TestHash, TestMethod, TestRegex, TestSymbol, type TestValue } from './model.js';
import { binaryOp, callMethod, index, truthy } from './value-methods.js';
import { parseRubyInteger } from '../../ruby/integer-literal.js';
import { invalidEscape, unescapeDouble, unescapeSingle } from '../../ruby/string-literals.js';

export type Env = ReadonlyMap<string, TestValue>;

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
        out += single ? unescapeSingle(child.text) : child.text;
        break;
      case 'escape_sequence': {
        // A regex keeps its escapes: `\d` is the regex's business, not the string's.
        if (raw) {
          out += child.text;
          break;
        }
        // Ruby's lexer refuses a code point past U+10FFFF: the expectation cannot be read, it is not guessed.
        const bad = single ? undefined : invalidEscape(child.text);
        if (bad) return new NotStatic(`syntax error: ${bad} in a string literal (Ruby refuses it)`);
        out += single ? unescapeSingle(child.text) : unescapeDouble(child.text);
        break;
      }
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
      return parseRubyInteger(node.text);
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
      if (v instanceof NotStatic) return v;
      if (op === '!' || op === 'not') return !truthy(v);
      if (typeof v === 'number' && op === '-') return -v;
      return new NotStatic(`operator ${op} is not evaluated`);
    }
    case 'binary':
      return binaryOf(node, env);
    case 'conditional': {
      const cond = evalValue(node.childForFieldName('condition')!, env);
      if (cond instanceof NotStatic) return cond;
      const branch = node.childForFieldName(truthy(cond) ? 'consequence' : 'alternative');
      return branch ? evalValue(branch, env) : null;
    }
    case 'case':
    case 'if':
    case 'unless': {
      const body = chooseBranch(node, env);
      if (body instanceof NotStatic) return body;
      const last = body[body.length - 1];
      return last ? evalValue(last, env) : null;
    }
    case 'call':
      return callOf(node, env);
    case 'identifier': {
      const v = env.get(node.text);
      if (v !== undefined) return v;
      const def = env.get(methodKey(node.text));
      if (def instanceof TestMethod) return callHelper(node.text, def, [], env);
      return new NotStatic(`local variable or method ${node.text} is not known statically`);
    }
    case 'element_reference': {
      const object = node.childForFieldName('object');
      if (!object || /^node\b/.test(object.text)) {
        return new NotStatic(`node attributes (${node.text}) are not available to integration tests (use the value the test expects)`);
      }
      const keys = node.namedChildren.filter((c): c is SyntaxNode => c !== null && c.id !== object.id && c.type !== 'comment');
      if (keys.length !== 1) return new NotStatic(`${node.text} is not evaluated`);
      const recv = evalValue(object, env);
      const key = evalValue(keys[0]!, env);
      if (key instanceof NotStatic) return key;
      return index(recv, key);
    }
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
  if (a instanceof NotStatic) return a;
  // Short-circuit as Ruby does: the right side may be unknowable only when it matters.
  if (op === '&&' || op === 'and') return truthy(a) ? evalValue(r, env) : a;
  if (op === '||' || op === 'or') return truthy(a) ? a : evalValue(r, env);
  const b = evalValue(r, env);
  if (b instanceof NotStatic) return b;
  return binaryOp(op, a, b);
}

function callOf(node: SyntaxNode, env: Env): TestValue {
  const receiver = node.childForFieldName('receiver');
  const method = node.childForFieldName('method')?.text ?? '';
  if (node.childForFieldName('block')) return new NotStatic(`${abbreviate(node.text)} (a call with a block) is not evaluated`);
  const argNodes = node.childForFieldName('arguments')?.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment') ?? [];
  if (!receiver) {
    const def = env.get(methodKey(method));
    if (def instanceof TestMethod) return callHelper(method, def, evalArgs(argNodes, env), env);
    const v = argNodes.length === 0 ? env.get(method) : undefined;
    return v !== undefined ? v : new NotStatic(`${abbreviate(node.text)} is not evaluated`);
  }
  // `inspec.os` is the same object as `os`.
  const recv = receiver.type === 'identifier' && receiver.text === 'inspec' ? (env.get('inspec') ?? null) : evalValue(receiver, env);
  if (receiver.type === 'identifier' && receiver.text === 'inspec' && method === 'os') {
    return env.get('os') ?? new NotStatic('os facts are not known before the containers run');
  }
  if (recv instanceof NotStatic) return recv;
  const args = evalArgs(argNodes, env);
  const bad = args.find((a): a is NotStatic => a instanceof NotStatic);
  return bad ?? callMethod(recv, method, args);
}

const statementsOf = (n: SyntaxNode | null | undefined): SyntaxNode[] =>
  n ? n.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment') : [];

/**
 * The statements an `if`/`unless`/`elsif`/`case` (or a modifier form) runs,
 * when its condition can be worked out; NotStatic when it cannot.
 */
export function chooseBranch(node: SyntaxNode, env: Env): SyntaxNode[] | NotStatic {
  switch (node.type) {
    case 'if':
    case 'elsif':
    case 'unless': {
      const cond = evalValue(node.childForFieldName('condition')!, env);
      if (cond instanceof NotStatic) return cond;
      const take = node.type === 'unless' ? !truthy(cond) : truthy(cond);
      if (take) return statementsOf(node.childForFieldName('consequence'));
      const alt = node.childForFieldName('alternative');
      if (!alt) return [];
      return alt.type === 'else' ? statementsOf(alt) : chooseBranch(alt, env);
    }
    case 'if_modifier':
    case 'unless_modifier': {
      const cond = evalValue(node.childForFieldName('condition')!, env);
      if (cond instanceof NotStatic) return cond;
      const take = node.type === 'unless_modifier' ? !truthy(cond) : truthy(cond);
      const body = node.childForFieldName('body');
      return take && body ? [body] : [];
    }
    case 'case': {
      const valueNode = node.childForFieldName('value');
      const value = valueNode ? evalValue(valueNode, env) : true;
      if (value instanceof NotStatic) return value;
      for (const branch of statementsOf(node)) {
        if (valueNode && branch.id === valueNode.id) continue;
        if (branch.type === 'else') return statementsOf(branch);
        if (branch.type !== 'when') continue;
        for (const p of branch.childrenForFieldName('pattern')) {
          if (!p) continue;
          const pv = evalValue(p.type === 'pattern' ? p.namedChildren[0]! : p, env);
          if (pv instanceof NotStatic) return pv;
          const hit = valueNode ? caseEquals(pv, value) : truthy(pv);
          if (hit) return statementsOf(branch.childForFieldName('body'));
        }
      }
      return [];
    }
    default:
      return new NotStatic(`${node.type} is not a branch`);
  }
}

/** Ruby's `===` as `when` uses it: regexes match, everything else is `==`. */
function caseEquals(pattern: TestValue, value: TestValue): boolean {
  if (pattern instanceof TestRegex) return typeof value === 'string' && pattern.toRegExp().test(value);
  return binaryOp('==', pattern, value) === true;
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

/** Helper methods live in the same Env as locals, under a key no Ruby identifier can have. */
export function methodKey(name: string): string {
  return `def ${name}`;
}

const MAX_HELPER_DEPTH = 16;
let helperDepth = 0;

class Returned {
  constructor(readonly value: TestValue) {}
}

/**
 * Run a helper `def` over known arguments: assignments, `return x if cond`,
 * if/unless/case, and the last expression's value. Only helpers reach here,
 * so this small statement runner is all they need.
 */
function callHelper(name: string, def: TestMethod, args: TestValue[], env: Env): TestValue {
  if (helperDepth >= MAX_HELPER_DEPTH) return new NotStatic(`helper ${name} recurses too deeply`);
  const local = new Map<string, TestValue>([...env].filter(([k]) => k === 'os' || k.startsWith('def ')));
  def.params.forEach((p, i) => local.set(p, args[i] ?? null));
  helperDepth++;
  try {
    const r = runStatements(def.body as SyntaxNode[], local);
    return r instanceof Returned ? r.value : r;
  } finally {
    helperDepth--;
  }
}

function runStatements(body: readonly SyntaxNode[], env: Map<string, TestValue>): TestValue | Returned {
  let last: TestValue = null;
  for (const st of body) {
    switch (st.type) {
      case 'return': {
        const inner = statementsOf(st).flatMap((c) => (c.type === 'argument_list' ? statementsOf(c) : [c]));
        return new Returned(inner[0] ? evalValue(inner[0], env) : null);
      }
      case 'assignment': {
        const left = st.childForFieldName('left');
        const right = st.childForFieldName('right');
        if (left?.type !== 'identifier' || !right) return new NotStatic(`${abbreviate(st.text)} is not evaluated`);
        last = evalValue(right, env);
        env.set(left.text, last);
        break;
      }
      case 'if':
      case 'unless':
      case 'case':
      case 'if_modifier':
      case 'unless_modifier': {
        const branch = chooseBranch(st, env);
        if (branch instanceof NotStatic) return branch;
        const r = runStatements(branch, env);
        if (r instanceof Returned || r instanceof NotStatic) return r;
        last = r;
        break;
      }
      default:
        last = evalValue(st, env);
    }
    if (last instanceof NotStatic) return last;
  }
  return last;
}
