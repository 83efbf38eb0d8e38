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
import { FNM_EXTGLOB, FNM_PATHNAME, fnmatch } from '../interpreter/fnmatch.js';

export const COOKBOOK_CACHE = `${FILE_CACHE_PATH}/cookbooks`;

/** The segments CookbookSynchronizer syncs below a cookbook's root; root files (metadata.rb, README.md) besides. */
const SEGMENTS = ['recipes', 'attributes', 'libraries', 'resources', 'providers', 'definitions', 'templates', 'files'] as const;

/** Where chef-client keeps a cookbook's files on the node (CookbookVersion#root_dir). */
export function cookbookCacheRoot(cookbook: string): string {
  return `${COOKBOOK_CACHE}/${cookbook}`;
}

/** `__FILE__` of a cookbook's file: its path in the cache. A file of no cookbook (a role in Ruby) keeps its own path. */
export function cacheSourcePath(ws: Workspace): (ref: FileRef) => string {
  return (ref) => (ref.cookbook !== undefined && ws.cookbooks.has(ref.cookbook) ? `${cookbookCacheRoot(ref.cookbook)}/${ref.file}` : ref.file);
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

/**
 * Dir.glob's order: it walks each folder's entries sorted and descends into a folder right where it meets it, so
 * paths compare folder by folder (`a/x.gem` before `a.gem`, which a plain string sort puts after).
 */
function bySegments(a: string, b: string): number {
  const [x, y] = [a.split('/'), b.split('/')];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}

/** The folders above a cookbook-relative path (`files/default/a` → `files/default`, `files`). */
function parents(rel: string): string[] {
  const out: string[] = [];
  for (let d = path.posix.dirname(rel); d !== '.'; d = path.posix.dirname(d)) out.push(d);
  return out;
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

  /**
   * The pattern's folder part before its first wildcard must be in the cache; what matches keeps that part as
   * written (`recipes/../files/default/a.gem`), as Dir.glob answers.
   */
  glob(pattern: string): string[] | undefined {
    const wild = pattern.search(/[*?[{]/);
    const cut = (wild < 0 ? pattern : pattern.slice(0, wild)).lastIndexOf('/');
    if (cut <= 0) return this.base.glob?.(pattern);
    const prefix = pattern.slice(0, cut);
    const at = inCookbookCache(this.ws, prefix);
    if (!at) return this.base.glob?.(pattern);
    const rest = pattern.slice(cut + 1);
    const under = at.rel === '' ? '' : `${at.rel}/`;
    const candidates = [...new Set(listed(at.cookbook).flatMap((f) => [f, ...parents(f)]))].filter((f) => f.startsWith(under));
    return candidates
      .map((f) => f.slice(under.length))
      .filter((f) => f !== '' && fnmatch(rest, f, FNM_PATHNAME | FNM_EXTGLOB))
      .sort(bySegments)
      .map((f) => `${prefix}/${f}`);
  }

  /** Ruby lists a folder in the file system's own order; sorted here, so the output does not depend on it. */
  children(p: string): string[] | undefined {
    const at = inCookbookCache(this.ws, p);
    if (!at) return this.base.children?.(p);
    if (!isDirectory(at.cookbook, at.rel)) return undefined;
    const under = at.rel === '' ? '' : `${at.rel}/`;
    const names = listed(at.cookbook).filter((f) => f.startsWith(under)).map((f) => f.slice(under.length).split('/')[0]!);
    return [...new Set(names)].sort();
  }

  private isCacheFolder(p: string): boolean {
    const n = path.posix.normalize(p).replace(/\/$/, '');
    return n === FILE_CACHE_PATH || n === COOKBOOK_CACHE;
  }
}
