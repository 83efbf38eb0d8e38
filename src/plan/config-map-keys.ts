/**
 * ConfigMap keys of a unit's tunable files. A key is made from the path
 * (Kubernetes keys allow `[-._a-zA-Z0-9]`), so two paths can make the same
 * one: `/etc/app/a.conf` and `/etc/app_a.conf` both give `etc_app_a.conf`.
 * Written as they were, the second file's text would overwrite the first's in
 * the ConfigMap and both mounts would show it. Such a collision is decant's
 * key encoding, not a fault of the cookbook, so both files stay tunable: the
 * path first in sort order keeps the plain key (a recipe reordered changes
 * nothing), each other one gets the first free `-2`, `-3`, … suffix, and a
 * warning (DEC0506) at its resource says which key it got.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { FileSpec, Unit } from '../model/plan.js';
import { textHeld } from '../model/file-text.js';
import { warning } from '../diagnostics/create.js';
import { secretKeyFor } from './secret-key.js';

const MAX_KEY = 253;

/** Whether emit ships the file in the ConfigMap: tunable, and its text is known. */
export const shippedInConfigMap = (f: FileSpec): boolean => f.tunable && textHeld(f.content) !== undefined;

function numbered(key: string, n: number): string {
  const suffix = `-${n}`;
  return `${key.slice(-(MAX_KEY - suffix.length))}${suffix}`;
}

/** The unit with `configMapKey` set on exactly the files shipped in its ConfigMap, unique within it. */
export function withConfigMapKeys(unit: Unit): { unit: Unit; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const shipped = unit.files.filter(shippedInConfigMap);
  // One path written twice (two resources, one file) is one file: one key, the later text, as in the image.
  const paths = [...new Set(shipped.map((f) => f.path))].sort();
  const plain = new Set(paths.map(secretKeyFor));
  const keyOf = new Map<string, string>();
  const holder = new Map<string, string>();
  for (const path of paths) {
    let key = secretKeyFor(path);
    const first = holder.get(key);
    if (first !== undefined) {
      let n = 2;
      while (holder.has(numbered(key, n)) || plain.has(numbered(key, n))) n++;
      const given = numbered(key, n);
      const at = shipped.find((f) => f.path === path)!;
      diagnostics.push(
        warning(
          'DEC0506',
          `unit ${unit.name}: ${path} and ${first} would both be ConfigMap key ${key}; ${path} is shipped under ${given}`,
          at.source,
          'both files stay tunable; an overlay that patches the ConfigMap must use this key',
        ),
      );
      key = given;
    }
    holder.set(key, path);
    keyOf.set(path, key);
  }
  const files = unit.files.map((f) => {
    const { configMapKey: _stale, ...rest } = f;
    const key = shippedInConfigMap(f) ? keyOf.get(f.path) : undefined;
    return key !== undefined ? { ...rest, configMapKey: key } : rest;
  });
  return { unit: { ...unit, files }, diagnostics };
}
