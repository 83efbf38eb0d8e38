/**
 * The load stage: from the paths the user named to a Workspace (cookbooks on
 * the cookbook path, roles, environments, data bags, nodes, Policyfile).
 * Never throws: what cannot be read becomes a diagnostic and the rest loads.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { error, warning } from '../diagnostics/create.js';
import type { Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Cookbook, CookbookFiles, DataBagItem, Environment, KitchenSuite, Policyfile, Role, Workspace, WorkspaceKind } from '../model/workspace.js';
import { initParsers } from '../ruby/parser.js';
import { cookbookFiles, looksLikeCookbook } from './cookbook-files.js';
import { isDir, isFile, listDir } from './list-files.js';
import { readDataBagFolder } from './read-data-bags.js';
import { readEnvironment } from './read-environment.js';
import { readMetadata, type MetadataResult } from './read-metadata.js';
import { DEPENDENCY_FILES, readDependencyFile } from './read-dependency-file.js';
import { VENDORED_FOLDERS, configuredCookbookPaths } from './read-tool-config.js';
import { readPolicyfile } from './read-policyfile.js';
import { readKitchenSuites } from './read-kitchen.js';
import { readNamedFolder, readNodeFolder, readRoleFolder } from './read-repo-folders.js';
import { isDiagnostic, readContained } from './read-source.js';

export interface LoadOptions {
  /** More folders of cookbooks (`--cookbook-path`), searched after the ones the paths imply. */
  cookbookPaths?: string[];
  /**
   * Cookbook folder scans (metadata and file lists) by real path, shared
   * between loads in one process. A batch of many cookbooks in one folder
   * finds every sibling on each load; without it the batch is quadratic.
   * Only for a run in which the files do not change.
   */
  scanCache?: LoadCache;
}

export interface LoadCache {
  readonly scans: Map<string, CookbookScan>;
  /** A folder on the cookbook path → its cookbook folders (as named, and real). */
  readonly folders: Map<string, readonly { readonly dir: string; readonly real: string }[]>;
}

export function newLoadCache(): LoadCache {
  return { scans: new Map(), folders: new Map() };
}

export interface CookbookScan {
  readonly meta: MetadataResult;
  readonly files: CookbookFiles;
}

export async function loadWorkspace(paths: string[], options: LoadOptions): Promise<Workspace> {
  const root = resolve(paths[0] ?? '.');
  try {
    await initParsers();
    return new WorkspaceLoader(root).load(paths, options);
  } catch (e) {
    return emptyWorkspace(root, [error('DEC0901', `loading stopped: ${(e as Error).message}`)]);
  }
}

export const REPO_MARKERS = ['cookbooks', 'site-cookbooks', 'roles', 'environments', 'data_bags', 'nodes', ...VENDORED_FOLDERS];

class WorkspaceLoader {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly cookbooks = new Map<string, Cookbook>();
  private readonly loadedDirs = new Set<string>();
  private readonly roles = new Map<string, Role>();
  private readonly roleErrors = new Map<string, Diagnostic[]>();
  private readonly environments = new Map<string, Environment>();
  private readonly dataBags = new Map<string, Map<string, DataBagItem>>();
  private readonly nodes = new Map<string, Data>();
  private policyfile: Policyfile | undefined;
  /** Cookbook folders named directly (a cookbook path argument, a Policyfile `path:` source). */
  private readonly explicitDirs: string[] = [];
  /** Folders of cookbooks, in search order. */
  private readonly searchPaths: string[] = [];
  /** Folders whose cookbooks are the primary ones, in path order. */
  private readonly primaryDirs: string[] = [];
  private kind: WorkspaceKind | undefined;
  private scanCache: LoadCache | undefined;

  constructor(private readonly root: string) {}

  load(paths: string[], options: LoadOptions): Workspace {
    this.scanCache = options.scanCache;
    if (paths.length === 0) this.diagnostics.push(error('DEC0201', 'no path given'));
    for (const p of paths) this.classify(resolve(p));
    if (!this.kind) return emptyWorkspace(this.root, this.diagnostics);
    for (const p of options.cookbookPaths ?? []) {
      const abs = resolve(p);
      if (isDir(abs)) this.searchPaths.push(abs);
      else this.diagnostics.push(error('DEC0201', `cookbook path ${p} is not a folder`));
    }
    for (const dir of this.explicitDirs) this.addCookbook(dir);
    for (const dir of this.searchPaths) {
      for (const child of this.cookbookFolders(dir)) this.addCookbook(child.dir, child.real);
    }
    const primary: string[] = [];
    for (const dir of this.primaryDirs) {
      const cb = [...this.cookbooks.values()].find((c) => c.root === dir);
      if (cb && !primary.includes(cb.name)) primary.push(cb.name);
    }
    return {
      kind: this.kind,
      root: this.root,
      cookbooks: this.cookbooks,
      primary,
      roles: this.roles,
      ...(this.roleErrors.size ? { roleErrors: this.roleErrors } : {}),
      environments: this.environments,
      dataBags: this.dataBags,
      nodes: this.nodes,
      ...(this.policyfile ? { policyfile: this.policyfile } : {}),
      kitchenSuites: this.kitchenSuites(),
      diagnostics: this.diagnostics,
    };
  }

