/**
 * Reads InSpec and ServerSpec files into expectations, walking the Ruby
 * syntax tree statement by statement: `control` (impact, title, tag),
 * `describe`, `it`/`its` with `should`/`should_not`, `is_expected.to`,
 * `expect(x).to`, local variables and `each` over known arrays and hashes.
 * Whatever looks like a test but is not understood becomes an unsupported
 * expectation with its location, so a count of passed tests never hides a
 * part of the suite decant did not read.
 */
import { locationOf, parseRuby, type FileRef, type SyntaxNode } from '../../ruby/parser.js';
import type { SourceLocation } from '../../model/source.js';
import { abbreviate, chooseBranch, evalArgs, evalValue, inspectValue, methodKey, stringOf, type Env } from './eval-value.js';
import type { OsFacts } from './value-methods.js';
import {
  NotStatic, TestHash, TestMethod, TestSymbol,
  type Control, type Expectation, type Matcher, type ParsedSuite, type Subject, type TestValue,
} from './model.js';

interface Context {
  readonly env: Map<string, TestValue>;
  readonly control?: string;
  readonly subject?: Subject;
  readonly subjectText?: string;
  /** Set inside a branch decant could not decide: its expectations are reported, not run. */
  readonly condition?: string;
}

/** Text of a file a suite requires (`require_relative`), resolved inside the cookbook; undefined when refused or missing. */
export type ReadRelative = (fromFile: string, path: string) => { text: string; ref: FileRef } | undefined;

interface Walk {
  readonly ref: FileRef;
  readonly readRelative?: ReadRelative;
  readonly required: Set<string>;
  readonly controls: Control[];
  readonly expectations: Expectation[];
}

const LOOKS_LIKE_A_TEST = /\b(describe|control|should|should_not|expect|is_expected|its)\b/;

const children = (n: SyntaxNode | null | undefined): SyntaxNode[] =>
  n ? n.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment') : [];

function argsOf(call: SyntaxNode): SyntaxNode[] {
  return children(call.childForFieldName('arguments'));
}

function blockBody(call: SyntaxNode): SyntaxNode[] | undefined {
  const block = call.childForFieldName('block');
  if (!block) return undefined;
  return children(block.childForFieldName('body'));
}

function blockParams(call: SyntaxNode): string[] {
  const params = call.childForFieldName('block')?.childForFieldName('parameters');
  return children(params).map((p) => (p.type === 'identifier' ? p.text : p.text.replace(/^[*&]+/, '')));
}

/** Parse one test file. Never throws: syntax errors are reported as unsupported expectations. */
export function parseTestFile(text: string, ref: FileRef, options: { os?: OsFacts; readRelative?: ReadRelative } = {}): ParsedSuite {
  const parsed = parseRuby(text, ref);
  const walk: Walk = { ref, controls: [], expectations: [], required: new Set(), ...(options.readRelative ? { readRelative: options.readRelative } : {}) };
  for (const d of parsed.diagnostics) {
    walk.expectations.push(unsupportedAt(d.location ?? { file: ref.file, line: 1, column: 1 }, '(file)', d.message, ''));
  }
  statements(children(parsed.tree.rootNode), { env: new Map(options.os ? [['os', options.os]] : []) }, walk);
  return { controls: walk.controls, expectations: walk.expectations };
}

function unsupportedAt(location: SourceLocation, control: string, reason: string, text: string): Expectation {
  return {
    control,
    text,
    subject: { kind: 'value', value: null },
    property: [],
    negated: false,
    matcher: { name: '(unsupported)', args: [] },
    location,
    unsupported: reason,
  };
}

function statements(nodes: SyntaxNode[], ctx: Context, walk: Walk): void {
  for (const n of nodes) statement(n, ctx, walk);
}

function skipped(n: SyntaxNode, ctx: Context, walk: Walk, reason: string): void {
  if (!LOOKS_LIKE_A_TEST.test(n.text)) return;
  walk.expectations.push(
    unsupportedAt(locationOf(n, walk.ref), ctx.control ?? ctx.subjectText ?? '(file)', reason, abbreviate(n.text)),
  );
}

