import type { Catalog } from './catalog/catalog-entry.js';

/** A file a service reads: anything under /etc, or a path a catalog entry names as its configuration. */
export function isConfigPath(path: string, catalog: Catalog): boolean {
  if (path.startsWith('/etc/')) return true;
  return catalog.entries.some((e) => e.configPaths.some((p) => path.startsWith(p)));
}

export function isTunablePath(path: string, catalog: Catalog, _family: string): boolean {
  return catalog.entries.some((e) => !e.host && e.tunable.some((re) => safeRegex(re)?.test(path)));
}

export function safeRegex(source: string, flags = ''): RegExp | undefined {
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined;
  }
}
