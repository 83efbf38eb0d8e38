import type { Data, Unknown } from './data.js';
import type { Diagnostic } from './diagnostic.js';
import type { SourceLocation } from './source.js';

export interface Dependency {
  readonly name: string;
  readonly constraint?: string;
  /** Where metadata says so (`depends 'x'` in metadata.rb), for diagnostics about it. */
  readonly location?: SourceLocation;
}

export interface CookbookMetadata {
  readonly name: string;
  readonly version?: string;
  readonly description?: string;
  readonly maintainer?: string;
  readonly license?: string;
  readonly sourceUrl?: string;
  readonly depends: readonly Dependency[];
  /** `supports 'ubuntu'` etc.: platform names, in file order. */
  readonly supports: readonly string[];
}

/**
 * The files of a cookbook by segment, each a path relative to `root` with `/`
 * separators, sorted. Contents are read on demand through src/load's
 * guarded reader, never directly, so containment and size limits hold.
 */
export interface CookbookFiles {
  readonly recipes: readonly string[];
  readonly attributes: readonly string[];
  readonly libraries: readonly string[];
  readonly resources: readonly string[];
  readonly providers: readonly string[];
  readonly definitions: readonly string[];
  readonly templates: readonly string[];
  readonly files: readonly string[];
  /** test/integration/** and test/cookbooks/** etc., for the verify stage. */
  readonly tests: readonly string[];
}

export interface Cookbook {
  readonly name: string;
  /** Absolute path of the cookbook folder. */
  readonly root: string;
  readonly metadata: CookbookMetadata;
  readonly files: CookbookFiles;
}

export interface Role {
  readonly name: string;
  readonly description?: string;
  readonly runList: readonly string[];
  readonly envRunLists: Readonly<Record<string, readonly string[]>>;
  readonly defaultAttributes: Data;
  readonly overrideAttributes: Data;
  readonly location: SourceLocation;
}

export interface Environment {
  readonly name: string;
  readonly description?: string;
  readonly defaultAttributes: Data;
  readonly overrideAttributes: Data;
  readonly cookbookVersions: Readonly<Record<string, string>>;
  readonly location: SourceLocation;
}

export interface DataBagItem {
  readonly bag: string;
  readonly id: string;
  readonly data: Data;
  readonly location: SourceLocation;
  /** Encrypted items cannot be read without the key: their values are Unknown. */
  readonly encrypted: boolean;
}

export interface Policyfile {
  readonly name: string;
  readonly runList: readonly string[];
  readonly namedRunLists: Readonly<Record<string, readonly string[]>>;
  readonly defaultAttributes: Data;
  readonly overrideAttributes: Data;
  readonly location: SourceLocation;
}

export type WorkspaceKind = 'cookbook' | 'cookbooks' | 'chef-repo';

/** Everything decant read from disk, before any Ruby is evaluated. */
export interface Workspace {
  readonly kind: WorkspaceKind;
  /** Absolute path the user named. */
  readonly root: string;
  /** Every cookbook on the cookbook path, by name (first found wins, as Chef's cookbook_path). */
  readonly cookbooks: ReadonlyMap<string, Cookbook>;
  /** The cookbooks the user pointed at (a single cookbook, or all under a folder), in path order. */
  readonly primary: readonly string[];
  readonly roles: ReadonlyMap<string, Role>;
  /**
   * The errors of each role file that could not be fully read (a syntax
   * error, bad JSON), by role name, held out of `diagnostics`: Chef reads only
   * the roles a run list asks for, so they are errors where a run list uses
   * the role and warnings where it does not (run-list expansion decides).
   */
  readonly roleErrors?: ReadonlyMap<string, readonly Diagnostic[]>;
  readonly environments: ReadonlyMap<string, Environment>;
  readonly dataBags: ReadonlyMap<string, ReadonlyMap<string, DataBagItem>>;
  /** nodes/*.json: node objects, for `search(:node, ...)` answers supplied by the user. */
  readonly nodes: ReadonlyMap<string, Data>;
  readonly policyfile?: Policyfile;
  /** Test Kitchen suites of the cookbooks' kitchen.yml files. */
  readonly kitchenSuites?: readonly KitchenSuite[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A Test Kitchen suite of a cookbook's kitchen.yml: the run list it converges
 * and the node attributes it hands chef-client (normal precedence, as
 * Kitchen's dna.json does). Real cookbooks keep the attributes their test
 * recipes read there, so the test recipes converge only with them.
 */
export interface KitchenSuite {
  readonly name: string;
  readonly runList: readonly string[];
  readonly attributes: Readonly<Record<string, Data>>;
  readonly location: SourceLocation;
  /** Its kitchen.yml has ERB tags, which the load stage leaves Unknown and the evaluate stage renders (src/chef/kitchen-erb.ts). */
  readonly erb?: true;
  /**
   * The provisioner's `data_bags_path` as written for this suite (the suite's own, else the file's), relative to
   * the kitchen file's folder; absent when neither sets it (Kitchen then looks in its default places,
   * src/load/kitchen-data-bags-path.ts), an Unknown when an ERB tag computes it.
   */
  readonly dataBagsPath?: string | Unknown;
  /** The provisioner's `roles_path` and `nodes_path`, kept as `dataBagsPath` is (Kitchen finds them alike). */
  readonly rolesPath?: string | Unknown;
  readonly nodesPath?: string | Unknown;
}

/** One ERB tag of a kitchen.yml: its whole text, the Ruby inside, and where it starts. */
export interface KitchenErbTag {
  readonly text: string;
  /** `=` for an output tag (`<%= … %>`), `#` for a comment, '' for a code tag (`<% … %>`). */
  readonly kind: '=' | '#' | '';
  readonly code: string;
  readonly location: SourceLocation;
}

/** What a tag renders to, as Kitchen's ERB would: its text, or an Unknown saying why decant cannot tell. */
export type KitchenErbRender = (tag: KitchenErbTag) => string | Unknown;
