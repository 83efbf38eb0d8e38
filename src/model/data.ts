import type { SourceLocation } from './source.js';

/**
 * A value decant could not work out statically (a `shell_out`, a `search`, a
 * host probe...). It flows on through later stages; whatever it reaches is
 * marked needs-review with the reason and the place that made it unknown.
 */
export class Unknown {
  constructor(
    readonly reason: string,
    readonly at?: SourceLocation,
  ) {}
}

/**
 * Plain data as later stages see evaluated Ruby values: JSON, with symbols as
 * strings, plus Unknown where the evaluator could not know.
 */
export type Data = null | boolean | number | string | Data[] | { [key: string]: Data } | Unknown;

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

/** Paths (`a.b.0.c`) under `value` whose value is Unknown, in key order. */
export function unknownPaths(value: Data, prefix = ''): string[] {
  if (value instanceof Unknown) return [prefix];
  const join = (k: string) => (prefix ? `${prefix}.${k}` : k);
  if (Array.isArray(value)) return value.flatMap((v, i) => unknownPaths(v, join(String(i))));
  if (value !== null && typeof value === 'object') {
    return Object.keys(value).flatMap((k) => unknownPaths(value[k]!, join(k)));
  }
  return [];
}