function statement(n: SyntaxNode, ctx: Context, walk: Walk): void {
  switch (n.type) {
    case 'assignment': {
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      if (left?.type === 'identifier' && right) ctx.env.set(left.text, evalValue(right, ctx.env));
      else skipped(n, ctx, walk, `assignment ${abbreviate(n.text)} is not read`);
      return;
    }
    case 'call':
      call(n, ctx, walk);
      return;
    case 'method':
      defineHelper(n, ctx);
      return;
    case 'identifier':
      // A bare `it`-less matcher line is not a test; a bare name is a no-op for us.
      return;
    case 'if':
    case 'unless':
    case 'case':
    case 'if_modifier':
    case 'unless_modifier':
      conditional(n, ctx, walk);
      return;
    case 'begin':
    case 'body_statement':
    case 'parenthesized_statements':
      statements(children(n), ctx, walk);
      return;
    default:
      skipped(n, ctx, walk, `${n.type} is not read by decant's test reader`);
  }
}

/** Take the branch the container's OS facts decide; when they cannot, read every branch and report it unsupported. */
function conditional(n: SyntaxNode, ctx: Context, walk: Walk): void {
  const chosen = chooseBranch(n, ctx.env);
  if (!(chosen instanceof NotStatic)) return statements(chosen, ctx, walk);
  const cond = n.childForFieldName(n.type === 'case' ? 'value' : 'condition');
  const why = `under a condition decant does not evaluate: ${n.type.replace('_modifier', '')} ${abbreviate(cond?.text ?? '?')} (${chosen.reason})`;
  const inner: Context = { ...ctx, condition: ctx.condition ?? why };
  statements(allBranches(n), inner, walk);
}

function allBranches(n: SyntaxNode): SyntaxNode[] {
  switch (n.type) {
    case 'if_modifier':
    case 'unless_modifier': {
      const body = n.childForFieldName('body');
      return body ? [body] : [];
    }
    case 'case':
      return children(n).flatMap((b) => (b.type === 'when' ? children(b.childForFieldName('body')) : b.type === 'else' ? children(b) : []));
    default: {
      const out = children(n.childForFieldName('consequence'));
      const alt = n.childForFieldName('alternative');
      if (alt) out.push(...(alt.type === 'else' ? children(alt) : allBranches(alt)));
      return out;
    }
  }
}

function defineHelper(n: SyntaxNode, ctx: Context): void {
  const name = n.childForFieldName('name')?.text;
  if (!name) return;
  const params = n.childForFieldName('parameters');
  const body = n.childForFieldName('body');
  const statementsOfDef = body
    ? children(body)
    : children(n).filter((c) => c.id !== n.childForFieldName('name')?.id && c.id !== params?.id);
  ctx.env.set(methodKey(name), new TestMethod(children(params).map((p) => p.text.replace(/[:=].*$/, '')), statementsOfDef));
}

/** Helper files (spec_helper.rb and the like): their `def`s become callable; anything else in them is not a test. */
function requireRelative(n: SyntaxNode, ctx: Context, walk: Walk): void {
  const [arg] = argsOf(n);
  const path = arg ? evalValue(arg, ctx.env) : null;
  if (typeof path !== 'string' || !walk.readRelative) return;
  const found = walk.readRelative(walk.ref.file, path);
  if (!found) {
    // Reported even though it holds no test: the helpers it defines are missing from what follows.
    walk.expectations.push(unsupportedAt(locationOf(n, walk.ref), ctx.control ?? '(file)', `required file ${path} could not be read inside the cookbook`, abbreviate(n.text)));
    return;
  }
  if (walk.required.has(found.ref.file)) return;
  walk.required.add(found.ref.file);
  const parsed = parseRuby(found.text, found.ref);
  for (const st of children(parsed.tree.rootNode)) if (st.type === 'method') defineHelper(st, ctx);
}

const METADATA = new Set(['impact', 'title', 'tag', 'desc', 'ref', 'only_if', 'require', 'include_controls', 'require_controls', 'skip_control']);

