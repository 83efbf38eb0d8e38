/**
 * Where a cookbook keeps its integration tests, and which suite goes with a
 * converted recipe. Test Kitchen's layout is the convention
 * (test/integration/<suite>/…); a kitchen.yml can point a suite at another
 * folder (`verifier.inspec_tests`) and says which run list each suite
 * converges, which is how decant picks the suite for the recipe it converted.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface Suite {
  readonly name: string;
  /** Test files, relative to the cookbook root with `/` separators, sorted. */
  readonly files: string[];
  /** Recipes the suite converges (kitchen.yml run_list), e.g. `static_site::default`. */
  readonly runList: string[];
}

const MAX_FILES = 500;
/** Folders inside a suite that hold support code or data, not tests. */
const NOT_TESTS = new Set(['files', 'libraries', 'helpers', 'fixtures', 'data', 'support', 'attributes']);

function posix(p: string): string {
  return p.split(sep).join('/');
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function rubyFilesUnder(root: string, dir: string, out: string[]): void {
  if (out.length >= MAX_FILES || !isDir(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && !entry.isSymbolicLink()) {
      if (!NOT_TESTS.has(entry.name)) rubyFilesUnder(root, full, out);
    } else if (entry.isFile() && entry.name.endsWith('.rb') && entry.name !== 'spec_helper.rb') {
      out.push(posix(relative(root, full)));
    }
  }
}

/** ChefSpec unit tests also live in spec/; only ServerSpec files there describe a server. */
function isServerSpec(text: string): boolean {
  if (/ChefSpec|ChefRunner|SoloRunner|ServerRunner|\bchef_run\b|described_recipe|step_into/.test(text)) return false;
  // Library unit tests also live in spec/; a server test describes a server resource.
  return /\bdescribe\s*\(?\s*(package|service|file|directory|port|command|user|group|process|interface|cron|host)\b/.test(text);
}

interface KitchenSuite {
  name: string;
  runList: string[];
  paths: string[];
}

function readKitchen(cookbookRoot: string): KitchenSuite[] {
  for (const name of ['kitchen.yml', '.kitchen.yml', 'kitchen.dokken.yml', '.kitchen.dokken.yml']) {
    const p = join(cookbookRoot, name);
    if (!existsSync(p)) continue;
    try {
      // kitchen.yml is ERB first; its tags only ever hold environment lookups, which decant has no value for.
      const doc = parseYaml(readFileSync(p, 'utf8').replace(/<%[\s\S]*?%>/g, '')) as { suites?: unknown } | null;
      const suites = Array.isArray(doc?.suites) ? doc.suites : [];
      return suites.flatMap((s): KitchenSuite[] => {
        if (!s || typeof s !== 'object' || typeof (s as { name?: unknown }).name !== 'string') return [];
        const suite = s as { name: string; run_list?: unknown; verifier?: { inspec_tests?: unknown } };
        const runList = (Array.isArray(suite.run_list) ? suite.run_list : []).filter((r): r is string => typeof r === 'string').map(recipeOf);
        const tests = Array.isArray(suite.verifier?.inspec_tests) ? suite.verifier.inspec_tests : [];
        const paths = tests.flatMap((t: unknown) =>
          typeof t === 'string' ? [t] : t && typeof t === 'object' && typeof (t as { path?: unknown }).path === 'string' ? [(t as { path: string }).path] : [],
        );
        return [{ name: suite.name, runList, paths }];
      });
    } catch {
      return [];
    }
  }
  return [];
}

/** `recipe[nginx::default]` → `nginx::default`; `recipe[nginx]` → `nginx::default`; roles kept as written. */
export function recipeOf(entry: string): string {
  const m = /^recipe\[(.+)\]$/.exec(entry.trim());
  const r = m ? m[1]! : entry.trim();
  if (/^role\[/.test(r)) return r;
  return r.includes('::') ? r : `${r}::default`;
}

/** Inside the cookbook only: a kitchen.yml path that leaves it is ignored. */
function insideRoot(cookbookRoot: string, p: string): string | undefined {
  const full = join(cookbookRoot, p.replace(/^\.\//, ''));
  const rel = relative(cookbookRoot, full);
  return rel.startsWith('..') || rel === '' ? undefined : full;
}

/** Every suite of the cookbook, in name order. */
export function findSuites(cookbookRoot: string): Suite[] {
  const kitchen = readKitchen(cookbookRoot);
  const suites = new Map<string, Suite>();
  const integration = join(cookbookRoot, 'test', 'integration');
  if (isDir(integration)) {
    for (const name of readdirSync(integration).sort()) {
      if (NOT_TESTS.has(name) || !isDir(join(integration, name))) continue;
      const files: string[] = [];
      rubyFilesUnder(cookbookRoot, join(integration, name), files);
      if (files.length) suites.set(name, { name, files, runList: [] });
    }
  }
  for (const k of kitchen) {
    const files: string[] = [];
    for (const p of k.paths) {
      const dir = insideRoot(cookbookRoot, p);
      if (dir) rubyFilesUnder(cookbookRoot, dir, files);
    }
    const existing = suites.get(k.name);
    const all = [...new Set([...(existing?.files ?? []), ...files])].sort();
    if (all.length) suites.set(k.name, { name: k.name, files: all, runList: k.runList });
  }
  const specFiles: string[] = [];
  rubyFilesUnder(cookbookRoot, join(cookbookRoot, 'spec'), specFiles);
  const serverspec = specFiles.filter((f) => f.endsWith('_spec.rb') && isServerSpec(readFileSync(join(cookbookRoot, f), 'utf8')));
  if (serverspec.length && !suites.has('serverspec')) suites.set('serverspec', { name: 'serverspec', files: serverspec, runList: [] });
  return [...suites.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function cookbookName(cookbookRoot: string): string | undefined {
  const p = join(cookbookRoot, 'metadata.rb');
  if (!existsSync(p)) return undefined;
  return /^[ \t]*name\s+['"]([^'"]+)['"]/m.exec(readFileSync(p, 'utf8'))?.[1];
}

/**
 * The suite for a converted recipe: the kitchen.yml suite whose run list
 * holds it; without a recipe, the one that converges the cookbook's default
 * recipe; then a suite named `default`; then the only suite. Undefined when
 * the choice would be a guess.
 */
export function chooseSuite(cookbookRoot: string, suites: Suite[], recipe?: string): Suite | undefined {
  const wanted = recipe ? recipeOf(recipe) : (() => {
    const name = cookbookName(cookbookRoot);
    return name ? `${name}::default` : undefined;
  })();
  if (wanted) {
    const byRunList = suites.find((s) => s.runList.includes(wanted));
    if (byRunList) return byRunList;
  }
  return suites.find((s) => s.name === 'default') ?? (suites.length === 1 ? suites[0] : undefined);
}
