/**
 * The diagnostic for a template or cookbook_file source that file
 * specificity did not find, worded after Chef's own FileNotFound
 * (cookbook_version.rb `preferred_manifest_record`): every location tried,
 * then what the segment does hold, so a typo is visible.
 */
import { error } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { SourceLocation } from '../../model/source.js';
import type { Cookbook } from '../../model/workspace.js';
import type { CookbookSegment } from './file-specificity.js';

const MAX_LISTED = 20;

export function cookbookFileNotFound(
  cookbook: Cookbook,
  segment: CookbookSegment,
  tried: readonly string[],
  location?: SourceLocation,
): Diagnostic {
  const code = segment === 'templates' ? 'DEC0401' : 'DEC0403';
  const version = cookbook.metadata.version !== undefined ? ` (${cookbook.metadata.version})` : '';
  const present = segment === 'templates' ? cookbook.files.templates : cookbook.files.files;
  const listed = present.slice(0, MAX_LISTED).join(', ');
  const more = present.length > MAX_LISTED ? `, and ${present.length - MAX_LISTED} more` : '';
  const message = `cookbook '${cookbook.name}'${version} does not contain a file at any of these locations: ${tried.join(', ')}`;
  const hint = present.length > 0 ? `the cookbook does contain: ${listed}${more}` : `the cookbook has no ${segment}/ files`;
  return error(code, message, location, hint);
}
