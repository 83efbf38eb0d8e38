/**
 * `Erubis::Eruby.new(text).evaluate(context)` and `.result(context)` in a
 * library: cookbooks build config fragments from ERB strings held in
 * constants (a helper renders a `plugin { … }` block from a heredoc). Chef
 * ships Erubis, so the text is rendered as a template is — the same Erubis
 * conversion and evaluator — with the context Hash's keys as instance
 * variables. A context that is no Hash (a `binding`) is Unknown, saying so.
 */
import { RHash, RObject, Unknown, type RubyValue } from '../values.js';
import type { Interpreter } from '../interpreter/interpreter.js';
import { defineModule } from '../interpreter/define-module.js';
import { Instance, type Native } from '../interpreter/runtime.js';
import { toS } from '../interpreter/ruby-text.js';
import { renderTemplateText } from '../render-template.js';

export function registerErubisEruby(interp: Interpreter): void {
  // A Chef template's self (template-context.ts) is a Chef::Mixin::Template::TemplateContext, an Erubis::Context.
  defineModule(interp, 'Chef::Mixin::Template::TemplateContext', true).superclass ??= defineModule(interp, 'Erubis::Context', true);
  const eruby = defineModule(interp, 'Erubis::Eruby', true);
  eruby.singletonMethods.set('new', (c) => {
    const text = c.args[0] ?? null;
    if (text instanceof Unknown) return text;
    const o = new RObject('Erubis::Eruby', new Instance(eruby));
    o.ivars.set('@src_text', toS(text));
    return o;
  });
  const render: Native = (c) => {
    const text = c.self instanceof RObject ? c.self.ivars.get('@src_text') : undefined;
    const context: RubyValue = c.args[0] ?? new RHash();
    if (context instanceof Unknown) return context;
    if (typeof text !== 'string') return null;
    if (!(context instanceof RHash)) return c.interp.unknown(`Erubis::Eruby#${c.name} with a context that is not a Hash is not evaluated`, c.node, 'DEC0302');
    const ref = { file: c.node.loc.file, ...(c.node.loc.cookbook ? { cookbook: c.node.loc.cookbook } : {}) };
    const r = renderTemplateText(text, ref, context, { interpreter: interp });
    // The render's diagnostics were taken out of the interpreter's list; they belong to this run.
    for (const d of r.diagnostics) interp.diagnostics.push(d);
    return r.complete ? r.text : r.unknowns[0] ?? c.interp.unknown(`Erubis::Eruby#${c.name} did not finish`, c.node, 'DEC0302');
  };
  eruby.methods.set('evaluate', render);
  eruby.methods.set('result', render);
}
