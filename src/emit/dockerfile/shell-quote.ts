/** POSIX single-quoting, left bare when nothing in it is special. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A JSON array for exec-form instructions (CMD, HEALTHCHECK). */
export function execForm(parts: readonly string[]): string {
  return JSON.stringify(parts);
}
