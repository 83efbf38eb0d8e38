/**
 * Just enough of the shell to read what a maintainer script does with literal
 * words: logical lines, simple commands, words with quotes removed, and the
 * plain variables such scripts set at the top (USER="memcache"). Anything
 * computed at run time reads as `undefined`, never as a guess.
 */

/** Shell words of one command, quotes removed; undefined for a word that holds a variable or command substitution. */
export function shellWords(text: string): (string | undefined)[] {
  const words: (string | undefined)[] = [];
  const re = /(?:[^\s'"\\]|\\.|'[^']*'|"(?:[^"\\]|\\.)*")+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const dynamic = /\$|`/.test(raw.replace(/'[^']*'/g, ''));
    words.push(dynamic ? undefined : raw.replace(/'([^']*)'|"((?:[^"\\]|\\.)*)"|\\(.)/g, (_, s, d, e) => s ?? (d as string | undefined)?.replace(/\\(.)/g, '$1') ?? e));
  }
  return words;
}

/** Logical lines (continuations joined, comments dropped), each split into simple commands, with their line number. */
export function simpleCommands(script: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lines = script.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let text = lines[i]!;
    while (text.endsWith('\\') && i + 1 < lines.length) text = text.slice(0, -1) + ' ' + lines[++i]!;
    text = text.replace(/(^|\s)#.*$/, '');
    for (const part of text.split(/;|&&|\|\||\||\bthen\b|\bdo\b|\belse\b/)) if (part.trim()) out.push({ line: start, text: part.trim() });
  }
  return out;
}

/** Variables assigned exactly once to a plain word (`USER="redis"`); one assigned twice is left out, its value unsure. */
export function plainAssignments(script: string): Map<string, string> {
  const seen = new Map<string, string | undefined>();
  for (const m of script.matchAll(/^\s*([A-Za-z_][A-Za-z0-9_]*)=("[^"$`\\\s]*"|'[^'\s]*'|[^\s"'$`;&|\\]*)\s*$/gm)) {
    const value = m[2]!.replace(/^["']|["']$/g, '');
    seen.set(m[1]!, seen.has(m[1]!) ? undefined : value);
  }
  return new Map([...seen].filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

/** `$NAME` and `${NAME}` replaced by known plain values; the rest left for shellWords to mark dynamic. */
export function substitute(text: string, vars: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, bare) => vars.get((braced ?? bare) as string) ?? whole);
}
