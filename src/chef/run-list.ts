/**
 * Run list expansion as Chef's RunListExpansion does it: roles recursively
 * (their env_run_lists entry for the environment when there is one), each
 * recipe once in first-seen order, and the roles' attributes deep-merged in
 * the order the roles are applied.
 */
import { error, warning } from '../diagnostics/create.js';
import { Unknown, type Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Environment, Role, Workspace } from '../model/workspace.js';

export interface ExpandedRunList {
  /** `cookbook::recipe`, each once, in run order. */
  recipes: string[];
  /** Roles in the order their attributes were applied. */
  roles: Role[];
  environment?: Environment;
  roleDefault: Data;
  roleOverride: Data;
  diagnostics: Diagnostic[];
}

export type RunListItem = { kind: 'recipe'; name: string } | { kind: 'role'; name: string } | { kind: 'invalid'; text: string };

/**
 * `recipe[x]`, `recipe[x::y]`, `recipe[x@1.2.0]`, bare `x` / `x::y`, `role[r]`.
 * Recipe names come back qualified (`x::default`), since Chef treats `x` and
 * `x::default` as the same recipe.
 */
export function parseRunListItem(item: string): RunListItem {
  const text = item.trim();
  const bracket = /^(recipe|role)\[([^\]]*)\]$/.exec(text);
  const kind = bracket ? bracket[1]! : 'recipe';
  const body = (bracket ? bracket[2]! : text).trim();
  if (kind === 'role') return /^[\w.-]+$/.test(body) ? { kind: 'role', name: body } : { kind: 'invalid', text };
  const m = /^([\w.-]+)(?:::([\w.-]+))?(?:@[\w.=<>~ -]+)?$/.exec(body);
  if (!m || /[[\]]/.test(text.replace(/^recipe\[|\]$/g, ''))) return { kind: 'invalid', text };
  return { kind: 'recipe', name: `${m[1]}::${m[2] ?? 'default'}` };
}

export function expandRunList(ws: Workspace, runList: readonly string[], environment?: string): ExpandedRunList {
  const diagnostics: Diagnostic[] = [];
  const env = environment === undefined ? undefined : ws.environments.get(environment);
  if (environment !== undefined && !env && environment !== '_default') {
    diagnostics.push(
      error('DEC0204', `environment ${JSON.stringify(environment)} not found`, undefined, known('environments', ws.environments)),
    );
  }
  const recipes: string[] = [];
  const seenRecipes = new Set<string>();
  const roles: Role[] = [];
  const applied = new Set<string>();
  const stack: string[] = [];

  const expand = (items: readonly string[], includedBy: Role | undefined): void => {
    for (const raw of items) {
      const item = parseRunListItem(raw);
      switch (item.kind) {
        case 'recipe':
          if (!seenRecipes.has(item.name)) {
            seenRecipes.add(item.name);
            recipes.push(item.name);
          }
          break;
        case 'role': {
          if (stack.includes(item.name)) {
            diagnostics.push(
              warning(
                'DEC0207',
                `role cycle: ${[...stack, item.name].join(' -> ')}; the repeated role is skipped`,
                includedBy?.location,
              ),
            );
            break;
          }
          // Chef applies each role once: a role reached again through another role adds nothing.
          if (applied.has(item.name)) break;
          // Marked before the lookup, as Chef's inflate_role does: a missing role is reported once.
          applied.add(item.name);
          const role = ws.roles.get(item.name);
          const held = ws.roleErrors?.get(item.name);
          // The run list uses this role, so its file's errors are this conversion's errors.
          if (held) diagnostics.push(...held);
          if (!role && held) break;
          if (!role) {
            diagnostics.push(
              error(
                'DEC0207',
                `role ${JSON.stringify(item.name)} not found${includedBy ? ` (in the run list of role ${includedBy.name})` : ''}`,
                includedBy?.location,
                known('roles', ws.roles),
              ),
            );
            break;
          }
          stack.push(item.name);
          const envList = environment !== undefined ? role.envRunLists[environment] : undefined;
          expand(envList ?? role.runList, role);
          stack.pop();
          // After its own run list, as Chef's RunListExpansion does: a nested role's attributes sort below its parent's.
          roles.push(role);
          break;
        }
        case 'invalid':
          diagnostics.push(
            error('DEC0207', `run list item ${JSON.stringify(item.text)} is not recipe[...] or role[...]`, includedBy?.location),
          );
          break;
        default:
          diagnostics.push(error('DEC0207', `run list item ${JSON.stringify(raw)} not understood`, includedBy?.location));
      }
    }
  };
  expand(runList, undefined);
  diagnostics.push(...unusedRoleErrors(ws, applied));

  let roleDefault: Data = {};
  let roleOverride: Data = {};
  for (const role of roles) {
    roleDefault = mergeData(roleDefault, role.defaultAttributes);
    roleOverride = mergeData(roleOverride, role.overrideAttributes);
  }
  return { recipes, roles, ...(env ? { environment: env } : {}), roleDefault, roleOverride, diagnostics };
}

/**
 * Errors of role files this run list never reached, as warnings: chef-client
 * (and knife, and chef-zero behind them) reads a role only when a run list
 * names it, so a broken role beside the ones used does not fail this run.
 */
function unusedRoleErrors(ws: Workspace, applied: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [name, errors] of ws.roleErrors ?? []) {
    if (applied.has(name)) continue;
    for (const d of errors) {
      out.push({ ...d, severity: 'warning', hint: `role ${name} is not in this run list; Chef reads a role only when a run list uses it` });
    }
  }
  return out;
}

function known(what: string, map: ReadonlyMap<string, unknown>): string {
  const names = [...map.keys()].sort();
  return names.length ? `known ${what}: ${names.join(', ')}` : `the workspace has no ${what}`;
}

/**
 * Chef::Mixin::DeepMerge over plain Data, as role attributes are combined
 * before they reach the node: hashes merge, arrays union in order, anything
 * else is replaced by the later value. Inputs are not changed.
 */
export function mergeData(onto: Data, withValue: Data): Data {
  if (isHash(onto) && isHash(withValue)) {
    const out: { [key: string]: Data } = { ...onto };
    for (const [k, v] of Object.entries(withValue)) {
      out[k] = Object.prototype.hasOwnProperty.call(out, k) ? mergeData(out[k]!, v) : v;
    }
    return out;
  }
  if (Array.isArray(onto) && Array.isArray(withValue)) {
    const seen = new Set<string>();
    return [...onto, ...withValue].filter((v) => {
      const key = v instanceof Unknown ? `?${v.reason}` : JSON.stringify(v);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return withValue;
}

function isHash(v: Data): v is { [key: string]: Data } {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown);
}
