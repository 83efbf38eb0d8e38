/**
 * A template's helpers (`helpers(Mod)`, `helpers do … end`, `helper(:x) { }`) and its partials (`render 'x.erb'`).
 * Chef's TemplateContext#render renders a partial in a context built from the calling one's, helper modules and
 * helper methods included, so a partial calls the same helpers as the template that renders it.
 */
import { RHash, RObject, RProc, RSymbol, type RubyValue } from '../values.js';
import { moduleOf, type Call, type ModuleDef } from '../interpreter/runtime.js';
import { isDiagnostic, readCookbookFile } from '../../load/read-source.js';
import { findCookbookFile } from '../template/file-specificity.js';
import { cookbookFileNotFound } from '../template/cookbook-file-not-found.js';
import { renderTemplateText } from '../render-template.js';
import type { Cookbook } from '../../model/workspace.js';
import type { ChefRun } from './chef-run.js';
import type { ResourceBuilder } from './resource-builder.js';

export interface TemplateHelpers {
  readonly modules: ModuleDef[];
  readonly procs: Map<string, RProc>;
}

export function templateHelpers(b: ResourceBuilder, props: Map<string, RubyValue>): TemplateHelpers {
  const modules: ModuleDef[] = [];
  const procs = new Map<string, RProc>();
  for (const v of b.helperModules) {
    const m = moduleOf(v);
    if (m) modules.push(m);
  }
  for (const [k, v] of b.helperProcs) procs.set(k, v);
  void props;
  return { modules, procs };
}

export function renderPartial(run: ChefRun, cookbook: Cookbook, c: Call, helpers: TemplateHelpers): RubyValue {
  const name = c.args[0];
  if (typeof name !== 'string') return c.interp.unknown('render of a partial with an unknown name', c.node);
  const opts = c.args[1] instanceof RHash ? c.args[1] : new RHash();
  const cbName = opts.get(RSymbol.of('cookbook'));
  const cb = typeof cbName === 'string' ? run.ws.cookbooks.get(cbName) ?? cookbook : cookbook;
  const found = findCookbookFile(cb, 'templates', name, run.facts, run.fqdn());
  if (!('relativePath' in found)) {
    run.diagnostics.push(cookbookFileNotFound(cb, 'templates', found.tried, c.node.loc));
    return c.interp.unknown(`partial ${name} not found`, c.node);
  }
  const text = readCookbookFile(cb, found.relativePath, c.node.loc);
  if (isDiagnostic(text)) return c.interp.unknown(text.message, c.node);
  const vars = opts.get(RSymbol.of('variables'));
  const savedTemplate = c.interp.template;
  // Chef's `render`: with `variables:` the partial sees those (and @node); without, a copy of the caller's instance variables.
  const inherited = !opts.has(RSymbol.of('variables')) && c.self instanceof RObject ? new Map(c.self.ivars) : undefined;
  const r = renderTemplateText(text.text, text.ref, vars instanceof RHash ? vars : new RHash(), { node: run.node.value, interpreter: run.interp, helpers, render: (cc) => renderPartial(run, cb, cc, helpers), ...(inherited ? { helperIvars: inherited } : {}) });
  c.interp.template = savedTemplate;
  run.diagnostics.push(...r.diagnostics);
  if (!r.complete) savedTemplate?.unknowns.push(...r.unknowns);
  return r.text;
}

