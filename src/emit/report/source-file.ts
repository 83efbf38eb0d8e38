import type { SourceLocation } from '../../model/source.js';

/** `cookbook/file` when the location is in a cookbook: a chef-repo has many `recipes/default.rb`. */
export function sourceFile(loc: SourceLocation): string {
  return loc.cookbook ? `${loc.cookbook}/${loc.file}` : loc.file;
}