  /** Every cookbook's Test Kitchen suites, cookbooks in path order. */
  private kitchenSuites(): KitchenSuite[] {
    const suites: KitchenSuite[] = [];
    for (const cb of this.cookbooks.values()) {
      const read = readKitchenSuites(cb);
      suites.push(...read.suites);
      this.diagnostics.push(...read.diagnostics);
    }
    return suites;
  }

  private classify(path: string): void {
    if (!existsSync(path)) {
      this.diagnostics.push(error('DEC0201', `${path}: no such file or folder`));
      return;
    }
    if (isFile(path) && basename(path) === 'Policyfile.rb') {
      this.readRepo(dirname(path), path);
      return;
    }
    if (!isDir(path)) {
      this.diagnostics.push(error('DEC0201', `${path} is not a cookbook, a folder of cookbooks or a chef-repo`));
      return;
    }
    if (looksLikeCookbook(path)) {
      this.kind ??= 'cookbook';
      this.explicitDirs.push(path);
      this.primaryDirs.push(path);
      // The folder holding the cookbook is where its dependencies are found, as with knife's cookbook_path.
      this.searchPaths.push(dirname(path));
      // `berks vendor` run in the cookbook's own folder leaves its resolved dependencies there.
      for (const f of VENDORED_FOLDERS) if (isDir(join(path, f))) this.searchPaths.push(join(path, f));
      return;
    }
    if (REPO_MARKERS.some((m) => isDir(join(path, m))) || isFile(join(path, 'Policyfile.rb'))) {
      this.readRepo(path, isFile(join(path, 'Policyfile.rb')) ? join(path, 'Policyfile.rb') : undefined);
      return;
    }
    const children = listDir(path)
      .filter((e) => !e.name.startsWith('.'))
      .map((e) => join(path, e.name))
      .filter((c) => isDir(c) && looksLikeCookbook(c));
    if (children.length > 0) {
      this.kind ??= 'cookbooks';
      this.searchPaths.push(path);
      this.primaryDirs.push(...children);
      return;
    }
    this.diagnostics.push(
      error(
        'DEC0201',
        `${path} is not a cookbook, a folder of cookbooks or a chef-repo`,
        undefined,
        'a cookbook has metadata.rb (or recipes/); a chef-repo has cookbooks/, roles/ or a Policyfile.rb',
      ),
    );
  }

  private readRepo(repo: string, policyPath: string | undefined): void {
    this.kind ??= 'chef-repo';
    for (const sub of ['cookbooks', 'site-cookbooks']) {
      const dir = join(repo, sub);
      if (!isDir(dir)) continue;
      this.searchPaths.push(dir);
      for (const e of listDir(dir)) {
        const child = join(dir, e.name);
        if (!e.name.startsWith('.') && isDir(child) && looksLikeCookbook(child)) this.primaryDirs.push(child);
      }
    }
    this.readVendored(repo);
    for (const depFile of DEPENDENCY_FILES) this.readDependencyFile(repo, depFile);
    const roles = readRoleFolder(repo, 'roles', 'the repository');
    this.diagnostics.push(...roles.diagnostics);
    for (const [name, errors] of roles.roleErrors) if (!this.roleErrors.has(name)) this.roleErrors.set(name, errors);
    for (const [name, role] of roles.roles) if (!this.roles.has(name)) this.roles.set(name, role);
    this.diagnostics.push(
      ...readNamedFolder(repo, 'environments', 'the repository', (src, name) => {
        const r = readEnvironment(src, name);
        this.diagnostics.push(...r.diagnostics);
        if (r.environment && !this.environments.has(name)) this.environments.set(name, r.environment);
      }),
    );
    this.readDataBags(repo);
    this.readNodes(repo);
    if (policyPath) this.readPolicy(repo, policyPath);
  }

  /**
   * Vendored cookbooks (`berks vendor` into berks-cookbooks/ or vendor/cookbooks/) and the folders the repository's
   * knife, chef-zero or chef-solo configuration names as its cookbook_path: searched after cookbooks/ and
   * site-cookbooks/, as dependencies. They are not the repository's own cookbooks: none is converted unless the
   * run list names it (a vendored folder holds every dependency the Berksfile resolved).
   */
  private readVendored(repo: string): void {
    const configured = configuredCookbookPaths(repo);
    this.diagnostics.push(...configured.diagnostics);
    const conventional = VENDORED_FOLDERS.map((f) => join(repo, f)).filter((d) => isDir(d));
    for (const dir of [...configured.folders, ...conventional]) if (!this.searchPaths.includes(dir)) this.searchPaths.push(dir);
  }

