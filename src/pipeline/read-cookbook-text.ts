import { readContained, readCookbookFile } from '../load/read-source.js';
import type { SourceLocation } from '../model/source.js';
import type { Workspace } from '../model/workspace.js';

/**
 * Reads the cookbook file a location names, for report.html, the way every
 * cookbook file is read (src/load/read-source.ts: inside its cookbook or the
 * repository, symlinks resolved, size-limited), so the page never shows a
 * file from outside the input. Undefined when it is refused, missing or not
 * text.
 */
export function cookbookTextReader(ws: Workspace): (loc: SourceLocation) => string | undefined {
  return (loc) => {
    const cookbook = loc.cookbook !== undefined ? ws.cookbooks.get(loc.cookbook) : undefined;
    if (loc.cookbook !== undefined && !cookbook) return undefined;
    const read = cookbook ? readCookbookFile(cookbook, loc.file) : readContained(ws.root, loc.file, { what: 'the repository' });
    return 'text' in read && !read.text.includes('\0') ? read.text : undefined;
  };
}
