import type { Workspace } from '../model/workspace.js';

export interface AppChoice {
  readonly name: string;
  readonly runList: readonly string[];
}

export type AppsOrWhy = { readonly apps: readonly AppChoice[]; readonly skipped: readonly string[] } | { readonly none: string };

/** `recipe[web::default]` / `role[web]` → `web`: the app name a run list suggests. */
function nameFromRunList(runList: readonly string[]): string {
  const first = runList[0] ?? 'app';
  const m = /^(?:recipe|role)\[([^:\]]+)/.exec(first);
  return m?.[1] ?? first;
}

/**
 * What to convert when the user named no run list: a Policyfile's run list;
 * in a chef-repo one app per role; a cookbook its default recipe; a folder of
 * cookbooks each cookbook's default recipe. A library cookbook (no recipes)
 * has nothing to run, and says so.
 */
export function chooseApps(ws: Workspace, runList: readonly string[] | undefined): AppsOrWhy {
  if (runList && runList.length) return { apps: [{ name: nameFromRunList(runList), runList }], skipped: [] };
  if (ws.policyfile) return { apps: [{ name: ws.policyfile.name, runList: ws.policyfile.runList }], skipped: [] };
  if (ws.kind === 'chef-repo' && ws.roles.size > 0) {
    return { apps: [...ws.roles.keys()].sort().map((r) => ({ name: r, runList: [`role[${r}]`] })), skipped: [] };
  }
  const apps: AppChoice[] = [];
  const skipped: string[] = [];
  for (const name of ws.primary) {
    const cb = ws.cookbooks.get(name);
    if (!cb) continue;
    if (cb.files.recipes.length === 0) skipped.push(`${name} is a library cookbook (no recipes): nothing to convert on its own`);
    else if (!cb.files.recipes.includes('recipes/default.rb')) skipped.push(`${name} has no default recipe: name one with --run-list`);
    else apps.push({ name, runList: [`recipe[${name}::default]`] });
  }
  if (apps.length === 0) return { none: skipped.join('; ') || 'no cookbook, role or Policyfile found to convert' };
  return { apps, skipped };
}
