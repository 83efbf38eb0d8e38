import { stringify } from 'yaml';

const FIRST = ['apiVersion', 'kind', 'metadata'];

/** Keys sorted at every level, apiVersion/kind/metadata first, so output is stable and reads as kubectl's does. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort((a, b) => {
      const ia = FIRST.indexOf(a);
      const ib = FIRST.indexOf(b);
      if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
      return a < b ? -1 : a > b ? 1 : 0;
    });
  // A Map keeps the order even for keys that look like integers, which a plain object would not.
  return new Map(keys.map((k) => [k, sortKeys(obj[k])]));
}

export function toYaml(value: unknown): string {
  return stringify(sortKeys(value), { lineWidth: 0, blockQuote: 'literal' });
}
