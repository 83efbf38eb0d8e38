/**
 * The order cookbooks load in (Chef's CookbookCompiler#cookbook_order): for
 * each recipe's cookbook in run-list order, its dependencies first, depth
 * first, in lexical order of their names, each cookbook once.
 */
import { error } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Workspace } from '../model/workspace.js';

export function cookbookOrder(ws: Workspace, recipes: readonly string[]): { order: string[]; diagnostics: Diagnostic[] } {
  const order: string[] = [];
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];

  const add = (name: string, requiredBy: string | undefined): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const cookbook = ws.cookbooks.get(name);
    if (!cookbook) {
      if (requiredBy === undefined) {
        diagnostics.push(error('DEC0207', `cookbook ${JSON.stringify(name)} of the run list is not on the cookbook path`, undefined, pathHint(ws)));
      } else {
        const parent = ws.cookbooks.get(requiredBy);
        diagnostics.push(
          error(
            'DEC0202',
            `cookbook ${JSON.stringify(requiredBy)} depends on ${JSON.stringify(name)}, which is not on the cookbook path`,
            parent?.metadata.depends.find((d) => d.name === name)?.location,
            pathHint(ws),
          ),
        );
      }
      return;
    }
    // Ruby's String#sort compares bytes, as does JS's default comparison of ASCII names.
    const deps = [...new Set(cookbook.metadata.depends.map((d) => d.name))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const dep of deps) add(dep, name);
    order.push(name);
  };

  for (const recipe of recipes) add(recipe.split('::')[0]!, undefined);
  return { order, diagnostics };
}

function pathHint(ws: Workspace): string {
  return `add the folder that holds it with --cookbook-path (cookbooks found: ${[...ws.cookbooks.keys()].sort().join(', ') || 'none'})`;
}