function call(n: SyntaxNode, ctx: Context, walk: Walk): void {
  const receiver = n.childForFieldName('receiver');
  const method = n.childForFieldName('method')?.text ?? '';
  if (receiver) {
    if (isEach(method)) return eachLoop(n, receiver, method, ctx, walk);
    if (method === 'to' || method === 'not_to' || method === 'to_not') return expectation(n, ctx, walk);
    skipped(n, ctx, walk, `${abbreviate(n.text)} is not read by decant's test reader`);
    return;
  }
  switch (method) {
    case 'control':
      return control(n, ctx, walk);
    case 'describe':
    case 'context':
      return describe(n, ctx, walk);
    case 'it':
    case 'specify':
    case 'example':
      return itBlock(n, [], ctx, walk);
    case 'its':
      return its(n, ctx, walk);
    case 'should':
    case 'should_not':
      return expectation(n, ctx, walk);
    case 'before':
    case 'after':
    case 'let':
    case 'subject':
      // Set-up code changes what the expectations see, so it is reported even when it holds no expectation.
      walk.expectations.push(unsupportedAt(locationOf(n, walk.ref), ctx.control ?? ctx.subjectText ?? '(file)', `RSpec ${method} blocks are not run by decant`, abbreviate(n.text)));
      return;
    case 'require_relative':
      return requireRelative(n, ctx, walk);
    default:
      if (METADATA.has(method)) return;
      skipped(n, ctx, walk, `${method}(…) is not read by decant's test reader`);
  }
}

function isEach(method: string): boolean {
  return method === 'each' || method === 'each_with_index' || method === 'each_pair';
}

function eachLoop(n: SyntaxNode, receiver: SyntaxNode, method: string, ctx: Context, walk: Walk): void {
  const body = blockBody(n);
  const params = blockParams(n);
  const coll = evalValue(receiver, ctx.env);
  if (!body) return skipped(n, ctx, walk, `${method} without a block`);
  let rows: TestValue[][];
  if (Array.isArray(coll)) rows = coll.map((v, i) => (method === 'each_with_index' ? [v, i] : Array.isArray(v) ? v : [v]));
  else if (coll instanceof TestHash) rows = coll.entries.map(([k, v], i) => (method === 'each_with_index' ? [[k, v], i] : [k, v]));
  else {
    const reason = coll instanceof NotStatic ? coll.reason : `${abbreviate(receiver.text)} is not a list`;
    return skipped(n, ctx, walk, `loop over ${abbreviate(receiver.text)} not expanded: ${reason}`);
  }
  for (const row of rows) {
    const env = new Map(ctx.env);
    // One parameter takes the whole row (Ruby's auto-splat only applies with several).
    if (params.length === 1) env.set(params[0]!, row.length === 1 || method === 'each_with_index' ? row[0]! : row);
    else params.forEach((p, i) => env.set(p, row[i] ?? null));
    statements(body, { ...ctx, env }, walk);
  }
}

function control(n: SyntaxNode, ctx: Context, walk: Walk): void {
  const [idNode] = argsOf(n);
  const id = idNode ? evalValue(idNode, ctx.env) : null;
  const name = typeof id === 'string' ? id : abbreviate(idNode?.text ?? '(control)');
  const body = blockBody(n) ?? [];
  const meta: { impact?: number; title?: string; tags: string[] } = { tags: [] };
  for (const s of body) {
    if (s.type !== 'call' || s.childForFieldName('receiver')) continue;
    const m = s.childForFieldName('method')?.text;
    const args = evalArgs(argsOf(s), ctx.env);
    if (m === 'impact' && typeof args[0] === 'number') meta.impact = args[0];
    if (m === 'title' && typeof args[0] === 'string') meta.title = args[0];
    if (m === 'tag') meta.tags.push(...args.flatMap(tagText));
  }
  walk.controls.push({ id: name, ...meta, location: locationOf(n, walk.ref) });
  const guard = ctx.condition ?? onlyIfReason(body, ctx.env);
  statements(body, { env: new Map(ctx.env), control: name, ...(guard ? { condition: guard } : {}) }, walk);
}

function tagText(v: TestValue): string[] {
  if (v instanceof TestHash) return v.entries.map(([k, val]) => `${inspectValue(k).replace(/^:/, '')}: ${inspectValue(val)}`);
  if (v instanceof TestSymbol) return [v.name];
  return typeof v === 'string' ? [v] : [inspectValue(v)];
}

/**
 * InSpec skips a control whose `only_if` is false. When the guard can be
 * decided from the OS facts and is true, the control runs; otherwise its
 * expectations are reported unsupported with the reason (InSpec would have
 * skipped them, or decant cannot tell whether it would).
 */
