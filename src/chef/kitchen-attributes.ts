/**
 * The node attributes Test Kitchen would hand chef-client for this run list:
 * the `attributes:` of the kitchen.yml suite that converges exactly this run
 * list. Kitchen writes them into dna.json, which chef-client reads at normal
 * precedence. Real test recipes read them (`node['x_test']['directory']`)
 * and evaluate to nothing without them.
 *
 * Several suites may converge the same run list with different attributes;
 * then the user picks one (`--suite`), and until then none is taken and the
 * diagnostic says which there are.
 */
import { info } from '../diagnostics/create.js';
import type { Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { KitchenSuite, Workspace } from '../model/workspace.js';
import { parseRunListItem } from './run-list.js';

export interface KitchenAttributes {
  readonly attributes?: Readonly<Record<string, Data>>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Run-list items as Chef compares them: `recipe[x]`, `x` and `x::default` are one recipe. */
function sameRunList(a: readonly string[], b: readonly string[]): boolean {
  const norm = (items: readonly string[]) =>
    items.map((i) => {
      const p = parseRunListItem(i);
      return p.kind === 'invalid' ? p.text : `${p.kind}:${p.name}`;
    });
  const x = norm(a);
  const y = norm(b);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

const where = (s: KitchenSuite) => `${s.name} (${s.location.cookbook ? `${s.location.cookbook}/` : ""}${s.location.file}:${s.location.line})`;

export function kitchenAttributes(ws: Workspace, runList: readonly string[], suiteName?: string): KitchenAttributes {
  const suites = ws.kitchenSuites ?? [];
  if (suiteName !== undefined) {
    const named = suites.filter((s) => s.name === suiteName);
    if (named.length === 0) {
      return { diagnostics: [info('DEC0316', `no kitchen.yml suite is named ${suiteName} (suites: ${suites.map((s) => s.name).join(', ') || 'none'}); no suite attributes taken`)] };
    }
    const chosen = named[0]!;
    return { attributes: chosen.attributes, diagnostics: [info('DEC0316', `node attributes of kitchen suite ${where(chosen)} taken at normal precedence, as Test Kitchen passes them (--suite)`, chosen.location)] };
  }
  const matching = suites.filter((s) => s.runList.length > 0 && sameRunList(s.runList, runList) && Object.keys(s.attributes).length > 0);
  if (matching.length === 0) return { diagnostics: [] };
  const distinct = new Set(matching.map((s) => JSON.stringify(s.attributes)));
  if (distinct.size > 1) {
    return {
      diagnostics: [info('DEC0316', `kitchen suites ${matching.map(where).join(', ')} converge this run list with different node attributes; none taken`, matching[0]!.location, 'pick one with --suite NAME')],
    };
  }
  const chosen = matching[0]!;
  const also = matching.length > 1 ? ` (and ${matching.slice(1).map((s) => s.name).join(', ')}, the same)` : '';
  return { attributes: chosen.attributes, diagnostics: [info('DEC0316', `node attributes of kitchen suite ${where(chosen)}${also} taken at normal precedence, as Test Kitchen passes them for this run list`, chosen.location)] };
}
