import type { Workspace } from '../model/workspace.js';

/** `"recipe[a],role[b], c::d"` → `['recipe[a]', 'role[b]', 'recipe[c::d]']`. */
export function parseRunListFlag(flag: string): string[] {
  return flag
    .split(/,(?![^[]*\])/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (/^(recipe|role)\[.*\]$/.test(s) ? s : `recipe[${s}]`));
}

/**
 * With no --run-list: a Policyfile's run list; a single cookbook's default
 * recipe; otherwise nothing (the caller says which roles there are).
 */
export function defaultRunList(ws: Workspace): string[] {
  if (ws.policyfile) return [...ws.policyfile.runList];
  if (ws.primary.length === 1) {
    const cb = ws.cookbooks.get(ws.primary[0]!);
    if (cb && cb.files.recipes.includes('recipes/default.rb')) return [`recipe[${cb.name}::default]`];
  }
  return [];
}
