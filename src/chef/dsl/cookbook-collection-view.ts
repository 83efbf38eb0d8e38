/**
 * `run_context.cookbook_collection`: the cookbooks of the run by name (a Mash in Chef), each a CookbookVersion
 * whose `root_dir` is where chef-client keeps its files on the node (cookbook-cache.ts: Chef's
 * CookbookSynchronizer writes every cookbook file under file_cache_path/cookbooks/NAME). Recipes use it to
 * point at their own files (`"file://#{cookbook_collection['x'].root_dir}/files/default/a.tar.gz"`). Anything else
 * of CookbookVersion is an Unknown naming the call.
 */
import { RArray, RObject, type RubyValue } from '../values.js';
import { ModuleDef, type Behaviour, type Call, type Found, type Native } from '../interpreter/runtime.js';
import { str } from '../interpreter/builtins/helpers.js';
import { cookbookCacheRoot } from './cookbook-cache.js';

export interface CookbookSummary {
  readonly name: string;
  readonly version?: string;
}

export class CookbookCollectionView implements Behaviour {
  readonly kind = 'Chef::CookbookCollection';
  readonly singleton = new ModuleDef('#<Chef::CookbookCollection>', true, undefined);
  readonly value: RObject;
  readonly displayName = '#<Chef::CookbookCollection>';
  constructor(private readonly cookbooks: () => ReadonlyMap<string, CookbookSummary>) {
    this.value = new RObject('Chef::CookbookCollection', this);
  }
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(name: string): Native | undefined {
    switch (name) {
      case '[]': case 'fetch': return (c) => this.version(c);
      case 'key?': case 'has_key?': case 'include?': case 'member?': return (c) => this.cookbooks().has(str(c.args[0] ?? ''));
      case 'keys': return () => new RArray([...this.cookbooks().keys()].sort());
      case 'size': case 'length': return () => this.cookbooks().size;
      default: return undefined;
    }
  }
  missing(c: Call): Found {
    return c.interp.unknown(`run_context.cookbook_collection.${c.name} is not modelled`, c.node, 'DEC0302');
  }
  private version(c: Call): RubyValue {
    const cb = this.cookbooks().get(str(c.args[0] ?? ''));
    // A Mash answers nil for a name it lacks; fetch would raise KeyError, which reads the same to a static run.
    return cb ? new CookbookVersionView(cb, cookbookCacheRoot(cb.name)).value : null;
  }
}

class CookbookVersionView implements Behaviour {
  readonly kind = 'Chef::CookbookVersion';
  readonly singleton = new ModuleDef('#<Chef::CookbookVersion>', true, undefined);
  readonly value: RObject;
  readonly displayName: string;
  constructor(
    private readonly cookbook: CookbookSummary,
    private readonly rootDir: string,
  ) {
    this.value = new RObject('Chef::CookbookVersion', this);
    this.displayName = `#<Chef::CookbookVersion ${cookbook.name}>`;
  }
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(name: string): Native | undefined {
    switch (name) {
      case 'name': return () => this.cookbook.name;
      case 'version': return (c) => this.cookbook.version ?? c.interp.unknown(`cookbook ${this.cookbook.name} has no version in its metadata`, c.node, 'DEC0302');
      case 'root_dir': return () => this.rootDir;
      case 'root_paths': return () => new RArray([this.rootDir]);
      default: return undefined;
    }
  }
  missing(c: Call): Found {
    return c.interp.unknown(`CookbookVersion#${c.name} of ${this.cookbook.name} is not modelled`, c.node, 'DEC0302');
  }
}
