/** Call sites: the receiver and arguments of a call, blocks and lambdas made from syntax, `super`. */
import { RArray, RHash, RObject, RProc, RRange, RSymbol, Unknown, type RubyValue } from '../values.js';
import { nodeText, type Ast } from './ast.js';
import { instanceClass, type Scope } from './runtime.js';
import { rangeItems } from './value-ops.js';
import type { Evaluator } from './evaluator.js';
import { writeSlot } from './element-slots.js';

export function evalCall(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const methodNode = n.fields.method;
  const recvNode = n.fields.receiver;
  const name = methodNode ? nodeText(methodNode) : 'call';
  const argNodes = n.fields.arguments?.children ?? [];
  if (!recvNode && methodNode?.type === 'super') {
    const { args } = evalArgs(interp, argNodes, scope);
    return evalSuper(interp, n, scope, args, true);
  }
  if (!recvNode) {
    const { args, block } = evalArgs(interp, argNodes, scope, n.fields.block);
    return interp.callFunction(scope, name, args, block, n);
  }
  const recv = interp.eval(recvNode, scope);
  if (n.op === '&.' && recv === null) return null;
  const { args, block } = evalArgs(interp, argNodes, scope, n.fields.block);
  if (recvNode.type === 'identifier' || recvNode.type === 'instance_variable') {
    if (typeof recv === 'string' && MUTATING_STRING.has(name)) {
      const r = interp.send(recv, name.replace(/!$/, ''), args, block, n);
      if (typeof r === 'string') {
        interp.assignTo(recvNode, r, scope);
        if (recvNode.type === 'identifier') writeSlot(scope, nodeText(recvNode), recv, r);
      } else if (r instanceof Unknown) {
        // The string took in something unknown: the variable holds an unknown string from here on.
        interp.assignTo(recvNode, r, scope);
      }
      return name.endsWith('!') && r === recv ? null : r;
    }
  }
  return interp.send(recv, name, args, block, n);
}

export function evalArgs(interp: Evaluator, nodes: readonly Ast[], scope: Scope, blockNode?: Ast): { args: RubyValue[]; block: RProc | null } {
  const args: RubyValue[] = [];
  let kwargs: RHash | undefined;
  let block: RProc | null = null;
  for (const c of nodes) {
    switch (c.type) {
      case 'pair': {
        kwargs ??= new RHash();
        const key = interp.evalKey(c.fields.key!, scope);
        kwargs.set(key, c.fields.value ? interp.eval(c.fields.value, scope) : interp.evalIdentifier(c.fields.key!, scope));
        break;
      }
      case 'hash_splat_argument': {
        kwargs ??= new RHash();
        const v = interp.eval(c.children[0]!, scope);
        if (v instanceof RHash) for (const [k, x] of v.entries()) kwargs.set(k, x);
        break;
      }
      case 'block_argument': {
        const v = c.children[0] ? interp.eval(c.children[0], scope) : scope.frame.block;
        if (v instanceof RProc) block = v;
        else if (v instanceof RSymbol) block = symbolProc(interp, v.name);
        else if (v instanceof RObject && v.className === 'Method') block = (v.internal as { proc: RProc }).proc;
        break;
      }
      case 'splat_argument': {
        const v = interp.eval(c.children[0]!, scope);
        if (v instanceof RRange) args.push(...(rangeItems(v) ?? []));
        else if (v instanceof RArray) args.push(...v.items);
        else if (v !== null) args.push(v);
        break;
      }
      default:
        args.push(interp.eval(c, scope));
    }
  }
  if (kwargs) args.push(kwargs);
  if (blockNode) block = makeBlock(interp, blockNode, scope);
  return { args, block };
}

export function makeBlock(interp: Evaluator, b: Ast, scope: Scope): RProc {
  return new RProc(b.fields.parameters, b.fields.body, scope, false);
}

export function makeLambda(interp: Evaluator, n: Ast, scope: Scope): RProc {
  const body = n.fields.body!;
  return new RProc(n.fields.parameters ?? body.fields.parameters, body.fields.body, scope, true);
}

export function symbolProc(interp: Evaluator, name: string): RProc {
  return new RProc(undefined, { native: (args: RubyValue[], at: Ast) => interp.send(args[0] ?? null, name, args.slice(1), null, at) }, undefined, false);
}

export function nativeProc(interp: Evaluator, fn: (args: RubyValue[], at: Ast) => RubyValue): RProc {
  return new RProc(undefined, { native: fn }, undefined, false);
}

export function evalSuper(interp: Evaluator, n: Ast, scope: Scope, explicit: RubyValue[], hasArgs = false): RubyValue {
  const m = scope.frame.method;
  if (!m) return interp.unknown('super outside a method', n, 'DEC0302');
  // Bare `super` passes the method's own arguments; `super(...)` passes its own.
  const args = hasArgs ? explicit : scope.frame.args ?? [];
  const chain = instanceClass(scope.self)?.ancestors() ?? m.owner.ancestors();
  const idx = chain.indexOf(m.owner);
  for (const mod of chain.slice(idx + 1)) {
    const found = mod.methods.get(m.name);
    if (found) return interp.invoke(found, scope.self, m.name, args, scope.frame.block, n, scope);
  }
  return null;
}
const MUTATING_STRING = new Set(['<<', 'concat', 'gsub!', 'sub!', 'strip!', 'chomp!', 'upcase!', 'downcase!', 'squeeze!', 'lstrip!', 'rstrip!', 'replace', 'prepend', 'capitalize!', 'insert', 'tr!', 'chop!']);
