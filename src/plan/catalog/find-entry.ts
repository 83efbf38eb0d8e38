import type { Catalog, CatalogEntry } from './catalog-entry.js';

export function entryForService(catalog: Catalog, family: string, service: string): CatalogEntry | undefined {
  return catalog.entries.find((e) => (e.services[family] ?? e.services['debian'] ?? []).includes(service));
}

export function familyValue<T>(byFamily: Readonly<Record<string, T>> | undefined, family: string): T | undefined {
  if (!byFamily) return undefined;
  return byFamily[family] ?? byFamily['debian'];
}
