/**
 * The data bags Test Kitchen would hand chef-client for this run list, when the repository has none of its own.
 * Custom-resource cookbooks keep the bags their test recipes read beside their suites (test/integration/data_bags,
 * or a kitchen file's `data_bags_path`); converting such a test recipe without them leaves every
 * `data_bag_item` unknown though the answer sits in the cookbook. Kitchen copies the suite's folder into the
 * sandbox chef-zero serves, so the bags are those of the suite converging this run list (or the one `--suite`
 * names); a repository's own data_bags/ always wins, as it would on a Chef server. Which suite and which folder
 * were taken is said (DEC0321); suites keeping different folders for one run list are said too, with the first taken.
 */
import { info, warning } from '../diagnostics/create.js';
import { Unknown } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DataBagItem, KitchenSuite, Workspace } from '../model/workspace.js';
import { kitchenDataBagsDir, type KitchenFolder } from '../load/kitchen-data-bags-path.js';
import { readDataBagFolder } from '../load/read-data-bags.js';
import { sameRunList } from './kitchen-attributes.js';

export interface KitchenDataBags {
  readonly dataBags?: ReadonlyMap<string, ReadonlyMap<string, DataBagItem>>;
  readonly diagnostics: readonly Diagnostic[];
}

export interface Found {
  readonly suite: KitchenSuite;
  readonly root: string;
  readonly dir: string;
}

export const kitchenFile = (s: KitchenSuite) => `${s.location.cookbook ? `${s.location.cookbook}/` : ''}${s.location.file}`;

/** The suites whose bags count: the one named, else those converging this run list. */
export function candidateSuites(ws: Workspace, runList: readonly string[], suiteName?: string): KitchenSuite[] {
  const suites = ws.kitchenSuites ?? [];
  if (suiteName !== undefined) return suites.filter((s) => s.name === suiteName);
  return suites.filter((s) => s.runList.length > 0 && sameRunList(s.runList, runList));
}

const DECLARED = { data_bags: 'dataBagsPath', roles: 'rolesPath', nodes: 'nodesPath' } as const;
const NOTE_CODE = { data_bags: 'DEC0321', roles: 'DEC0326', nodes: 'DEC0326' } as const;

/** Each suite's folder of that kind that exists, with the folder it is relative to; notes for a path an ERB tag computes. */
export function foldersOf(ws: Workspace, suites: readonly KitchenSuite[], notes: Diagnostic[], folder: KitchenFolder = 'data_bags'): Found[] {
  const found: Found[] = [];
  for (const suite of suites) {
    const root = suite.location.cookbook ? ws.cookbooks.get(suite.location.cookbook)?.root : undefined;
    if (!root) continue;
    const declared = suite[DECLARED[folder]];
    if (declared instanceof Unknown) {
      notes.push(info(NOTE_CODE[folder], `the ${folder}_path of kitchen suite ${suite.name} (${kitchenFile(suite)}) is computed by ERB: its ${folder.replace('_', ' ')} are not taken (${declared.reason})`, suite.location));
      continue;
    }
    const dir = kitchenDataBagsDir(root, suite.name, declared, folder);
    if (dir !== undefined) found.push({ suite, root, dir });
  }
  return found;
}

export function kitchenDataBags(ws: Workspace, runList: readonly string[], suiteName?: string): KitchenDataBags {
  if (ws.dataBags.size > 0) return { diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const found = foldersOf(ws, candidateSuites(ws, runList, suiteName), diagnostics);
  const chosen = found[0];
  if (!chosen) return { diagnostics };
  const read = readDataBagFolder(chosen.root, chosen.dir, `the cookbook ${chosen.suite.location.cookbook ?? ''}`.trim());
  diagnostics.push(...read.diagnostics);
  const bags = [...read.bags.keys()].sort();
  const others = found.filter((f) => f.root !== chosen.root || f.dir !== chosen.dir);
  const how = suiteName !== undefined ? ' (--suite)' : ', which converges this run list';
  diagnostics.push(
    info(
      'DEC0321',
      `data bags taken from ${chosen.dir}/ (${bags.length ? bags.join(', ') : 'no bags'}), ${typeof chosen.suite.dataBagsPath === 'string' ? 'the data_bags_path' : 'where Kitchen looks by default for the data bags'} of kitchen suite ${chosen.suite.name} in ${kitchenFile(chosen.suite)}${how}: the repository has no data_bags/`,
      chosen.suite.location,
    ),
  );
  if (others.length > 0) {
    diagnostics.push(
      warning(
        'DEC0321',
        `kitchen suites ${[chosen, ...others].map((f) => `${f.suite.name} (${f.dir}/)`).join(', ')} converge this run list with different data bag folders: ${chosen.suite.name}'s was taken`,
        chosen.suite.location,
        'pick one with --suite NAME',
      ),
    );
  }
  return { dataBags: read.bags, diagnostics };
}
