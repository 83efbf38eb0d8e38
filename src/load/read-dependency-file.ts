/**
 * A chef-repo's Berksfile or Cheffile (librarian-chef): the cookbooks it
 * keeps inside the repository (`cookbook 'x', path: 'vendor/cookbooks/x'`)
 * join the cookbook path, as `berks vendor` or `librarian-chef install` would
 * have put them there. What those tools download is not fetched.
 */
import { readLiteralFile } from '../ruby/literal.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { cookbookPathSource, type CookbookSource } from './cookbook-sources.js';
import type { SourceText } from './read-source.js';

export const DEPENDENCY_FILES = ['Berksfile', 'Cheffile'] as const;

export function readDependencyFile(
  src: SourceText,
  absolutePath: string,
  repo: string,
): { sources: CookbookSource[]; diagnostics: Diagnostic[] } {
  const file = readLiteralFile(src.text, src.ref, { code: 'DEC0204' });
  // Only `cookbook` entries matter; the rest (source, site, metadata, group) says where to download from.
  const diagnostics = file.diagnostics.filter((d) => d.severity === 'error');
  const sources: CookbookSource[] = [];
  for (const call of file.calls) {
    if (call.method !== 'cookbook') continue;
    const source = cookbookPathSource(call, absolutePath, 'DEC0204', diagnostics, repo);
    if (source) sources.push(source);
  }
  return { sources, diagnostics };
}
