/**
 * One file emit wants written, relative to OUT. Text is written as is;
 * `copyFrom` names a cookbook file (absolute) whose bytes are copied. `mode`
 * matters for build-context files: COPY keeps it, so the image gets the mode
 * the cookbook asked for without an extra chmod layer.
 */
export type OutputFile =
  | { readonly path: string; readonly text: string; readonly mode?: number }
  | { readonly path: string; readonly copyFrom: string; readonly mode?: number };