function onlyIfReason(body: SyntaxNode[], env: Env): string | undefined {
  for (const s of body) {
    if (s.type !== 'call' || s.childForFieldName('receiver') || s.childForFieldName('method')?.text !== 'only_if') continue;
    const [label] = argsOf(s);
    const said = label ? ` (${abbreviate(label.text)})` : '';
    const guard = children(s.childForFieldName('block')?.childForFieldName('body'));
    const last = guard[guard.length - 1];
    const v = last ? evalValue(last, env) : true;
    if (v instanceof NotStatic) return `skipped: only_if${said} depends on ${abbreviate(last?.text ?? '')}, which decant does not evaluate`;
    if (v === null || v === false) return `skipped: only_if${said} is false on this platform, so InSpec skips this control too`;
  }
  return undefined;
}

/** `package('nginx')`, `command('x').stdout`, `json('f')['a']`, `sshd_config` → a resource subject. */
export function subjectOf(node: SyntaxNode, env: Env): Subject {
  if (node.type === 'call') {
    const receiver = node.childForFieldName('receiver');
    const method = node.childForFieldName('method')?.text ?? '';
    if (!receiver) return { kind: 'resource', type: method, args: evalArgs(argsOf(node), env), path: [] };
    const inner = subjectOf(receiver, env);
    if (inner.kind === 'resource' && argsOf(node).length === 0) return { ...inner, path: [...inner.path, method] };
  }
  if (node.type === 'element_reference') {
    const object = node.childForFieldName('object');
    const keys = children(node).slice(1).map((k) => evalValue(k, env));
    if (object && keys.length === 1 && (typeof keys[0] === 'string' || typeof keys[0] === 'number' || keys[0] instanceof TestSymbol)) {
      const inner = subjectOf(object, env);
      const key = keys[0] instanceof TestSymbol ? keys[0].name : String(keys[0]);
      if (inner.kind === 'resource') return { ...inner, path: [...inner.path, key] };
    }
  }
  if (node.type === 'identifier' && !env.has(node.text)) return { kind: 'resource', type: node.text, args: [], path: [] };
  return { kind: 'value', value: evalValue(node, env) };
}

export function subjectText(s: Subject): string {
  if (s.kind === 'value') return inspectValue(s.value);
  const args = s.args.length ? `(${s.args.map(inspectValue).join(', ')})` : '';
  return `${s.type}${args}${s.path.map((p) => `.${p}`).join('')}`;
}

function describe(n: SyntaxNode, ctx: Context, walk: Walk): void {
  const [first] = argsOf(n);
  const body = blockBody(n);
  if (!body) return skipped(n, ctx, walk, 'describe without a block');
  if (!first) return statements(body, ctx, walk);
  const subject = subjectOf(first, ctx.env);
  // `describe 'web tier' do describe file(...)` — a string names a group; the inner describe brings the subject.
  const groupOnly = subject.kind === 'value' && typeof subject.value === 'string' && body.some(isNestedDescribe);
  const next: Context = groupOnly
    ? { ...ctx, env: new Map(ctx.env) }
    : { ...ctx, env: new Map(ctx.env), subject, subjectText: subjectText(subject) };
  statements(body, next, walk);
}

function isNestedDescribe(n: SyntaxNode): boolean {
  return n.type === 'call' && ['describe', 'context'].includes(n.childForFieldName('method')?.text ?? '');
}

function itBlock(n: SyntaxNode, property: string[], ctx: Context, walk: Walk): void {
  const body = blockBody(n);
  if (!body) return skipped(n, ctx, walk, 'it without a block (pending example)');
  for (const s of body) {
    if (s.type === 'call') {
      const method = s.childForFieldName('method')?.text ?? '';
      const recv = s.childForFieldName('receiver');
      if (!recv && (method === 'should' || method === 'should_not')) {
        expectation(s, ctx, walk, property);
        continue;
      }
      if (recv && (method === 'to' || method === 'not_to' || method === 'to_not')) {
        expectation(s, ctx, walk, property);
        continue;
      }
    }
    statement(s, ctx, walk);
  }
}

function its(n: SyntaxNode, ctx: Context, walk: Walk): void {
  const [arg] = argsOf(n);
  const v = arg ? evalValue(arg, ctx.env) : new NotStatic('its without a property');
  let path: string[] | undefined;
  if (typeof v === 'string') path = v.split('.');
  else if (v instanceof TestSymbol) path = [v.name];
  else if (Array.isArray(v) && v.every((p) => typeof p === 'string' || typeof p === 'number' || p instanceof TestSymbol)) {
    path = v.map((p) => (p instanceof TestSymbol ? p.name : String(p)));
  }
  if (!path) {
    const reason = v instanceof NotStatic ? v.reason : `its(${inspectValue(v)}) is not a property name`;
    return skipped(n, ctx, walk, reason);
  }
  itBlock(n, path, ctx, walk);
}

