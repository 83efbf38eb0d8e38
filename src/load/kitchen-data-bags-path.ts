/**
 * Where Test Kitchen's chef provisioners take a suite's data bags from. A `data_bags_path` the kitchen file sets is
 * relative to the file's folder (Kitchen's root); without one Kitchen's `calculate_path('data_bags')` takes the first
 * folder that exists of test/integration/SUITE/data_bags, test/integration/data_bags and data_bags — which is where
 * custom-resource cookbooks keep the bags their test recipes read. Kitchen finds `roles_path` and `nodes_path` the
 * same way (calculate_path('roles'), calculate_path('nodes')), and chef-zero serves them to the run list's roles
 * and to search(:node, …).
 */
import { isAbsolute, join, normalize, relative } from 'node:path';
import { isDir } from './list-files.js';

/** Kitchen's default test_base_path, relative to its root. */
const TEST_BASE = 'test/integration';

/** The chef-zero folders Kitchen's chef provisioners fill by calculate_path: data bags, roles and nodes alike. */
export type KitchenFolder = 'data_bags' | 'roles' | 'nodes';

/** The folders Kitchen would try for a suite, in its order, relative to the kitchen file's folder. */
export function kitchenDataBagsCandidates(suite: string, declared?: string, folder: KitchenFolder = 'data_bags'): string[] {
  if (declared !== undefined) return [declared];
  return [`${TEST_BASE}/${suite}/${folder}`, `${TEST_BASE}/${folder}`, folder];
}

/**
 * The folder a suite's data bags come from, relative to `root` (the kitchen file's folder), or undefined when none
 * of the candidates is a folder. A declared path outside the root is kept as written; reading it is refused later.
 */
export function kitchenDataBagsDir(root: string, suite: string, declared?: string, folder: KitchenFolder = 'data_bags'): string | undefined {
  for (const c of kitchenDataBagsCandidates(suite, declared, folder)) {
    const rel = isAbsolute(c) ? relative(root, c) : normalize(c).replace(/\/+$/, '');
    if (isDir(join(root, rel))) return rel;
  }
  return undefined;
}
