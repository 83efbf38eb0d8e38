/**
 * A chef-repo's roles/ and nodes/ folders as chef-client in local mode reads them. The repository's own folders and
 * a Test Kitchen suite's roles_path / nodes_path (test/integration/roles, …) are read alike; a file that cannot be
 * read is a diagnostic and the rest loads.
 */
import { basename, join } from 'node:path';
import type { Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Role } from '../model/workspace.js';
import { isHash } from './dsl-values.js';
import { parseJsonSource } from './json-source.js';
import { listFilesShallow } from './list-files.js';
import { readRole } from './read-role.js';
import { isDiagnostic, readContained, type SourceText } from './read-source.js';

export interface RoleFolder {
  readonly roles: Map<string, Role>;
  /** Errors of role files, by role name: they count only where a run list uses the role (Workspace.roleErrors). */
  readonly roleErrors: Map<string, Diagnostic[]>;
  readonly diagnostics: Diagnostic[];
}

const asLoadDiagnostic = (d: Diagnostic): Diagnostic => ({ ...d, code: d.code === 'DEC0403' ? 'DEC0204' : d.code });

/**
 * NAME.json and NAME.rb under `root/rel` (rel relative to root, which reads are confined to), by file name.
 * Chef looks for the JSON file first, so when both exist the JSON one is used.
 */
export function readNamedFolder(root: string, rel: string, what: string, use: (src: SourceText, name: string) => void): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const files = listFilesShallow(join(root, rel), rel, ['.json', '.rb']);
  const seen = new Set<string>();
  for (const file of [...files.filter((f) => f.endsWith('.json')), ...files.filter((f) => f.endsWith('.rb'))]) {
    const name = basename(file).replace(/\.(json|rb)$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const src = readContained(root, file, { what });
    if (isDiagnostic(src)) diagnostics.push(asLoadDiagnostic(src));
    else use(src, name);
  }
  return diagnostics;
}

export function readRoleFolder(root: string, rel: string, what: string): RoleFolder {
  const out: RoleFolder = { roles: new Map(), roleErrors: new Map(), diagnostics: [] };
  out.diagnostics.push(
    ...readNamedFolder(root, rel, what, (src, name) => {
      const r = readRole(src, name);
      // A role file's errors wait for the run list; its warnings are the file's own.
      out.diagnostics.push(...r.diagnostics.filter((d) => d.severity !== 'error'));
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length && !out.roleErrors.has(name)) out.roleErrors.set(name, errors);
      if (r.role && !out.roles.has(name)) out.roles.set(name, r.role);
    }),
  );
  return out;
}

/** nodes/*.json: node objects by their `name` (else the file name), for `search(:node, …)`. */
export function readNodeFolder(root: string, rel: string, what: string): { nodes: Map<string, Data>; diagnostics: Diagnostic[] } {
  const nodes = new Map<string, Data>();
  const diagnostics: Diagnostic[] = [];
  for (const file of listFilesShallow(join(root, rel), rel, ['.json'])) {
    const src = readContained(root, file, { what });
    if (isDiagnostic(src)) {
      diagnostics.push(asLoadDiagnostic(src));
      continue;
    }
    const parsed = parseJsonSource(src, 'DEC0204');
    diagnostics.push(...parsed.diagnostics);
    if (!isHash(parsed.value)) continue;
    const name = typeof parsed.value['name'] === 'string' ? parsed.value['name'] : basename(file, '.json');
    if (!nodes.has(name)) nodes.set(name, parsed.value);
  }
  return { nodes, diagnostics };
}
