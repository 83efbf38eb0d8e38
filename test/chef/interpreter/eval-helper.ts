import { initParsers, parseRuby } from '../../../src/ruby/parser.js';
import { toAst } from '../../../src/chef/interpreter/ast.js';
import { Interpreter } from '../../../src/chef/interpreter/interpreter.js';
import { registerCore } from '../../../src/chef/interpreter/core-constants.js';
import { inspect } from '../../../src/chef/interpreter/ruby-text.js';
import { RObject, type RubyValue } from '../../../src/chef/values.js';

export async function evalRuby(src: string, interp = newInterpreter()): Promise<{ value: RubyValue; interp: Interpreter; text: string; stopped?: string }> {
  await initParsers();
  const ref = { file: 'x.rb' };
  const ast = toAst(parseRuby(src, ref).tree.rootNode, ref, src);
  const r = interp.runFile(ast, new RObject('main'), interp.newFrame(ref, interp.root));
  return { value: r.value, interp, text: inspect(r.value), ...(r.stopped ? { stopped: r.stopped } : {}) };
}

export function newInterpreter(): Interpreter {
  const interp = new Interpreter();
  registerCore(interp);
  return interp;
}
