/** Assignment: `=`, multiple assignment and destructuring, `op=`, `||=` and `&&=`. */
import { RArray, Unknown, isTruthy, type RubyValue } from '../values.js';
import { nodeText, type Ast } from './ast.js';
import { behaviourOf, moduleOf, type Scope } from './runtime.js';
import type { Evaluator } from './evaluator.js';

export function evalAssignment(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const left = n.fields.left!;
  const rightNode = n.fields.right!;
  if (left.type === 'left_assignment_list' || left.type === 'destructured_left_assignment') {
    const value = rightNode.type === 'right_assignment_list' ? new RArray(interp.evalList(rightNode.children, scope)) : interp.eval(rightNode, scope);
    destructure(interp, left, value, scope);
    return value;
  }
  const value = rightNode.type === 'right_assignment_list' ? new RArray(interp.evalList(rightNode.children, scope)) : interp.eval(rightNode, scope);
  assignTo(interp, left, value, scope);
  return value;
}

export function destructure(interp: Evaluator, left: Ast, value: RubyValue, scope: Scope): void {
  const items = value instanceof RArray ? value.items : value instanceof Unknown ? [] : [value];
  const targets = left.children;
  const restIdx = targets.findIndex((t) => t.type === 'rest_assignment');
  targets.forEach((t, i) => {
    let v: RubyValue;
    if (value instanceof Unknown) v = value;
    else if (restIdx >= 0 && i === restIdx) v = new RArray(items.slice(i, items.length - (targets.length - 1 - i)));
    else if (restIdx >= 0 && i > restIdx) v = items[items.length - (targets.length - i)] ?? null;
    else v = items[i] ?? null;
    if (t.type === 'rest_assignment') {
      if (t.children[0]) assignTo(interp, t.children[0], v, scope);
    } else if (t.type === 'destructured_left_assignment') destructure(interp, t, v, scope);
    else assignTo(interp, t, v, scope);
  });
}

export function assignTo(interp: Evaluator, left: Ast, value: RubyValue, scope: Scope): void {
  switch (left.type) {
    case 'identifier':
      scope.set(nodeText(left), value);
      return;
    case 'instance_variable': {
      const ivars = interp.ivarsOf(scope.self);
      if (ivars) ivars.set(nodeText(left), value);
      return;
    }
    case 'class_variable':
      scope.frame.lexical.classVars.set(nodeText(left), value);
      return;
    case 'constant':
      scope.frame.lexical.constants.set(nodeText(left), value);
      return;
    case 'global_variable':
      return;
    case 'element_reference': {
      const obj = interp.eval(left.fields.object!, scope);
      const { args } = interp.evalArgs(left.children.filter((c) => c !== left.fields.object), scope);
      interp.send(obj, '[]=', [...args, value], null, left);
      return;
    }
    case 'call': {
      const recv = left.fields.receiver ? interp.eval(left.fields.receiver, scope) : scope.self;
      if (left.op === '&.' && recv === null) return;
      interp.send(recv, `${nodeText(left.fields.method!)}=`, [value], null, left);
      return;
    }
    case 'scope_resolution': {
      const outer = left.fields.scope ? interp.eval(left.fields.scope, scope) : interp.root.value;
      const mod = moduleOf(outer);
      if (mod) mod.constants.set(nodeText(left.fields.name!), value);
      return;
    }
    case 'splat_argument':
    case 'rest_assignment':
      if (left.children[0]) assignTo(interp, left.children[0], value instanceof RArray ? value : new RArray([value]), scope);
      return;
    default:
      interp.unknown(`assignment to '${left.type}' is not evaluated`, left, 'DEC0302');
  }
}

export function evalOpAssignment(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const left = n.fields.left!;
  const op = (n.op ?? '').replace(/=$/, '');
  // Evaluate the receiver and index once, as Ruby does.
  let read: () => RubyValue;
  let write: (v: RubyValue) => void;
  if (left.type === 'element_reference') {
    const obj = interp.eval(left.fields.object!, scope);
    const { args } = interp.evalArgs(left.children.filter((c) => c !== left.fields.object), scope);
    read = () => interp.send(obj, '[]', args, null, left);
    write = (v) => void interp.send(obj, '[]=', [...args, v], null, left);
  } else if (left.type === 'call' && left.fields.receiver) {
    const recv = interp.eval(left.fields.receiver, scope);
    const name = nodeText(left.fields.method!);
    read = () => interp.send(recv, name, [], null, left);
    write = (v) => void interp.send(recv, `${name}=`, [v], null, left);
  } else if (left.type === 'identifier') {
    const name = nodeText(left);
    read = () => (scope.has(name) ? scope.get(name)! : null);
    write = (v) => scope.set(name, v);
  } else if (left.type === 'instance_variable') {
    read = () => interp.ivarsOf(scope.self)?.get(nodeText(left)) ?? null;
    write = (v) => assignTo(interp, left, v, scope);
  } else {
    read = () => (left.type === 'constant' ? scope.frame.lexical.constants.get(nodeText(left)) ?? null : interp.eval(left, scope));
    write = (v) => assignTo(interp, left, v, scope);
  }
  let current = read();
  // An attribute path with nothing stored at its level (`node.default['a']['b'] ||= x`) reads as nil.
  const vacant = (behaviourOf(current) as { vacant?: () => boolean } | undefined)?.vacant;
  if (vacant && vacant.call(behaviourOf(current))) current = null;
  if (op === '||') {
    if (current instanceof Unknown) return current;
    if (isTruthy(current)) return current;
    const v = interp.eval(n.fields.right!, scope);
    write(v);
    return v;
  }
  if (op === '&&') {
    if (current instanceof Unknown || !isTruthy(current)) return current;
    const v = interp.eval(n.fields.right!, scope);
    write(v);
    return v;
  }
  const right = interp.eval(n.fields.right!, scope);
  const v = interp.send(current, op, [right], null, n);
  write(v);
  return v;
}