/** `should X`, `should_not X`, `is_expected.to X`, `expect(y).to X`, `expect(y).not_to X`. */
function expectation(n: SyntaxNode, ctx: Context, walk: Walk, property: string[] = []): void {
  const method = n.childForFieldName('method')?.text ?? '';
  const receiver = n.childForFieldName('receiver');
  const negated = method === 'should_not' || method === 'not_to' || method === 'to_not';
  const location = locationOf(n, walk.ref);
  let subject = ctx.subject;
  if (receiver) {
    const rmethod = receiver.childForFieldName('method')?.text ?? receiver.text;
    if (receiver.type === 'call' && rmethod === 'expect') {
      const [x] = argsOf(receiver);
      const blockArg = receiver.childForFieldName('block');
      if (!x || blockArg) return skipped(n, ctx, walk, 'expect { … } blocks are not run by decant');
      subject = x.type === 'identifier' && x.text === 'subject' ? ctx.subject : subjectOf(x, ctx.env);
    } else if (!(receiver.type === 'identifier' && receiver.text === 'is_expected')) {
      return skipped(n, ctx, walk, `${abbreviate(receiver.text)}.${method} is not an expectation decant reads`);
    }
  }
  const control = ctx.control ?? (subject ? subjectText(subject) : '(file)');
  const [mnode] = argsOf(n);
  if (!subject) {
    walk.expectations.push(unsupportedAt(location, control, 'expectation outside a describe', abbreviate(n.text)));
    return;
  }
  if (!mnode) {
    walk.expectations.push(unsupportedAt(location, control, `${method} without a matcher (operator matchers like \`should ==\` are not read)`, abbreviate(n.text)));
    return;
  }
  const matcher = matcherOf(mnode, ctx.env);
  const text = `${subjectText(subject)}${property.length ? ` its(${JSON.stringify(property.join('.'))})` : ''} ${negated ? 'should_not' : 'should'} ${matcherText(matcher)}`;
  const notStatic = [...(subject.kind === 'resource' ? subject.args : [subject.value]), ...matcher.args].find(
    (a): a is NotStatic => a instanceof NotStatic,
  );
  const unsupported = ctx.condition ?? notStatic?.reason ?? (matcher.name.startsWith('(') ? `matcher ${abbreviate(mnode.text)} is not read` : undefined);
  walk.expectations.push({
    control,
    text,
    subject,
    property,
    negated,
    matcher,
    location,
    ...(unsupported ? { unsupported } : {}),
  });
}

export function matcherText(m: Matcher): string {
  const args = m.args.map(inspectValue).join(', ');
  if (m.operator) return `${m.name} ${m.operator} ${args}`;
  return args ? `${m.name} ${args}` : m.name;
}

function matcherOf(node: SyntaxNode, env: Env): Matcher {
  switch (node.type) {
    case 'identifier':
      return { name: node.text, args: [] };
    case 'call': {
      const receiver = node.childForFieldName('receiver');
      const method = node.childForFieldName('method')?.text ?? '';
      const args = evalArgs(argsOf(node), env);
      if (!receiver) return { name: method, args };
      // `be_installed.with_version('1.2')`, `be_listening.with(...)`: chained matchers, named in full.
      const inner = matcherOf(receiver, env);
      return { name: `${inner.name}.${method}`, args: [...inner.args, ...args] };
    }
    case 'binary': {
      const left = node.childForFieldName('left');
      const op = node.childForFieldName('operator')?.text ?? '';
      const right = node.childForFieldName('right');
      if (left?.type === 'identifier' && (left.text === 'be' || left.text === 'cmp') && right) {
        return { name: left.text, operator: op, args: [evalValue(right, env)] };
      }
      return { name: `(${abbreviate(node.text)})`, args: [] };
    }
    case 'string': {
      const s = stringOf(node, env);
      return { name: `(${abbreviate(node.text)})`, args: [s] };
    }
    default:
      return { name: `(${abbreviate(node.text)})`, args: [] };
  }
}
