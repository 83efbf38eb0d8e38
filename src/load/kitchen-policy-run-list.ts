/**
 * The run list of a Kitchen suite that converges through a Policyfile (the policyfile_zero and dokken provisioners,
 * or chef_infra with a Policyfile.rb at the kitchen root): such suites name no run_list, and converge the policy's
 * run list, or its `named_run_list` when the suite picks one. Real custom-resource cookbooks test this way
 * (`named_run_list: default` → `recipe[test::default]`), and without it no suite matched their test recipes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Cookbook } from '../model/workspace.js';
import { readPolicyfile } from './read-policyfile.js';
import { isDiagnostic, readCookbookFile } from './read-source.js';

/** The policy's run list for the suite, or [] when there is no Policyfile to read or the named run list is not in it. */
export function policyRunList(cookbook: Cookbook, policyfilePath: string | undefined, namedRunList: string | undefined): string[] {
  const rel = policyfilePath ?? 'Policyfile.rb';
  if (!existsSync(join(cookbook.root, rel))) return [];
  const src = readCookbookFile(cookbook, rel);
  if (isDiagnostic(src)) return [];
  const { policyfile } = readPolicyfile(src, join(cookbook.root, rel));
  // A named run list the Policyfile does not spell out (built in a loop over the test recipes) is not guessed to be
  // the policy's run list: the suite's run list is then unknown, and the suite matches none.
  if (namedRunList !== undefined) return [...(policyfile.namedRunLists[namedRunList] ?? [])];
  return [...policyfile.runList];
}
