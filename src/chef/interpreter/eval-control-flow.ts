/** Control flow: bodies with rescue/else/ensure, `if`/`unless`/ternary, loops, `for`, `case`, and the values `return`/`break`/`next` carry. A condition that is Unknown walks every branch (unknown-branches.ts). */
import { RArray, RHash, RObject, RRange, Unknown, isTruthy, type RubyValue } from '../values.js';
import { nodeText, type Ast } from './ast.js';
import { BreakSignal, NextSignal, RaiseSignal, RetrySignal } from './signals.js';
import { conditionReason, exploreBranches } from './unknown-branches.js';
import type { Scope } from './runtime.js';
import { describe } from './ruby-text.js';
import { rangeItems } from './value-ops.js';
import type { Evaluator } from './evaluator.js';
import { moduleByPath } from './define-module.js';

export function evalBody(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const rescues: Ast[] = [];
  let elseNode: Ast | undefined;
  let ensure: Ast | undefined;
  const statements: Ast[] = [];
  for (const c of n.children) {
    if (c.type === 'rescue') rescues.push(c);
    else if (c.type === 'ensure') ensure = c;
    else if (c.type === 'else' && (rescues.length > 0 || n.type === 'body_statement' || n.type === 'begin') && n.children.some((x) => x.type === 'rescue')) elseNode = c;
    else statements.push(c);
  }
  if (rescues.length === 0 && !ensure) {
    let last: RubyValue = null;
    for (const s of statements) last = interp.eval(s, scope);
    return last;
  }
  try {
    // `retry` in a handler runs the body again; the step budget bounds it as it bounds a loop.
    for (;;) {
      let last: RubyValue = null;
      try {
        interp.rescuing += rescues.length > 0 ? 1 : 0;
        try {
          for (const s of statements) last = interp.eval(s, scope);
        } finally {
          interp.rescuing -= rescues.length > 0 ? 1 : 0;
        }
      } catch (e) {
        if (!(e instanceof RaiseSignal) || rescues.length === 0) throw e;
        const handler = rescues.find((r) => rescueMatches(interp, r, e, scope));
        if (!handler) throw e;
        const variable = handler.children.find((c) => c.type === 'exception_variable');
        if (variable?.children[0]) interp.assignTo(variable.children[0], new RObject(e.className, { displayName: e.message, message: e.message }), scope);
        const body = handler.fields.body ?? handler.children.find((c) => c.type === 'then');
        try {
          return body ? interp.eval(body, scope) : null;
        } catch (signal) {
          if (signal instanceof RetrySignal) continue;
          throw signal;
        }
      }
      if (elseNode) last = interp.eval(elseNode, scope);
      return last;
    }
  } finally {
    if (ensure) evalBody(interp, ensure, scope);
  }
}

/** Exception classes Ruby or Chef define as the same class under an older name. */
const EXCEPTION_ALIASES: Readonly<Record<string, string>> = { 'Net::HTTPServerException': 'Net::HTTPClientException' };
/** Ruby's own exception classes a handler may name by their parent (`rescue NameError` catches a NoMethodError). */
const EXCEPTION_PARENTS: Readonly<Record<string, string>> = { NoMethodError: 'NameError', KeyError: 'IndexError', StopIteration: 'IndexError', FrozenError: 'RuntimeError', ZeroDivisionError: 'StandardError' };

function exceptionLineage(name: string): string[] {
  const out = [name];
  for (let p = EXCEPTION_PARENTS[name]; p !== undefined && !out.includes(p); p = EXCEPTION_PARENTS[p]) out.push(p);
  return out;
}

function rescueMatches(interp: Evaluator, r: Ast, e: RaiseSignal, scope: Scope): boolean {
  const classes = r.children.find((c) => c.type === 'exceptions');
  if (!classes) return true;
  return classes.children.some((c) => {
    const name = nodeText(c).replace(/^::/, '');
    if (['StandardError', 'Exception', 'RuntimeError'].includes(name)) return true;
    void scope;
    const wanted = EXCEPTION_ALIASES[name] ?? name;
    const lineage = exceptionLineage(EXCEPTION_ALIASES[e.className] ?? e.className);
    if (lineage.some((raised) => wanted === raised || wanted.endsWith(`::${raised}`) || raised.endsWith(wanted))) return true;
    // Ruby rescues by is_a?: a handler for a superclass catches its subclasses (`class Foo::Bar::Error < Foo::Error`).
    const ancestors = moduleByPath(interp, lineage[0]!)?.ancestors() ?? [];
    return ancestors.some((a) => a.name === wanted || a.name.endsWith(`::${wanted}`));
  });
}

/** Truthiness, or the Unknown that makes it undecidable. */
function condition(interp: Evaluator, n: Ast, scope: Scope): boolean | Unknown {
  const v = interp.eval(n, scope);
  if (v instanceof Unknown) return v;
  return isTruthy(v);
}

