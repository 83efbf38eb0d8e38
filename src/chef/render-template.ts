/**
 * Render an ERB template the way Chef does: Erubis turns it into Ruby
 * (`erubisSource`, line numbers kept), and the evaluator runs that Ruby with
 * the template's variables as instance variables. Unknown values print as a
 * visible «decant: unknown …» marker and make the result incomplete.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { Code } from '../diagnostics/codes.js';
import type { FileRef } from '../ruby/parser.js';
import { RHash, RSymbol, Unknown, type RubyValue } from './values.js';
import { toAst } from './interpreter/ast.js';
import { Interpreter } from './interpreter/interpreter.js';
import { registerCore } from './interpreter/core-constants.js';
import { inspect, toS } from './interpreter/ruby-text.js';
import type { Native } from './interpreter/runtime.js';
import { TemplateContext, type TemplateHelpers } from './dsl/template-context.js';
import { generatedRuby, templateSyntaxDiagnostics } from './template/template-syntax.js';
import { registerErubis } from './template/erubis-helpers.js';

export interface RenderOptions {
  /** The node object templates read as `node` (evaluate passes the run's node). */
  readonly node?: RubyValue;
  readonly helpers?: TemplateHelpers;
  /** The interpreter holding the run's library modules; a fresh one otherwise. */
  readonly interpreter?: Interpreter;
  /** `render 'partial.erb', variables: {...}` */
  readonly render?: Native;
  /**
   * Chef's helper instance variables (`@cookbook_name`, `@recipe_name`,
   * `@template_name`…), set only where `variables` did not name them, as
   * Chef's template provider does (provider/template/content.rb).
   */
  readonly helperIvars?: ReadonlyMap<string, RubyValue>;
}

export interface RenderResult {
  text: string;
  complete: boolean;
  unknowns: Unknown[];
  diagnostics: Diagnostic[];
}

/** Synchronous; `await initParsers()` first. Never throws on bad input. */
export function renderTemplateText(templateText: string, ref: FileRef, variables: RHash, options: RenderOptions = {}): RenderResult {
  const interp = options.interpreter ?? freshInterpreter();
  const before = interp.diagnostics.length;
  const savedTemplate = interp.template;
  const savedSteps = interp.steps;
  const unknowns: Unknown[] = [];
  interp.template = { unknowns };
  let text = '';
  let stopped = false;
  try {
    // Syntax errors are reported at template lines, not lines of the generated Ruby.
    const generated = generatedRuby(templateText, ref);
    for (const d of templateSyntaxDiagnostics(templateText, ref, generated)) interp.report(d.code as Code, d.severity, d.message, d.location, d.hint);
    registerErubis(interp);
    const { parsed } = generated;
    const ast = toAst(parsed.tree.rootNode, ref, parsed.text);
    parsed.tree.delete();
    const ctx = new TemplateContext(options.node, options.helpers ?? {}, options.render);
    for (const [k, v] of variables.entries()) ctx.value.ivars.set(`@${k instanceof RSymbol ? k.name : toS(k)}`, v);
    // Chef sets @node after the variables, so a variable named node does not hide it.
    if (options.node !== undefined) ctx.value.ivars.set('@node', options.node);
    for (const [k, v] of options.helperIvars ?? []) if (!ctx.value.ivars.has(k)) ctx.value.ivars.set(k, v);
    const r = interp.runFile(ast, ctx.value, interp.newFrame(ref, interp.root, ctx.singleton));
    stopped = r.stopped === 'raise' || r.stopped === 'budget';
    if (r.value instanceof Unknown) {
      unknowns.push(r.value);
      text = inspect(r.value);
    } else text = toS(r.value);
  } catch (e) {
    stopped = true;
    interp.report('DEC0901', 'error', `internal error while rendering (${e instanceof Error ? e.message : String(e)})`, { file: ref.file, line: 1, column: 1, ...(ref.cookbook ? { cookbook: ref.cookbook } : {}) });
  } finally {
    interp.template = savedTemplate;
    interp.steps = savedSteps;
  }
  const diagnostics = interp.diagnostics.splice(before);
  return { text, complete: unknowns.length === 0 && !stopped, unknowns, diagnostics };
}

function freshInterpreter(): Interpreter {
  const interp = new Interpreter();
  registerCore(interp);
  return interp;
}
