/** Operators: `&&`/`||` short-circuit, `<<` on strings, `!=` and `!~` through `==` and `=~`, unary operators, `defined?`. */
import { RFloat, Unknown, isTruthy, type RubyValue } from '../values.js';
import { nodeText, type Ast } from './ast.js';
import { BudgetSignal } from './signals.js';
import { moduleOf, type ModuleDef, type Scope } from './runtime.js';
import { MAX_STRING_LENGTH } from './builtins/size-budget.js';
import { inspect, toS } from './ruby-text.js';
import type { Evaluator } from './evaluator.js';
import { writeSlot } from './element-slots.js';

const COMPARISONS: ReadonlySet<string> = new Set(['==', '!=', '===', '<', '>', '<=', '>=', '<=>', '=~', '!~']);

export function evalBinary(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const op = n.op ?? '';
  const leftNode = n.fields.left!;
  if (op === '&&' || op === 'and') {
    const l = interp.eval(leftNode, scope);
    if (l instanceof Unknown) return l;
    return isTruthy(l) ? interp.eval(n.fields.right!, scope) : l;
  }
  if (op === '||' || op === 'or') {
    const l = interp.eval(leftNode, scope);
    if (l instanceof Unknown) return l;
    return isTruthy(l) ? l : interp.eval(n.fields.right!, scope);
  }
  const l = interp.eval(leftNode, scope);
  const r = interp.eval(n.fields.right!, scope);
  if (op === '<<' && typeof l === 'string') {
    // Strings are immutable values here: `<<` rebinds the variable it came from (ERB's `_buf << x`).
    let appended: RubyValue;
    if (r instanceof Unknown) {
      if (!interp.template) {
        // Outside a template the string itself becomes unknown, as `x.concat(u)` makes it.
        if (leftNode.type === 'identifier' || leftNode.type === 'instance_variable') interp.assignTo(leftNode, r, scope);
        return r;
      }
      interp.template.unknowns.push(r);
      appended = l + inspect(r);
    } else appended = l + (typeof r === 'string' ? r : toS(r));
    if (appended.length > MAX_STRING_LENGTH) {
      // Mostly a template's `_buf`: the render stops here rather than building gigabytes of output.
      throw new BudgetSignal('DEC0311', `value too large: ${interp.template ? 'the rendered template' : 'a string built with <<'} passed ${MAX_STRING_LENGTH} characters; the rest of ${n.loc.file} is not evaluated`, n.loc);
    }
    if (leftNode.type === 'identifier' || leftNode.type === 'instance_variable') interp.assignTo(leftNode, appended, scope);
    // A block parameter standing for an Array element changes the element too (element-slots.ts).
    if (leftNode.type === 'identifier' && !interp.template) writeSlot(scope, nodeText(leftNode), l, appended);
    return appended;
  }
  // Comparing a known value with an Unknown one is Unknown: `1 == u` is not false (a `find { |i| i == u }`
  // that said false would answer nil, and the `[]` after it fail where Ruby would have found the item).
  if (r instanceof Unknown && COMPARISONS.has(op)) return r;
  if (op === '!=') {
    const eq = interp.send(l, '==', [r], null, n);
    return eq instanceof Unknown ? eq : !isTruthy(eq);
  }
  if (op === '!~') {
    const m = interp.send(l, '=~', [r], null, n);
    return m instanceof Unknown ? m : m === null;
  }
  return interp.send(l, op, [r], null, n);
}

export function evalUnary(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  const op = n.op ?? n.open ?? nodeText(n).slice(0, 1);
  const operand = n.fields.operand ?? n.children[0]!;
  if (op === 'defined?') return evalDefined(interp, operand, scope);
  const v = interp.eval(operand, scope);
  if (v instanceof Unknown) return v;
  switch (op) {
    case '!':
    case 'not':
      return !isTruthy(v);
    case '-':
      if (typeof v === 'number') return -v;
      if (v instanceof RFloat) return new RFloat(-v.value);
      return interp.send(v, '-@', [], null, n);
    case '+':
      return v;
    case '~':
      return typeof v === 'number' ? ~v : interp.send(v, '~', [], null, n);
    default:
      return interp.unknown(`unary operator ${op} is not evaluated`, n, 'DEC0302');
  }
}

function evalDefined(interp: Evaluator, n: Ast, scope: Scope): RubyValue {
  if (n.type === 'parenthesized_statements' && n.children.length === 1) return evalDefined(interp, n.children[0]!, scope);
  switch (n.type) {
    case 'identifier':
      return scope.has(nodeText(n)) ? 'local-variable' : interp.respondTo(scope.self, nodeText(n)) ? 'method' : null;
    case 'instance_variable':
      return interp.ivarsOf(scope.self)?.has(nodeText(n)) ? 'instance-variable' : null;
    case 'constant': {
      // Where lookupConstant would look: the lexical modules, the innermost one's ancestors, the top level.
      const name = nodeText(n);
      for (let m: ModuleDef | undefined = scope.frame.lexical; m; m = m.lexicalParent) if (m.constants.has(name)) return 'constant';
      return scope.frame.lexical.ancestors().some((m) => m.constants.has(name)) || interp.root.constants.has(name) ? 'constant' : null;
    }
    case 'scope_resolution': {
      // `defined?(A::B)`: A must be defined and a module, and B one of its constants (`X = … unless defined?(A::X)`).
      const name = nodeText(n.fields.name!);
      if (!n.fields.scope) return interp.root.constants.has(name) ? 'constant' : null;
      if (evalDefined(interp, n.fields.scope, scope) === null) return null;
      const outer = moduleOf(interp.eval(n.fields.scope, scope));
      return outer && outer.ancestors().some((m) => m.constants.has(name)) ? 'constant' : null;
    }
    default:
      return 'expression';
  }
}