/** Running blocks, procs and lambdas, and binding a parameter list (blocks and methods alike). */
import { RArray, RHash, RSymbol, sym, type RProc, type RubyValue } from '../values.js';
import { nodeText, type Ast } from './ast.js';
import { BudgetSignal, NextSignal, ReturnSignal } from './signals.js';
import { Scope, closureOf } from './runtime.js';
import type { Evaluator } from './evaluator.js';
import { bindSlot, takePendingSlot } from './element-slots.js';

/** Call a block or lambda; `self` overrides the closure's self (instance_eval). */
export function callProc(interp: Evaluator, proc: RProc, args: RubyValue[], at: Ast, self?: RubyValue): RubyValue {
  const body = proc.body;
  const slot = takePendingSlot();
  if (body && 'native' in body) return body.native(args, at);
  const closure = closureOf(proc);
  const scope = new Scope(closure, self === undefined ? closure.self : self, closure.frame);
  enter(interp, at);
  try {
    const params = proc.params;
    if (params) {
      bindParams(interp, params, args, null, scope, !proc.isLambda);
      const first = params.children[0];
      if (first?.type === 'identifier') bindSlot(scope, nodeText(first), slot, scope.get(nodeText(first)) ?? null);
    } else {
      args.forEach((a, i) => scope.declare(`_${i + 1}`, a));
      if (args.length > 0) scope.declare('it', args[0]!);
    }
    if (!body) return null;
    return interp.eval(body, scope);
  } catch (e) {
    if (e instanceof NextSignal) return e.value;
    if (proc.isLambda && e instanceof ReturnSignal && e.frame === closure.frame) return e.value;
    throw e;
  } finally {
    interp.depth--;
  }
}

/** Call a block from a builtin iterator; `break` in it ends the iteration with its value. */
export function yieldTo(interp: Evaluator, block: RProc, args: RubyValue[], at: Ast): RubyValue {
  // An empty block evaluates no node, so each iteration must count here or `loop do end` never ends.
  interp.countStep(at);
  return callProc(interp, block, args, at);
}

export function enter(interp: Evaluator, at: Ast): void {
  if (++interp.depth > interp.maxDepth) {
    throw new BudgetSignal('DEC0305', `call depth over ${interp.maxDepth} at ${at.loc.file}:${at.loc.line}: runaway recursion?`, at.loc);
  }
}

export function bindParams(interp: Evaluator, params: Ast, argsIn: RubyValue[], block: RProc | null, scope: Scope, autoSplat: boolean): void {
  let args = argsIn;
  const list = params.children;
  const positional = list.filter((p) => p.type === 'identifier' || p.type === 'destructured_parameter' || p.type === 'optional_parameter' || p.type === 'splat_parameter');
  if (autoSplat && args.length === 1 && args[0] instanceof RArray && (positional.length > 1 || list.some((p) => p.type === 'destructured_parameter' && positional.length > 1))) {
    args = args[0].items;
  }
  const hasKw = list.some((p) => p.type === 'keyword_parameter' || p.type === 'hash_splat_parameter');
  let kw: RHash | undefined;
  if (hasKw && args.length > 0) {
    const last = args[args.length - 1];
    if (last instanceof RHash && last.keys().every((k) => k instanceof RSymbol)) {
      kw = last;
      args = args.slice(0, -1);
    }
  }
  const required = list.filter((p) => p.type === 'identifier' || p.type === 'destructured_parameter').length;
  let optionalLeft = Math.max(0, args.length - required);
  let i = 0;
  const used = new Set<string>();
  for (const p of list) {
    switch (p.type) {
      case 'identifier':
        scope.declare(nodeText(p), args[i++] ?? null);
        break;
      case 'destructured_parameter': {
        const v = args[i++] ?? null;
        bindParams(interp, p, v instanceof RArray ? v.items : [v], null, scope, false);
        break;
      }
      case 'optional_parameter': {
        const name = nodeText(p.fields.name!);
        if (optionalLeft > 0) {
          scope.declare(name, args[i++] ?? null);
          optionalLeft--;
        } else scope.declare(name, interp.eval(p.fields.value!, scope));
        break;
      }
      case 'splat_parameter': {
        const rest = args.slice(i, Math.max(i, args.length - (required - countBefore(list, p))));
        i += rest.length;
        if (p.fields.name) scope.declare(nodeText(p.fields.name), new RArray(rest));
        break;
      }
      case 'keyword_parameter': {
        const name = nodeText(p.fields.name!);
        used.add(name);
        const given = kw?.has(sym(name)) ? kw.get(sym(name))! : undefined;
        scope.declare(name, given !== undefined ? given : p.fields.value ? interp.eval(p.fields.value, scope) : null);
        break;
      }
      case 'hash_splat_parameter': {
        const rest = new RHash();
        for (const [k, v] of kw?.entries() ?? []) if (!(k instanceof RSymbol && used.has(k.name))) rest.set(k, v);
        if (p.fields.name) scope.declare(nodeText(p.fields.name), rest);
        break;
      }
      case 'block_parameter':
        if (p.fields.name) scope.declare(nodeText(p.fields.name), block);
        break;
      case 'forward_parameter':
        scope.declare('...', new RArray(argsIn));
        break;
      default:
        break;
    }
  }
}
function countBefore(list: Ast[], p: Ast): number {
  return list.slice(0, list.indexOf(p)).filter((x) => x.type === 'identifier' || x.type === 'destructured_parameter').length;
}
