import { Unknown, type Data } from '../model/data.js';

/** Attribute names that say they hold a secret. `key` only as a whole word at the end (`api_key`, not `key_buffer_size`). */
const SECRET_NAME = /(password|passwd|secret|token|credential|(^|[_-])(api|private|access|secret|auth)?[_-]?key$)/i;

/** Short or path-like values are not treated as secrets: they would match everywhere and hide nothing. */
function worthHiding(v: string): boolean {
  return v.length >= 4 && !v.startsWith('/') && !/^(true|false|nil|none|changeme)?$/i.test(v);
}

/** String leaves of node attributes whose key names a secret, sorted, each once. */
export function secretAttributeValues(attributes: Data): string[] {
  const out = new Set<string>();
  const walk = (v: Data, secretKey: boolean) => {
    if (v instanceof Unknown || v === null) return;
    if (typeof v === 'string') {
      if (secretKey && worthHiding(v)) out.add(v);
      return;
    }
    if (Array.isArray(v)) return v.forEach((x) => walk(x, secretKey));
    if (typeof v === 'object') for (const k of Object.keys(v)) walk(v[k]!, secretKey || SECRET_NAME.test(k));
  };
  walk(attributes, false);
  return [...out].sort();
}

/** Every string leaf of data bag items (except `id`): data bags are where cookbooks keep credentials. */
export function dataBagValues(items: readonly Data[]): string[] {
  const out = new Set<string>();
  const walk = (v: Data, key: string) => {
    if (v instanceof Unknown || v === null) return;
    if (typeof v === 'string') {
      if (key !== 'id' && worthHiding(v)) out.add(v);
      return;
    }
    if (Array.isArray(v)) return v.forEach((x) => walk(x, key));
    if (typeof v === 'object') for (const k of Object.keys(v)) walk(v[k]!, k);
  };
  items.forEach((i) => walk(i, ''));
  return [...out].sort();
}

export function secretMatcher(values: readonly string[]): (text: string) => boolean {
  const list = values.filter(worthHiding);
  return (text) => list.some((v) => text.includes(v));
}
