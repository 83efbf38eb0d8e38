/**
 * The documents a search looks through, built from the chef-repo's own
 * folders the way chef-zero serves them: nodes/*.json, roles/,
 * environments/ and data_bags/. Each document is indexed as the Chef server
 * indexes it: every nested key under its own name and under its path joined
 * with `_`, arrays as several values of one key.
 */
import { Unknown, type Data } from '../../model/data.js';
import type { Workspace } from '../../model/workspace.js';
import type { SearchFields } from './search-query.js';

export interface SearchDocument {
  readonly name: string;
  /** What a recipe gets back for it (node attributes merged, role or item as JSON). */
  readonly value: Data;
  readonly fields: SearchFields;
}

type Hash = { [key: string]: Data };
const isHash = (d: Data | undefined): d is Hash => d !== null && d !== undefined && typeof d === 'object' && !Array.isArray(d) && !(d instanceof Unknown);

/** Chef's deep merge for attribute levels: hashes merge key by key, anything else is replaced. */
function deepMerge(a: Data, b: Data): Data {
  if (!isHash(a) || !isHash(b)) return b === undefined ? a : b;
  const out: Hash = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = k in out ? deepMerge(out[k]!, v) : v;
  return out;
}

const MAX_FIELDS = 100_000;

function flatten(value: Data, fields: Map<string, string[]>, path: string[] = []): void {
  if (fields.size > MAX_FIELDS) return;
  const add = (key: string, v: string) => {
    const list = fields.get(key) ?? [];
    list.push(v);
    fields.set(key, list);
  };
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, fields, path);
    return;
  }
  if (isHash(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, fields, [...path, k]);
    return;
  }
  if (value === null || value instanceof Unknown || path.length === 0) return;
  const text = String(value);
  add(path.join('_'), text);
  if (path.length > 1) add(path[path.length - 1]!, text);
}

function fieldsOf(value: Data, extra: Record<string, readonly string[]> = {}): SearchFields {
  const fields = new Map<string, string[]>();
  flatten(value, fields);
  for (const [k, vs] of Object.entries(extra)) fields.set(k, [...(fields.get(k) ?? []), ...vs]);
  return fields;
}

const runListItems = (rl: Data | undefined): string[] => (Array.isArray(rl) ? rl.filter((x): x is string => typeof x === 'string') : []);
const itemsOf = (rl: readonly string[], kind: 'recipe' | 'role') =>
  rl.flatMap((x) => {
    const m = /^(recipe|role)\[(.+)\]$/.exec(x) ?? (kind === 'recipe' && !x.includes('[') ? ['', 'recipe', x] : null);
    return m && m[1] === kind ? [m[2]!] : [];
  });

/** A node as search returns it: attributes merged by precedence, with its name, environment and run list. */
function nodeDocument(name: string, json: Data): SearchDocument {
  const j = isHash(json) ? json : {};
  const merged = ['default', 'normal', 'override', 'automatic'].reduce<Data>((acc, level) => deepMerge(acc, isHash(j[level]) ? j[level]! : {}), {});
  const runList = runListItems(j['run_list']);
  const environment = typeof j['chef_environment'] === 'string' ? j['chef_environment'] : '_default';
  const attrs = isHash(merged) ? merged : {};
  const value: Hash = { ...attrs, name, chef_environment: environment, run_list: runList };
  const recipes = Array.isArray(attrs['recipes']) ? [] : itemsOf(runList, 'recipe');
  const roles = Array.isArray(attrs['roles']) ? [] : itemsOf(runList, 'role');
  return {
    name,
    value,
    fields: fieldsOf(value, { recipe: itemsOf(runList, 'recipe'), role: itemsOf(runList, 'role'), recipes, roles }),
  };
}

/** The documents of one index: `node`, `role`, `environment`, or a data bag's name. Undefined when the repo has none. */
export function searchDocuments(ws: Workspace, index: string): SearchDocument[] | undefined {
  switch (index) {
    case 'node':
      return ws.nodes.size ? [...ws.nodes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, j]) => nodeDocument(n, j)) : undefined;
    case 'role':
      return ws.roles.size
        ? [...ws.roles.values()].sort((a, b) => (a.name < b.name ? -1 : 1)).map((r) => {
            const value: Hash = {
              name: r.name,
              description: r.description ?? '',
              run_list: [...r.runList],
              env_run_lists: Object.fromEntries(Object.entries(r.envRunLists).map(([k, v]) => [k, [...v]])),
              default_attributes: r.defaultAttributes,
              override_attributes: r.overrideAttributes,
              json_class: 'Chef::Role',
              chef_type: 'role',
            };
            return { name: r.name, value, fields: fieldsOf(value, { recipe: itemsOf(r.runList, 'recipe'), role: itemsOf(r.runList, 'role') }) };
          })
        : undefined;
    case 'environment':
      return ws.environments.size
        ? [...ws.environments.values()].sort((a, b) => (a.name < b.name ? -1 : 1)).map((e) => {
            const value: Hash = {
              name: e.name,
              description: e.description ?? '',
              cookbook_versions: { ...e.cookbookVersions },
              default_attributes: e.defaultAttributes,
              override_attributes: e.overrideAttributes,
              json_class: 'Chef::Environment',
              chef_type: 'environment',
            };
            return { name: e.name, value, fields: fieldsOf(value) };
          })
        : undefined;
    default: {
      const bag = ws.dataBags.get(index);
      if (!bag) return undefined;
      return [...bag.values()]
        .filter((i) => !i.encrypted)
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((i) => ({ name: i.id, value: i.data, fields: fieldsOf(i.data, { id: [i.id] }) }));
    }
  }
}
