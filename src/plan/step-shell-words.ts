/**
 * Reading the files a build step's shell command writes, for the two readers
 * that move a step to pod start (runtime-steps.ts: key generators;
 * secret-step-outputs.ts: steps holding a secret). Both must agree on what a
 * word, a redirect and a part of the command are, and on where a relative
 * target lands.
 */

/** One shell word: a quoted string or a run of characters that are not operators. */
export const WORD = String.raw`("[^"]*"|'[^']*'|[^\s;&|<>()]+)`;
/** `> file` and `>> file`, not `2>`, `>&2` or `&>`. */
export const REDIRECT = new RegExp(String.raw`(?:^|[^0-9&>])>>?\s*(?!&)${WORD}`, 'g');

export const unquote = (w: string): string => (/^(["']).*\1$/.test(w) ? w.slice(1, -1) : w);

/** The parts of a shell command: split at `&&`, `||`, `;` and line breaks (pipes stay together). */
export function segments(command: string): string[] {
  return command.split(/&&|\|\||;|\n/).map((s) => s.trim()).filter(Boolean);
}

/**
 * Where a target the step names lands: itself when absolute, under the step's
 * absolute cwd when relative; undefined when a variable or glob names it or
 * the directory it is relative to is not known.
 */
export function targetPath(p: string, cwd: string | undefined): string | undefined {
  if (/[$`*?]/.test(p)) return undefined;
  if (p.startsWith('/')) return p;
  if (cwd?.startsWith('/')) return `${cwd.replace(/\/$/, '')}/${p.replace(/^\.\//, '')}`;
  return undefined;
}
