/**
 * The roles and nodes Test Kitchen would hand chef-zero for this run list, when the repository has none of its own.
 * Cookbooks keep the role their suites' run lists name (`role[monitoring]`) and the node objects their searches find
 * beside the suites (test/integration/roles, test/integration/nodes, or a `roles_path` / `nodes_path`); Kitchen's
 * chef provisioners find them as they find data bags (calculate_path) and chef-zero serves them: the run list
 * expands the role, `search(:node, …)` returns the nodes. A repository's own roles/ or nodes/ always wins.
 * Which suite and folder were taken is said (DEC0326), as DEC0321 says it for data bags.
 */
import { info, warning } from '../diagnostics/create.js';
import type { Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Role, Workspace } from '../model/workspace.js';
import type { KitchenFolder } from '../load/kitchen-data-bags-path.js';
import { readNodeFolder, readRoleFolder } from '../load/read-repo-folders.js';
import { candidateSuites, foldersOf, kitchenFile, type Found } from './kitchen-data-bags.js';

export interface KitchenRolesNodes {
  readonly roles?: ReadonlyMap<string, Role>;
  readonly roleErrors?: ReadonlyMap<string, readonly Diagnostic[]>;
  readonly nodes?: ReadonlyMap<string, Data>;
  readonly diagnostics: readonly Diagnostic[];
}

/** The suite folder of one kind to take, said as taken; a warning when suites of this run list disagree. */
function chosenFolder(ws: Workspace, runList: readonly string[], suiteName: string | undefined, folder: KitchenFolder, notes: Diagnostic[]): Found | undefined {
  const found = foldersOf(ws, candidateSuites(ws, runList, suiteName), notes, folder);
  const chosen = found[0];
  if (!chosen) return undefined;
  const others = found.filter((f) => f.root !== chosen.root || f.dir !== chosen.dir);
  if (others.length > 0) {
    notes.push(
      warning(
        'DEC0326',
        `kitchen suites ${[chosen, ...others].map((f) => `${f.suite.name} (${f.dir}/)`).join(', ')} converge this run list with different ${folder} folders: ${chosen.suite.name}'s was taken`,
        chosen.suite.location,
        'pick one with --suite NAME',
      ),
    );
  }
  return chosen;
}

function takenNote(chosen: Found, folder: KitchenFolder, names: readonly string[], suiteName: string | undefined): Diagnostic {
  const declared = chosen.suite[folder === 'roles' ? 'rolesPath' : 'nodesPath'];
  const how = suiteName !== undefined ? ' (--suite)' : ', which converges this run list';
  return info(
    'DEC0326',
    `${folder} taken from ${chosen.dir}/ (${names.length ? names.join(', ') : `no ${folder}`}), ${typeof declared === 'string' ? `the ${folder}_path` : `where Kitchen looks by default for the ${folder}`} of kitchen suite ${chosen.suite.name} in ${kitchenFile(chosen.suite)}${how}: the repository has no ${folder}/`,
    chosen.suite.location,
  );
}

export function kitchenRolesNodes(ws: Workspace, runList: readonly string[], suiteName?: string): KitchenRolesNodes {
  const diagnostics: Diagnostic[] = [];
  let out: Omit<KitchenRolesNodes, 'diagnostics'> = {};
  const what = (f: Found) => `the cookbook ${f.suite.location.cookbook ?? ''}`.trim();
  const roleDir = ws.roles.size === 0 && !ws.roleErrors?.size ? chosenFolder(ws, runList, suiteName, 'roles', diagnostics) : undefined;
  if (roleDir) {
    const read = readRoleFolder(roleDir.root, roleDir.dir, what(roleDir));
    diagnostics.push(...read.diagnostics, takenNote(roleDir, 'roles', [...read.roles.keys(), ...read.roleErrors.keys()].sort(), suiteName));
    out = { ...out, roles: read.roles, ...(read.roleErrors.size ? { roleErrors: read.roleErrors } : {}) };
  }
  const nodeDir = ws.nodes.size === 0 ? chosenFolder(ws, runList, suiteName, 'nodes', diagnostics) : undefined;
  if (nodeDir) {
    const read = readNodeFolder(nodeDir.root, nodeDir.dir, what(nodeDir));
    diagnostics.push(...read.diagnostics, takenNote(nodeDir, 'nodes', [...read.nodes.keys()].sort(), suiteName));
    out = { ...out, nodes: read.nodes };
  }
  return { ...out, diagnostics };
}
