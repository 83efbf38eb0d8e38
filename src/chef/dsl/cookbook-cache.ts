/**
 * The run's cookbooks as chef-client holds them on the node: every file of a cookbook under
 * file_cache_path/cookbooks/NAME. CookbookSynchronizer writes them there before the compile phase starts, and
 * Chef evaluates each recipe, attribute, library and resource file from there (`instance_eval(IO.read(f), f)`),
 * so `__FILE__` is that path and `File.read(File.join(__dir__, '..', 'files', 'default', 'x'))` reads the
 * cookbook's own file. decant answers those reads from the cookbook it loaded, contained in it as every read is.
 */
import path from 'node:path';
import type { Cookbook, Workspace } from '../../model/workspace.js';
import type { FileRef } from '../../ruby/parser.js';
import type { FileProbe, FileRead } from '../interpreter/runtime.js';
import { isDiagnostic, readCookbookFile } from '../../load/read-source.js';
import { FILE_CACHE_PATH } from './chef-constants.js';

export const COOKBOOK_CACHE = `${FILE_CACHE_PATH}/cookbooks`;

/** The segments CookbookSynchronizer syncs below a cookbook's root; root files (metadata.rb, README.md) besides. */
const SEGMENTS = ['recipes', 'attributes', 'libraries', 'resources', 'providers', 'definitions', 'templates', 'files'] as const;

/** `__FILE__` of a cookbook's file: its path in the cache. A file of no cookbook (a role in Ruby) keeps its own path. */
export function cacheSourcePath(ws: Workspace): (ref: FileRef) => string {
  return (ref) => (ref.cookbook !== undefined && ws.cookbooks.has(ref.cookbook) ? `${COOKBOOK_CACHE}/${ref.cookbook}/${ref.file}` : ref.file);
}

/** The cookbook and the path inside it ('' for its root) of an absolute path in the cache; undefined elsewhere. */
export function inCookbookCache(ws: Workspace, p: string): { cookbook: Cookbook; rel: string } | undefined {
  if (!p.startsWith('/')) return undefined;
  const n = path.posix.normalize(p);
  if (!n.startsWith(`${COOKBOOK_CACHE}/`)) return undefined;
  const [name = '', ...rest] = n.slice(COOKBOOK_CACHE.length + 1).split('/').filter((s) => s !== '');
  const cookbook = ws.cookbooks.get(name);
  return cookbook ? { cookbook, rel: rest.join('/') } : undefined;
}

function listed(cookbook: Cookbook): readonly string[] {
  return SEGMENTS.flatMap((s) => cookbook.files[s]);
}

function isFile(cookbook: Cookbook, rel: string): boolean {
  if (rel === '') return false;
  if (listed(cookbook).includes(rel)) return true;
  // A root file (metadata.rb, README.md, a VERSION file) is synced too; only a readable one is there.
  return !rel.includes('/') && !isDiagnostic(readCookbookFile(cookbook, rel));
}

function isDirectory(cookbook: Cookbook, rel: string): boolean {
  return rel === '' || listed(cookbook).some((f) => f.startsWith(`${rel}/`));
}

/**
 * What `::File.exist?`, `File.read` and friends see: the cookbook cache answered from the cookbooks, anything
 * else from the simulated file system of the first converge.
 */
export class CookbookCacheFs implements FileProbe {
  constructor(
    private readonly base: FileProbe,
    private readonly ws: Workspace,
  ) {}

  exists(p: string): boolean {
    const at = inCookbookCache(this.ws, p);
    if (at) return isFile(at.cookbook, at.rel) || isDirectory(at.cookbook, at.rel);
    return this.isCacheFolder(p) || this.base.exists(p);
  }

  isDirectory(p: string): boolean {
    const at = inCookbookCache(this.ws, p);
    if (at) return isDirectory(at.cookbook, at.rel);
    return this.isCacheFolder(p) || this.base.isDirectory(p);
  }

  read(p: string): FileRead | undefined {
    const at = inCookbookCache(this.ws, p);
    if (!at) return this.base.read?.(p);
    // Nothing else writes into a cookbook's cache folder: a file the cookbook lacks is not on the node either.
    if (!isFile(at.cookbook, at.rel)) return { absent: true };
    const text = readCookbookFile(at.cookbook, at.rel);
    return isDiagnostic(text) ? { unknown: text.message } : text.text;
  }

  private isCacheFolder(p: string): boolean {
    const n = path.posix.normalize(p).replace(/\/$/, '');
    return n === FILE_CACHE_PATH || n === COOKBOOK_CACHE;
  }
}