  private readDataBags(repo: string): void {
    const read = readDataBagFolder(repo, 'data_bags', 'the repository');
    this.diagnostics.push(...read.diagnostics);
    for (const [name, items] of read.bags) this.dataBags.set(name, items);
  }

  private readNodes(repo: string): void {
    const read = readNodeFolder(repo, 'nodes', 'the repository');
    this.diagnostics.push(...read.diagnostics);
    for (const [name, node] of read.nodes) if (!this.nodes.has(name)) this.nodes.set(name, node);
  }

  private readDependencyFile(repo: string, rel: string): void {
    if (!isFile(join(repo, rel))) return;
    const src = readContained(repo, rel, { what: 'the repository' });
    if (isDiagnostic(src)) {
      this.diagnostics.push({ ...src, code: src.code === 'DEC0403' ? 'DEC0204' : src.code });
      return;
    }
    const r = readDependencyFile(src, join(repo, rel), repo);
    this.diagnostics.push(...r.diagnostics);
    for (const source of r.sources) {
      if (isDir(source.path) && looksLikeCookbook(source.path)) {
        this.explicitDirs.push(source.path);
        this.primaryDirs.push(source.path);
      } else {
        this.diagnostics.push(warning('DEC0202', `${rel}: cookbook ${source.name} at ${source.path} is not a cookbook folder`));
      }
    }
  }

  private readPolicy(repo: string, policyPath: string): void {
    if (this.policyfile) return;
    const rel = policyPath.slice(repo.length + 1);
    const src = readContained(repo, rel, { what: 'the repository' });
    if (isDiagnostic(src)) {
      this.diagnostics.push({ ...src, code: src.code === 'DEC0403' ? 'DEC0204' : src.code });
      return;
    }
    const r = readPolicyfile(src, policyPath);
    this.diagnostics.push(...r.diagnostics);
    this.policyfile = r.policyfile;
    for (const source of r.cookbookSources) {
      if (isDir(source.path) && looksLikeCookbook(source.path)) {
        this.explicitDirs.push(source.path);
        this.primaryDirs.push(source.path);
      } else {
        this.diagnostics.push(error('DEC0202', `Policyfile cookbook ${source.name}: ${source.path} is not a cookbook folder`, r.policyfile.location));
      }
    }
  }

  /** The cookbooks in a folder of the cookbook path, each with its real path (unresolvable ones left out). */
  private cookbookFolders(dir: string): readonly { dir: string; real: string }[] {
    const cached = this.scanCache?.folders.get(dir);
    if (cached) return cached;
    const found: { dir: string; real: string }[] = [];
    for (const entry of listDir(dir)) {
      const child = join(dir, entry.name);
      if (entry.name.startsWith('.') || !isDir(child) || !looksLikeCookbook(child)) continue;
      try {
        found.push({ dir: child, real: realpathSync(child) });
      } catch {
        continue;
      }
    }
    this.scanCache?.folders.set(dir, found);
    return found;
  }

  private addCookbook(dir: string, knownReal?: string): void {
    let real: string;
    try {
      real = knownReal ?? realpathSync(dir);
    } catch {
      return;
    }
    if (this.loadedDirs.has(real)) return;
    this.loadedDirs.add(real);
    const scan = this.scan(dir, real);
    this.diagnostics.push(...scan.meta.diagnostics);
    const name = scan.meta.metadata.name;
    // First found wins by name, as Chef's cookbook_path does; a later copy is shadowed.
    if (this.cookbooks.has(name)) return;
    this.cookbooks.set(name, { name, root: dir, metadata: scan.meta.metadata, files: scan.files });
  }

  private scan(dir: string, real: string): CookbookScan {
    // Keyed by the path as named too: diagnostics and file refs carry it.
    const key = `${real}\0${dir}`;
    const cached = this.scanCache?.scans.get(key);
    if (cached) return cached;
    const scan = { meta: readMetadata(dir), files: cookbookFiles(dir) };
    this.scanCache?.scans.set(key, scan);
    return scan;
  }
}

function emptyWorkspace(root: string, diagnostics: Diagnostic[]): Workspace {
  return {
    kind: 'cookbook',
    root,
    cookbooks: new Map(),
    primary: [],
    roles: new Map(),
    environments: new Map(),
    dataBags: new Map(),
    nodes: new Map(),
    diagnostics,
  };
}
