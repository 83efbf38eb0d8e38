/**
 * Branches whose condition is Unknown. A static reader cannot tell which one
 * Chef would take, so every branch is walked, each from the same locals, and
 * whatever a branch declares carries the condition (the plan shows it as an
 * 'unknown' guard). Afterwards a local keeps its value only where every branch
 * that falls through agrees on it; otherwise it becomes Unknown.
 *
 * A branch that ends in `raise` is one Chef would not survive: it is dropped
 * when another branch falls through. `return`/`next`/`break` in some branches
 * only: the run continues with the branches that fall through (so nothing
 * after them is lost) and the method's result is merged at its end.
 */
import type { Ast } from './ast.js';
import type { Scope } from './runtime.js';
import { BreakSignal, NextSignal, RaiseSignal, ReturnSignal } from './signals.js';
import { Unknown, type RubyValue } from '../values.js';
import { rEquals, className } from './value-ops.js';

/** How deep Unknown conditions may nest before branches are no longer walked. */
export const MAX_UNKNOWN_NESTING = 12;
/** Branches walked under Unknown conditions per file run: bounds the doubling of nested unknown tests. */
export const MAX_UNKNOWN_BRANCHES = 4000;

/** What the interpreter offers the explorer (kept narrow so this file stays testable on its own terms). */
export interface BranchHost {
  eval(n: Ast, scope: Scope): RubyValue;
  underCondition<T>(u: Unknown, fn: () => T): T;
  /** Reports and answers false when the nesting or per-file budget is spent. */
  mayExplore(at: Ast, reason: Unknown): boolean;
  countBranch(): void;
  /** A `return` taken in some branches only: its value joins the method's result. */
  noteMaybeReturn(signal: ReturnSignal, reason: Unknown): void;
}

type Outcome = { readonly value: RubyValue; readonly locals: Map<string, RubyValue> } | { readonly signal: unknown };

/** The reason every resource declared in a branch carries. */
export function conditionReason(c: Unknown): Unknown {
  // A condition under a condition: the first cause is what a person answers; "depends on depends on …" says no more.
  if (c.reason.startsWith('depends on ')) return c;
  const where = c.at ? ` (${c.at.file}:${c.at.line})` : '';
  return new Unknown(`depends on ${c.reason}${where}`, c.at);
}

export function sameValue(a: RubyValue, b: RubyValue): boolean {
  if (a === b) return true;
  if (a instanceof Unknown || b instanceof Unknown) return false;
  return className(a) === className(b) && rEquals(a, b);
}

/**
 * Walk `branches` (null: an empty branch, as the missing `else` of an `if`)
 * under the Unknown `c`; the value is the branches' common value, or Unknown.
 */
export function exploreBranches(host: BranchHost, c: Unknown, branches: readonly (Ast | null)[], scope: Scope, at: Ast): RubyValue {
  const reason = conditionReason(c);
  if (!host.mayExplore(at, c)) return c;
  const before = scope.snapshot();
  const outcomes: Outcome[] = [];
  for (const b of branches) {
    scope.restore(before);
    host.countBranch();
    try {
      const value = b ? host.underCondition(reason, () => host.eval(b, scope)) : null;
      outcomes.push({ value, locals: flatten(scope) });
    } catch (e) {
      if (e instanceof RaiseSignal || e instanceof ReturnSignal || e instanceof NextSignal || e instanceof BreakSignal) outcomes.push({ signal: e });
      else throw e;
    }
  }
  const live = outcomes.filter((o): o is Extract<Outcome, { value: RubyValue }> => 'value' in o);
  const signals = outcomes.flatMap((o) => ('signal' in o ? [o.signal] : []));
  if (live.length === 0) {
    scope.restore(before);
    throw allTaken(signals, reason);
  }
  for (const s of signals) if (s instanceof ReturnSignal) host.noteMaybeReturn(s, reason);
  scope.restore(before);
  mergeLocals(scope, live.map((o) => o.locals), reason);
  return merged(live.map((o) => o.value), reason);
}

/** Every branch left by a jump: leave with the first, its value merged where they are all returns. */
function allTaken(signals: unknown[], reason: Unknown): unknown {
  const returns = signals.filter((s): s is ReturnSignal => s instanceof ReturnSignal);
  if (returns.length === signals.length && returns.length > 1) {
    return new ReturnSignal(merged(returns.map((r) => r.value), reason), returns[0]!.frame);
  }
  return signals.find((s) => !(s instanceof RaiseSignal)) ?? signals[0];
}

export function merged(values: readonly RubyValue[], reason: Unknown): RubyValue {
  const first = values[0] ?? null;
  return values.every((v) => sameValue(v, first)) ? first : new Unknown(reason.reason, reason.at);
}

function flatten(scope: Scope): Map<string, RubyValue> {
  const out = new Map<string, RubyValue>();
  // Innermost scope last, so it wins, as lookup does.
  for (const [, vars] of [...scope.snapshot()].reverse()) for (const [k, v] of vars) out.set(k, v);
  return out;
}

function mergeLocals(scope: Scope, branches: readonly Map<string, RubyValue>[], reason: Unknown): void {
  const names = new Set(branches.flatMap((m) => [...m.keys()]));
  for (const name of [...names].sort()) {
    const values = branches.map((m) => (m.has(name) ? m.get(name)! : null));
    const current = scope.has(name) ? scope.get(name)! : undefined;
    const value = merged(values, reason);
    if (current === undefined || !sameValue(current, value)) scope.set(name, value);
  }
}
