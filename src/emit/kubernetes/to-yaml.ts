import { stringify, type Tags } from 'yaml';

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

/**
 * For readers of YAML 1.1 (docker-compose 1.x reads with PyYAML): strings
 * such as `no`, `on` or `0777` are quoted, which 1.1 would read as a boolean
 * or an octal number (`--daemonize no` would become `False`).
 */
export function toYaml11(value: unknown): string {
  // Without !!omap and !!set: sortKeys' Maps are plain mappings to every reader.
  const plainMaps = (tags: Tags) => tags.filter((t) => typeof t !== 'object' || (t.tag !== 'tag:yaml.org,2002:omap' && t.tag !== 'tag:yaml.org,2002:set'));
  return stringify(sortKeys(value), { lineWidth: 0, blockQuote: 'literal', version: '1.1', customTags: plainMaps });
}
