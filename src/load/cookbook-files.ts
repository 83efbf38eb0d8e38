/**
 * A cookbook's files by segment, as Chef's cookbook loader sees them:
 * recipes and attributes are the .rb files directly in their folder;
 * libraries, resources, providers and definitions are .rb files at any depth;
 * templates and files keep their specificity folders (`templates/default/x.erb`).
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { CookbookFiles } from '../model/workspace.js';
import { isDir, listFilesRecursive, listFilesShallow } from './list-files.js';

/**
 * A symlink whose target is outside the cookbook is not part of it: listed,
 * a cookbook_file would copy it into the build context (the host's
 * /etc/shadow into an image). Reads through readContained refuse such links
 * too; the listing is the lock for files that are copied, not read.
 */
function insideCookbook(root: string): (rel: string) => boolean {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return () => false;
  }
  return (rel) => {
    try {
      const r = relative(realRoot, realpathSync(join(root, rel)));
      return r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r);
    } catch {
      return false;
    }
  };
}

export function cookbookFiles(root: string): CookbookFiles {
  const inside = insideCookbook(root);
  const rb = (segment: string) => listFilesRecursive(join(root, segment), segment).filter((f) => f.endsWith('.rb'));
  return {
    recipes: listFilesShallow(join(root, 'recipes'), 'recipes', ['.rb']),
    attributes: listFilesShallow(join(root, 'attributes'), 'attributes', ['.rb']),
    libraries: rb('libraries'),
    resources: rb('resources'),
    providers: rb('providers'),
    definitions: rb('definitions'),
    templates: listFilesRecursive(join(root, 'templates'), 'templates'),
    files: listFilesRecursive(join(root, 'files'), 'files').filter(inside),
    tests: testFiles(root),
  };
}

/**
 * Integration tests and specs, for the verify stage. Test cookbooks under
 * test/ (test/fixtures/cookbooks/...) are left out: they are inputs of a test
 * kitchen, not tests, and can be large.
 */
function testFiles(root: string): string[] {
  const integration = isDir(join(root, 'test', 'integration')) ? listFilesRecursive(join(root, 'test', 'integration'), 'test/integration') : [];
  const spec = listFilesRecursive(join(root, 'spec'), 'spec');
  return [...integration, ...spec].filter((f) => !f.includes('/cookbooks/'));
}

/** Chef's test: a folder is a cookbook when it has metadata or recipes. */
export function looksLikeCookbook(dir: string): boolean {
  return (
    listFilesShallow(dir, '.', ['metadata.rb', 'metadata.json']).some((f) => f === './metadata.rb' || f === './metadata.json') ||
    isDir(join(dir, 'recipes'))
  );
}
