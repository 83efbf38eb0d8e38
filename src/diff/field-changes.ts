/**
 * Two parsed documents (Kubernetes objects, report.json entries) compared as
 * data: each leaf that differs, by its path. Lists whose items all carry a
 * `name` (containers, ports, volumes, env) are matched by name, so inserting
 * one item does not read as every later one changing.
 */
import { unifiedDiff } from './line-diff.js';
import type { FieldChange } from './diff-types.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function named(items: readonly unknown[]): Map<string, unknown> | null {
  const byName = new Map<string, unknown>();
  for (const item of items) {
    if (!isObject(item) || typeof item['name'] !== 'string' || byName.has(item['name'])) return null;
    byName.set(item['name'], item);
  }
  return byName;
}

function sortedUnion(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort();
}

function leaf(path: string, oldValue: unknown, newValue: unknown): FieldChange {
  const text = typeof oldValue === 'string' && typeof newValue === 'string' && (oldValue.includes('\n') || newValue.includes('\n'));
  return { path, old: oldValue ?? null, new: newValue ?? null, ...(text ? { diff: unifiedDiff(oldValue, newValue) } : {}) };
}

function walk(path: string, a: unknown, b: unknown, into: FieldChange[]): void {
  if (isObject(a) && isObject(b)) {
    for (const k of sortedUnion(Object.keys(a), Object.keys(b))) walk(path ? `${path}.${k}` : k, a[k], b[k], into);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const na = named(a);
    const nb = named(b);
    if (na && nb && (na.size || nb.size)) {
      for (const k of sortedUnion(na.keys(), nb.keys())) walk(`${path}[name=${k}]`, na.get(k), nb.get(k), into);
      return;
    }
    const scalars = [...a, ...b].every((v) => !isObject(v) && !Array.isArray(v));
    // A list of words or numbers (a command, ports) reads best whole.
    if (scalars) {
      if (JSON.stringify(a) !== JSON.stringify(b)) into.push(leaf(path, a, b));
      return;
    }
    for (let i = 0; i < Math.max(a.length, b.length); i++) walk(`${path}[${i}]`, a[i], b[i], into);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) into.push(leaf(path, a, b));
}

export function fieldChanges(oldDoc: unknown, newDoc: unknown, root = ''): FieldChange[] {
  const into: FieldChange[] = [];
  walk(root, oldDoc, newDoc, into);
  return into;
}
