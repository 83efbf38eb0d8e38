/**
 * The shell functions a maintainer script defines, so that a reader can follow
 * them where they are CALLED rather than where they are written: apache2's
 * postinst defines `disable_htcacheclean` near its top and calls it after
 * debhelper's enable-and-start snippets, and reading its body in place would
 * put the disable before the enable. Debian's scripts write `name ()` or
 * `name() {` (or `function name {`) at a line's start and close the body with
 * a `}` of its own line. Pure text in, data out.
 */

export interface ShellFunctions {
  /** Each function's body, as indexes into the script's lines. */
  readonly bodies: ReadonlyMap<string, readonly number[]>;
  /** Every line index a definition takes (header, braces, body): not run where it stands. */
  readonly definitionLines: ReadonlySet<number>;
}

const HEADER = /^\s*(?:function\s+)?([A-Za-z_][A-Za-z0-9_-]*)\s*(\(\s*\))?\s*(\{)?\s*$/;

/** A `{` or `}` that opens or closes a brace group on its line (`{` at a line's end, `}` first, a redirection may follow). */
const opens = (line: string) => /(^|\s)\{\s*$/.test(line);
const closes = (line: string) => /^\s*\}(\s|;|$)/.test(line);

export function shellFunctions(lines: readonly string[]): ShellFunctions {
  const bodies = new Map<string, number[]>();
  const definitionLines = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const header = HEADER.exec(lines[i]!);
    // `name ()` or `function name`: a bare word alone on a line is a command, not a definition.
    if (!header || (!header[2] && !/^\s*function\s/.test(lines[i]!))) continue;
    let open = i;
    if (!header[3]) {
      open = i + 1;
      while (open < lines.length && lines[open]!.trim() === '') open++;
      if (lines[open]?.trim() !== '{') continue;
    }
    const body: number[] = [];
    let depth = 1;
    let j = open + 1;
    for (; j < lines.length; j++) {
      if (closes(lines[j]!) && --depth === 0) break;
      if (opens(lines[j]!)) depth++;
      body.push(j);
    }
    for (let k = i; k <= Math.min(j, lines.length - 1); k++) definitionLines.add(k);
    bodies.set(header[1]!, body);
    i = j;
  }
  return { bodies, definitionLines };
}
