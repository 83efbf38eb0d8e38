/**
 * Where a shell script is at its top level: outside quotes, backticks and
 * `$( … )`, backslash escapes skipped. Splitting a script at its separators
 * (init-script branches, the service-manager commands of an execute) needs
 * exactly this, and one copy keeps the two readers agreeing on quoting.
 *
 * Imports nothing: plan and engine may both depend on it.
 */

export interface TopLevelScan {
  /** Every index at the top level, in order; `skip(n)` from the caller moves past n more characters. */
  readonly indices: Iterable<number>;
  /** Whether the script ended inside a quote or `$(`: its parts cannot be told apart this way. */
  readonly unbalanced: () => boolean;
  /** Skip the next `n` characters (a two-character separator just taken). */
  readonly skip: (n: number) => void;
}

export function scanTopLevel(text: string): TopLevelScan {
  let quote: string | undefined;
  let parens = 0;
  let i = 0;
  function* indices(): Generator<number> {
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\\') {
        i++;
        continue;
      }
      if (quote) {
        if (c === quote) quote = undefined;
        continue;
      }
      if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '$' && text[i + 1] === '(') parens++;
      else if (c === ')' && parens > 0) parens--;
      else if (parens === 0) yield i;
    }
  }
  return { indices: indices(), unbalanced: () => quote !== undefined || parens > 0, skip: (n) => void (i += n) };
}
