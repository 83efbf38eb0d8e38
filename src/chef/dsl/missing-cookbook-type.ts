/**
 * The missing cookbook a resource type most likely comes from. Chef names a
 * cookbook's resources `<cookbook>_<file>` (and resources/default.rb after
 * the cookbook itself), and cookbooks keep that prefix when they write
 * `provides`: `iptables_rule` is the iptables cookbook's. When a type no
 * loaded cookbook defines has the name of a dependency that is not on the
 * cookbook path as its prefix, that dependency is what a person must add.
 */
import type { Workspace } from '../../model/workspace.js';

/** Names that cookbooks on the path depend on and the path does not hold. */
export function missingDependencies(ws: Workspace): string[] {
  const out = new Set<string>();
  for (const cb of ws.cookbooks.values()) for (const d of cb.metadata.depends) if (!ws.cookbooks.has(d.name)) out.add(d.name);
  return [...out].sort();
}

/**
 * The longest missing dependency whose name is `type` or its `<name>_` prefix. A cookbook name's hyphens are
 * underscores in its types (Ruby identifiers have none): yum-epel's resources are `yum_epel_*`.
 */
export function missingCookbookOfType(type: string, missing: readonly string[]): string | undefined {
  const hits = missing.filter((n) => {
    const prefix = n.replace(/-/g, '_');
    return type === prefix || type.startsWith(`${prefix}_`);
  });
  return hits.sort((a, b) => b.length - a.length)[0];
}