export function evalIf(interp: Evaluator, n: Ast, scope: Scope, negate: boolean): RubyValue {
  const c = condition(interp, n.fields.condition!, scope);
  if (c instanceof Unknown) return exploreBranches(interp, c, [n.fields.consequence ?? null, n.fields.alternative ?? null], scope, n);
  const taken = negate ? !c : c;
  if (taken) return n.fields.consequence ? interp.eval(n.fields.consequence, scope) : null;
  const alt = n.fields.alternative;
  return alt ? interp.eval(alt, scope) : null;
}

export function evalModifier(interp: Evaluator, n: Ast, scope: Scope, negate: boolean): RubyValue {
  const c = condition(interp, n.fields.condition!, scope);
  if (c instanceof Unknown) return exploreBranches(interp, c, [n.fields.body!, null], scope, n);
  return (negate ? !c : c) ? interp.eval(n.fields.body!, scope) : null;
}

export function evalTernary(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const c = condition(interp, n.fields.condition!, scope);
  if (c instanceof Unknown) return exploreBranches(interp, c, [n.fields.consequence!, n.fields.alternative!], scope, n);
  return c ? interp.eval(n.fields.consequence!, scope) : interp.eval(n.fields.alternative!, scope);
}

export function evalWhile(interp: Evaluator, n: Ast, scope: Scope, until: boolean): RubyValue {
  return interp.inLoop(n, () => evalWhileInner(interp, n, scope, until));
}

function evalWhileInner(interp: Evaluator, n: Ast, scope: Scope, until: boolean): RubyValue {
  const body = n.fields.body!;
  try {
    // `begin … end while c` runs its body first.
    if ((n.type === 'while_modifier' || n.type === 'until_modifier') && body.type === 'begin') interp.eval(body, scope);
    for (;;) {
      const c = condition(interp, n.fields.condition!, scope);
      if (c instanceof Unknown) {
        interp.underCondition(conditionReason(c), () => interp.eval(body, scope));
        return null;
      }
      if (until ? c : !c) return null;
      try {
        interp.eval(body, scope);
      } catch (e) {
        if (!(e instanceof NextSignal)) throw e;
      }
    }
  } catch (e) {
    if (e instanceof BreakSignal) return e.value;
    throw e;
  }
}

export function evalFor(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const iterable = interp.eval(n.fields.value!.children[0] ?? n.fields.value!, scope);
  const pattern = n.fields.pattern!;
  const items = iterable instanceof RArray ? iterable.items : iterable instanceof RRange ? rangeItems(iterable) : iterable instanceof RHash ? iterable.entries().map(([k, v]) => new RArray([k, v])) : undefined;
  if (!items) return iterable instanceof Unknown ? iterable : interp.unknown(`for over ${describe(iterable)}`, n, 'DEC0302');
  try {
    for (const item of items) {
      if (pattern.type === 'left_assignment_list') interp.destructure(pattern, item, scope);
      else interp.assignTo(pattern, item, scope);
      try {
        interp.eval(n.fields.body!, scope);
      } catch (e) {
        if (!(e instanceof NextSignal)) throw e;
      }
    }
  } catch (e) {
    if (e instanceof BreakSignal) return e.value;
    throw e;
  }
  return iterable;
}

export function evalCase(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const subject = n.fields.value ? interp.eval(n.fields.value, scope) : undefined;
  const whens = n.children.filter((c) => c.type === 'when');
  const elseNode = n.children.find((c) => c.type === 'else');
  if (subject instanceof Unknown) return exploreBranches(interp, subject, [...whens.map((w) => w.fields.body ?? null), elseNode ?? null], scope, n);
  for (const [i, w] of whens.entries()) {
    for (const raw of w.children.filter((c) => c !== w.fields.body)) {
      const p = raw.type === 'pattern' && raw.children[0] ? raw.children[0] : raw;
      const pv = p.type === 'splat_argument' ? interp.eval(p.children[0]!, scope) : interp.eval(p, scope);
      const candidates = p.type === 'splat_argument' && pv instanceof RArray ? pv.items : [pv];
      for (const cand of candidates) {
        const hit = subject === undefined ? cand : interp.send(cand, '===', [subject], null, p);
        // From an undecidable `when` on, any later branch (or the else) could be the one taken.
        if (hit instanceof Unknown) return exploreBranches(interp, hit, [...whens.slice(i).map((x) => x.fields.body ?? null), elseNode ?? null], scope, n);
        if (isTruthy(hit)) return w.fields.body ? interp.eval(w.fields.body, scope) : null;
      }
    }
  }
  return elseNode ? interp.eval(elseNode, scope) : null;
}

export function evalJumpValue(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const list = n.children[0];
  if (!list) return null;
  const values = interp.evalList(list.children, scope);
  return values.length === 1 ? values[0]! : new RArray(values);
}

export function evalRescueModifier(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  // `x rescue y` is a rescue running as a begin/rescue body is: what Chef or Ruby raises in x goes to y.
  try {
    interp.rescuing++;
    try {
      return interp.eval(n.fields.body!, scope);
    } finally {
      interp.rescuing--;
    }
  } catch (e) {
    if (e instanceof RaiseSignal) return interp.eval(n.fields.handler!, scope);
    throw e;
  }
}