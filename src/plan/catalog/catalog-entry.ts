/**
 * One daemon the service catalog (catalog/*.yaml) knows. Values that differ
 * per platform family are keyed by family (`debian`, `rhel`).
 */
export type ByFamily<T> = Readonly<Record<string, T>>;

export interface CatalogUser {
  readonly name: string;
  /** Fixed so Kubernetes can verify runAsNonRoot and give volumes to the group (image USER by id). */
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
}

/** A value read back from the rendered configuration: the first capture of `pattern` in a file whose path matches `files`. */
export interface CatalogSetting {
  readonly name: string;
  readonly files: readonly string[];
  readonly pattern: string;
  readonly default?: string;
}

export type CatalogHealth =
  | { readonly kind: 'tcp' }
  | { readonly kind: 'exec'; readonly command: readonly string[] }
  | { readonly kind: 'http'; readonly path: string };

export interface CatalogEntry {
  readonly name: string;
  readonly description: string;
  readonly packages: ByFamily<readonly string[]>;
  readonly services: ByFamily<readonly string[]>;
  /** Set for daemons that have no place in a container: the reason they are dropped. */
  readonly host?: string;
  /** Exec form; `{setting}` placeholders are filled from `settings` (or the first port for `{port}`). */
  readonly command?: ByFamily<readonly string[]>;
  readonly env?: Readonly<Record<string, string>>;
  /** Absent: the service starts as root (and drops privileges itself). */
  readonly user?: CatalogUser;
  /** Capabilities a root service needs besides NET_BIND_SERVICE (which depends on its ports). */
  readonly capabilities: readonly string[];
  readonly ports: readonly { readonly name: string; readonly port: number }[];
  readonly settings: readonly CatalogSetting[];
  /**
   * Ports the package's own configuration opens (Debian's default nginx site on
   * 80) unless the cookbook overwrote or removed one of `files`.
   */
  readonly shippedPorts: readonly { readonly port: number; readonly files: readonly string[] }[];
  readonly dataDirs: readonly string[];
  readonly runtimeDirs: readonly string[];
  readonly logs: readonly { readonly path: string; readonly stream: 'stdout' | 'stderr'; readonly requests?: true }[];
  /**
   * How the command itself sends the service's log to stdout/stderr (redis's
   * `--logfile ""`): log files the config names are then not the service's,
   * and src/plan/logs leaves them alone.
   */
  readonly logging?: string;
  /** Path prefixes of the files this service reads. */
  readonly configPaths: readonly string[];
  /** Regexes of config paths a person tunes: shipped as a ConfigMap too. */
  readonly tunable: readonly string[];
  readonly health?: CatalogHealth;
}

export interface Catalog {
  readonly entries: readonly CatalogEntry[];
}
