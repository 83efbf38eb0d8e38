/**
 * Compose interpolates `$VAR` and `${VAR}` in every string of the file; a
 * command, probe or value from the cookbook means its `$` literally (an
 * exec-form command expands nothing), so each is written `$$`.
 */
export function composeLiteral(text: string): string {
  return text.replace(/\$/g, '$$$$');
}

/** Every string inside a value, escaped. */
export function composeLiterals<T>(value: T): T {
  if (typeof value === 'string') return composeLiteral(value) as T;
  if (Array.isArray(value)) return value.map(composeLiterals) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [composeLiteral(k), composeLiterals(v)])) as T;
  }
  return value;
}
