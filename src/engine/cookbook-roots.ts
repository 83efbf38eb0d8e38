/**
 * Where an app's integration tests live, found from what report.json says
 * (the cookbooks its resources came from, its run list) and the folders the
 * user converted from. report.json records where convert read each
 * cookbook (relative to the report's folder, or absolute), so verify needs no
 * flags; `--cookbook-path` adds folders to look in.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chooseSuite, findSuites, recipeOf, type Suite } from './inspec/index.js';

export interface ReportAppSources {
  readonly runList?: readonly unknown[];
  /** Where convert read the input and each cookbook, relative to report.json's folder or absolute. */
  readonly input?: unknown;
  readonly cookbooks?: unknown;
  readonly resources?: readonly { source?: { file?: unknown } }[];
}

export interface TestsHome {
  /** The folder holding test/integration (a cookbook, or a chef-repo's root). */
  readonly root: string;
  readonly suite: Suite;
}

const isDir = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

function metadataName(dir: string): string | undefined {
  const p = join(dir, 'metadata.rb');
  if (!existsSync(p)) return undefined;
  try {
    return /^[ \t]*name\s+['"]([^'"]+)['"]/m.exec(readFileSync(p, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** Cookbook names the app came from: its first recipe's first, then in the order the report lists resources. */
export function appCookbooks(app: ReportAppSources): string[] {
  const names: string[] = [];
  for (const r of app.runList ?? []) {
    if (typeof r !== 'string' || /^role\[/.test(r)) continue;
    names.push(recipeOf(r).split('::')[0]!);
  }
  for (const r of app.resources ?? []) {
    const file = r.source?.file;
    // `cookbook/recipes/x.rb`; a file at the workspace root (roles/…) names no cookbook.
    const m = typeof file === 'string' ? /^([^/]+)\/(recipes|resources|providers|libraries|definitions|attributes|templates|files)\//.exec(file) : null;
    if (m) names.push(m[1]!);
  }
  return [...new Set(names)];
}

/**
 * The folders report.json says convert read, resolved against the folder
 * report.json is in: the app's cookbooks in the order `appCookbooks` gives,
 * then the input (a chef-repo's root may hold the suites).
 */
export function recordedFolders(app: ReportAppSources, reportDir: string): string[] {
  const recorded = app.cookbooks !== null && typeof app.cookbooks === 'object' ? (app.cookbooks as Record<string, unknown>) : {};
  const out: string[] = [];
  for (const name of [...appCookbooks(app), ...Object.keys(recorded).sort()]) {
    const p = recorded[name];
    if (typeof p === 'string' && p !== '') out.push(resolve(reportDir, p));
  }
  if (typeof app.input === 'string' && app.input !== '') out.push(resolve(reportDir, app.input));
  return [...new Set(out)];
}

/** Folders that may hold the tests: each cookbook found under the search folders, then the folders themselves. */
export function candidateRoots(cookbooks: readonly string[], searchDirs: readonly string[]): string[] {
  const dirs = searchDirs.map((d) => resolve(d));
  const out: string[] = [];
  for (const name of cookbooks) {
    for (const d of dirs) {
      if (metadataName(d) === name) out.push(d);
      else if (isDir(join(d, name)) && (metadataName(join(d, name)) ?? name) === name) out.push(join(d, name));
    }
  }
  out.push(...dirs);
  return [...new Set(out)];
}

/**
 * The suite for the app: a named one wherever it is; otherwise the first
 * folder whose kitchen.yml ties a suite to the converted recipe, else the
 * first folder whose suites give an unambiguous choice. Undefined with the
 * reason when there is nothing to run or the choice would be a guess.
 */
export function findTestsHome(roots: readonly string[], recipe: string | undefined, suiteName?: string): TestsHome | { reason: string } {
  const withSuites = roots.map((root) => ({ root, suites: findSuites(root) })).filter((r) => r.suites.length > 0);
  if (withSuites.length === 0) return { reason: `no integration suites (test/integration, kitchen.yml, ServerSpec) in ${roots.join(', ') || 'no folder (report.json names none): pass --cookbook-path'}` };
  if (suiteName) {
    for (const r of withSuites) {
      const suite = r.suites.find((s) => s.name === suiteName);
      if (suite) return { root: r.root, suite };
    }
    return { reason: `no integration suite named ${suiteName} (found: ${[...new Set(withSuites.flatMap((r) => r.suites.map((s) => s.name)))].join(', ')})` };
  }
  const wanted = recipe ? recipeOf(recipe) : undefined;
  for (const r of withSuites) {
    const suite = wanted ? r.suites.find((s) => s.runList.includes(wanted)) : undefined;
    if (suite) return { root: r.root, suite };
  }
  for (const r of withSuites) {
    const suite = chooseSuite(r.root, r.suites, recipe);
    if (suite) return { root: r.root, suite };
  }
  const names = withSuites.flatMap((r) => r.suites.map((s) => s.name));
  return { reason: `several suites (${names.join(', ')}) and nothing says which goes with ${recipe ?? 'the converted recipe'}; name one with --suite` };
}
