/**
 * A place in the user's input. Lines and columns are 1-based (tree-sitter's
 * 0-based rows are converted once, where the syntax tree is read).
 *
 * `file` is relative to the cookbook root when `cookbook` is set (e.g.
 * `recipes/default.rb`), otherwise relative to the workspace root (e.g.
 * `roles/web.rb`). `path` is the absolute path, kept for code frames; it never
 * appears in JSON output, so output stays the same wherever the input lives.
 */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly cookbook?: string;
  readonly path?: string;
}

export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}
