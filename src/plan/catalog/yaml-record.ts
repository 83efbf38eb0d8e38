/** Checks shared by the catalog's list files (virtual hosts, log directives): each entry a mapping of known keys. */

export function recordOf(raw: unknown, keys: readonly string[], at: string): Record<string, unknown> | string {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return `${at}: not a mapping`;
  const e = raw as Record<string, unknown>;
  const unknownKeys = Object.keys(e).filter((k) => !keys.includes(k));
  return unknownKeys.length ? `${at}: unknown keys ${unknownKeys.join(', ')}` : e;
}

export function stringListErrors(v: unknown, at: string): string[] {
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string') ? [] : [`${at} must be a non-empty list of text`];
}

/** Every text that must compile as a regular expression. */
export function patternErrors(patterns: readonly unknown[], at: string): string[] {
  return patterns.flatMap((p) => {
    if (typeof p !== 'string') return [];
    try {
      new RegExp(p, 'm');
      return [];
    } catch {
      return [`${at}: ${p} is not a regular expression`];
    }
  });
}
