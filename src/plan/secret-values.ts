import { Unknown, type Data } from '../model/data.js';
import { secretTexts } from './secret-forms.js';

/** Attribute names that say they hold a secret. `key` only as a whole word at the end (`api_key`, not `key_buffer_size`). */
const SECRET_NAME = /(password|passwd|secret|token|credential|(^|[_-])(api|private|access|secret|auth)?[_-]?key$)/i;

/**
 * Names that make everything under them secret (`['db']['password']['app']`).
 * A `key` hash is not one: `['ssl']['key']` holds the key file's path, owner
 * and group (vsftpd's group 'root' was hidden as a secret everywhere, and the
 * image's chown broke).
 */
const SECRET_HOLDER = /(password|passwd|secret|token|credential)/i;

/** What a secret's settings are called, not the secret: under `['secret']`, `owner`/`group`/`mode`/`path`… are plain. */
const SECRET_SETTING = /^(owner|group|user|mode|path|file|dir|directory|length|size|bits|type|cipher|algorithm|digest|format|expire|expires|enabled?)$/i;

/** Short or path-like values are not treated as secrets: they would match everywhere and hide nothing. */
function worthHiding(v: string): boolean {
  return v.length >= 4 && !v.startsWith('/') && !/^(true|false|nil|none|changeme)?$/i.test(v);
}

/**
 * A value that must stay secret and the key it was found under (`db_password`),
 * so a file holding it can name it: `${DECANT_SECRET_DB_PASSWORD}` reads better
 * to a reviewer than a number.
 */
export interface NamedSecret {
  readonly value: string;
  readonly name: string;
}

/** Each value once (the first name it was found under), sorted by value. */
function byValue(found: readonly NamedSecret[]): NamedSecret[] {
  const out = new Map<string, NamedSecret>();
  for (const f of found) if (!out.has(f.value)) out.set(f.value, f);
  return [...out.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** String leaves of node attributes whose key names a secret, with the key that holds each. */
export function secretAttributeEntries(attributes: Data): NamedSecret[] {
  const out: NamedSecret[] = [];
  const walk = (v: Data, secretKey: boolean, key: string) => {
    if (v instanceof Unknown || v === null) return;
    if (typeof v === 'string') {
      if (secretKey && worthHiding(v)) out.push({ value: v, name: key });
      return;
    }
    if (Array.isArray(v)) return v.forEach((x) => walk(x, secretKey, key));
    if (typeof v === 'object') {
      for (const k of Object.keys(v)) {
        const child = v[k]!;
        const holder = child !== null && typeof child === 'object' && !Array.isArray(child) && !(child instanceof Unknown);
        const named = holder ? SECRET_HOLDER.test(k) : SECRET_NAME.test(k) && !SECRET_SETTING.test(k);
        walk(child, (secretKey && !SECRET_SETTING.test(k)) || named, k);
      }
    }
  };
  walk(attributes, false, '');
  return byValue(out);
}

/**
 * Property names that say a secret: narrower than attribute keys, since a
 * bare `key` (or `gpg_key`) property is a repository's public signing key
 * (apt_repository `key 'F165…'`), not a private one.
 */
const SECRET_PROPERTY = /(password|passwd|secret|token|credential|(^|[_-])(api|private|access|auth)[_-]?key$)/i;

/**
 * String values of resource properties that hold a secret: those whose name
 * says so (`password 'gsql'` on a custom resource), and those the custom
 * resource's type declares `sensitive: true` whatever their name (`rootpw`):
 * a cookbook's wrapper passes a credential to the resource that uses it, and
 * every step the resource's action declares (a command, a guard, a template)
 * may carry it.
 */
export function secretPropertyEntries(resources: readonly { readonly properties: Readonly<Record<string, Data>>; readonly sensitiveProperties?: readonly string[] }[]): NamedSecret[] {
  const out: NamedSecret[] = [];
  for (const r of resources) {
    for (const [k, v] of Object.entries(r.properties)) {
      const declared = r.sensitiveProperties?.includes(k) ?? false;
      if (typeof v === 'string' && (declared || (SECRET_PROPERTY.test(k) && !SECRET_SETTING.test(k))) && worthHiding(v)) out.push({ value: v, name: k });
    }
  }
  return byValue(out);
}

/** String leaves of node attributes whose key names a secret, sorted, each once. */
export function secretAttributeValues(attributes: Data): string[] {
  return secretAttributeEntries(attributes).map((e) => e.value);
}

/** Every string leaf of data bag items (except `id`), with its key: data bags are where cookbooks keep credentials. */
export function dataBagEntries(items: readonly Data[]): NamedSecret[] {
  const out: NamedSecret[] = [];
  const walk = (v: Data, key: string) => {
    if (v instanceof Unknown || v === null) return;
    if (typeof v === 'string') {
      if (key !== 'id' && worthHiding(v)) out.push({ value: v, name: key });
      return;
    }
    if (Array.isArray(v)) return v.forEach((x) => walk(x, key));
    if (typeof v === 'object') for (const k of Object.keys(v)) walk(v[k]!, k);
  };
  items.forEach((i) => walk(i, ''));
  return byValue(out);
}

/** Every string leaf of data bag items (except `id`), sorted, each once. */
export function dataBagValues(items: readonly Data[]): string[] {
  return dataBagEntries(items).map((e) => e.value);
}

/** Whether a text holds one of the values, bare or in a form a cookbook writes it in (shell-escaped, URL- or JSON-encoded). */
export function secretMatcher(values: readonly string[]): (text: string) => boolean {
  const list = secretTexts(values.filter(worthHiding));
  return (text) => list.some((v) => text.includes(v));
}
