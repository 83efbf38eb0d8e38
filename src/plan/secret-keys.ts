/**
 * Keys of a unit's Secret. A key is made from the file's path, so two paths
 * can make the same one (`/etc/app/a.key` and `/etc/app_a.key`); keyed as
 * they were, the second secret replaced the first and one file was silently
 * not shipped. As with ConfigMap keys (config-map-keys.ts), one path written
 * twice is one secret (the later value, as in the image), and two paths that
 * collide keep the plain key for the first in sort order and a numbered key
 * for the others, said with DEC0506 at the resource.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { SecretSpec } from '../model/plan.js';
import { warning } from '../diagnostics/create.js';

const MAX_KEY = 253;

function numbered(key: string, n: number): string {
  const suffix = `-${n}`;
  return `${key.slice(-(MAX_KEY - suffix.length))}${suffix}`;
}

/** One secret per path (or per key when it has no path), each with a key unique in the unit. */
export function uniqueSecretKeys(unit: string, secrets: readonly SecretSpec[]): { secrets: SecretSpec[]; diagnostics: Diagnostic[] } {
  const identity = (s: SecretSpec) => (s.path !== undefined ? `path:${s.path}` : `key:${s.key}`);
  // Map.set keeps a key's first position and takes the later value: converge order, last write wins.
  const byIdentity = new Map<string, SecretSpec>();
  for (const s of secrets) byIdentity.set(identity(s), s);
  const kept = [...byIdentity.values()];
  const plain = new Set(kept.map((s) => s.key));
  const holder = new Map<string, SecretSpec>();
  const keyOf = new Map<SecretSpec, string>();
  const diagnostics: Diagnostic[] = [];
  // Keys are given in path order (code units, as config-map-keys.ts), so a recipe reordered changes no key.
  for (const s of [...kept].sort((a, b) => (identity(a) < identity(b) ? -1 : identity(a) > identity(b) ? 1 : 0))) {
    const first = holder.get(s.key);
    let key = s.key;
    if (first) {
      let n = 2;
      while (holder.has(numbered(s.key, n)) || plain.has(numbered(s.key, n))) n++;
      key = numbered(s.key, n);
      diagnostics.push(
        warning('DEC0506', `unit ${unit}: ${s.path ?? s.key} and ${first.path ?? first.key} would both be Secret key ${s.key}; ${s.path ?? s.key} is kept under ${key}`, s.source, 'both secrets are shipped; an overlay that patches the Secret must use this key'),
      );
    }
    holder.set(key, s);
    keyOf.set(s, key);
  }
  return { secrets: kept.map((s) => (keyOf.get(s) === s.key ? s : { ...s, key: keyOf.get(s)! })), diagnostics };
}
