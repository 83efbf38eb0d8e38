/**
 * Package facts (DESIGN.md, "Sources of truth (wave 2)", item 2): what the
 * target platform's real archive says about the packages a run list installs —
 * the version apt picks, the files, conffiles and systemd units each package
 * ships, the users and groups its maintainer scripts create.
 *
 * The engine finds them (a container of the platform runs its own package
 * manager, src/engine/package-facts/); recorded facts serve platforms whose
 * archive this machine cannot reach. The evaluator only ever sees
 * `PackageFactsView`, so src/chef never imports the engine.
 *
 * Pure data: every path is absolute and normalised ('/usr/sbin/named', no
 * trailing slash), every list sorted, so facts serialise deterministically.
 */

/** One package a run list asks for; `version` as the recipe wrote it (exact, or a glob such as `2.4.*`). */
export interface PackageRequest {
  readonly name: string;
  readonly version?: string;
}

/**
 * A repository the cookbook adds (apt_repository), as the image adds it
 * before its package layer: the probe adds it too, so facts describe what the
 * image installs. Part of the cache key.
 */
export interface AddedRepository {
  readonly name: string;
  readonly uri: string;
  readonly distribution: string;
  readonly components: readonly string[];
  /** URL of the signing key: fetched into /etc/apt/keyrings/NAME.asc and named by signed-by, as the Dockerfile does. */
  readonly keyUrl?: string;
  /** Chef's `trusted true`: `[trusted=yes]`, apt reads it unsigned. */
  readonly trusted?: boolean;
}

/** An added repository apt could not read in the probe (not reachable from this machine, no Release file, bad key). */
export interface UnreachableRepository {
  readonly uri: string;
  /** apt's own line about it. */
  readonly reason: string;
}

/**
 * A service unit's settings that decide how a container runs it, read with
 * the project's one systemd unit reader. `raw` keeps the file so a later reader
 * can take what these fields leave out.
 */
export interface SystemdUnitFact {
  /** Where the package ships it, e.g. '/lib/systemd/system/named.service'. */
  readonly path: string;
  /** File name: 'named.service', 'bind9.service' (an alias link), 'getty@.service'. */
  readonly name: string;
  readonly raw: string;
  /** The alias this file is a link to, when the package ships the unit as a symlink (then `raw` is the target's). */
  readonly linkTo?: string;
  readonly type?: string;
  readonly execStart?: string;
  readonly execStartPre: readonly string[];
  readonly user?: string;
  readonly group?: string;
  /** Each EnvironmentFile= value as written ('-' prefix kept: it marks the file optional). */
  readonly environmentFiles: readonly string[];
  /** RuntimeDirectory= names, relative to /run. */
  readonly runtimeDirectories: readonly string[];
  readonly workingDirectory?: string;
  readonly pidFile?: string;
  readonly capabilityBoundingSet?: string;
  readonly ambientCapabilities?: string;
  /**
   * What the package's postinst does to this unit on a fresh install on a
   * systemd host (Debian enables and starts the daemons it installs). Absent
   * only in facts recorded before decant read maintainer scripts: such a fact
   * is stale (src/facts/fact-currency.ts) and is probed again.
   */
  readonly onInstall?: UnitInstallEffect;
}

/** A unit's fate on install, read from the maintainer script (src/facts/maintainer-starts.ts). */
export interface UnitInstallEffect {
  /** Enabled (deb-systemd-helper enable, systemctl enable, update-rc.d defaults): it starts at every boot. */
  readonly enabled: boolean;
  /** Started now (deb-systemd-invoke start, invoke-rc.d start): it runs as soon as the package is configured. */
  readonly started: boolean;
  /**
   * The script disables it (deb-systemd-helper disable, update-rc.d X disable):
   * the maintainer means it off by default, and a unit started before that
   * runs only until the next boot (apache2's apache-htcacheclean).
   */
  readonly disabled: boolean;
  /** The script lines that say so: 'postinst:52'. */
  readonly from: readonly string[];
}

/** A user or group a package's maintainer scripts or sysusers.d file create. */
export interface AccountFact {
  readonly name: string;
  /** Fixed id when the script gives one; most system accounts get the next free id at install time. */
  readonly id?: number;
  readonly system: boolean;
  /** Users only: home, login shell, primary group. */
  readonly home?: string;
  readonly shell?: string;
  readonly primaryGroup?: string;
  /** Users only: supplementary groups (adduser USER GROUP, usermod -aG, sysusers `m`). */
  readonly groups?: readonly string[];
  /** Where the fact was read: 'postinst:12', 'usr/lib/sysusers.d/x.conf:3'. */
  readonly from: string;
}

/** A file the package ships whose text decant may need (conffiles, /etc/default, units, sysusers.d); small text only. */
export interface ShippedText {
  readonly path: string;
  readonly content: string;
}

export interface ShippedLink {
  readonly path: string;
  readonly target: string;
}

/** One binary package at one version, as its .deb (or .rpm) says. */
export interface PackageFact {
  readonly name: string;
  readonly version: string;
  readonly architecture: string;
  /** Where apt took it from: 'http://deb.debian.org/debian bookworm/main'. */
  readonly source: string;
  /** The source package, when it differs from the binary's name (Debian's Source: field). */
  readonly sourcePackage?: string;
  /** Depends and Pre-Depends: each entry a group of alternatives ('a | b' → ['a', 'b']), names only. */
  readonly depends: readonly (readonly string[])[];
  /** Virtual names it provides (Provides:), names only. */
  readonly provides: readonly string[];
  /** Regular files and symlinks, absolute. */
  readonly files: readonly string[];
  readonly directories: readonly string[];
  readonly links: readonly ShippedLink[];
  readonly conffiles: readonly string[];
  /** What preinst/postinst make on a fresh install (mkdir, cp, install, touch, ln -s with literal paths). */
  readonly scriptFiles: readonly string[];
  readonly scriptDirectories: readonly string[];
  readonly units: readonly SystemdUnitFact[];
  /** /etc/default/* files with their content. */
  readonly defaultFiles: readonly ShippedText[];
  /** Text of conffiles, units, sysusers.d and tmpfiles.d files (each at most 64 KiB). */
  readonly texts: readonly ShippedText[];
  readonly users: readonly AccountFact[];
  readonly groups: readonly AccountFact[];
  /** Executables under bin/sbin directories; each reports the package's upstream version. */
  readonly binaries: readonly string[];
  /**
   * The ELF executables among them that talk to syslog (import syslog(3)'s
   * functions or name /dev/log): a daemon among them loses its log in a
   * container, which runs no syslog daemon. Absent only in facts recorded
   * before decant looked: such a fact is stale (src/facts/fact-currency.ts).
   */
  readonly syslogBinaries?: readonly string[];
  /** Which account lines of the maintainer scripts could not be read (a variable name, an unknown option). */
  readonly accountNotes: readonly string[];
}

export interface ResolvedPackage {
  readonly name: string;
  readonly version: string;
  readonly architecture: string;
  readonly source: string;
  /** Asked for by the run list (the rest are dependencies apt pulls). */
  readonly requested: boolean;
  /** Already in the platform's base image at this version: apt installs nothing for it. */
  readonly inBase: boolean;
}

export interface MissingPackage {
  readonly name: string;
  /** Archive names closest to it, nearest first. */
  readonly nearNames: readonly string[];
}

export interface MissingVersion {
  readonly name: string;
  readonly version: string;
  /** The versions the archive has, newest first. */
  readonly available: readonly string[];
}

/** What the platform's package manager makes of one request set. */
export interface PackageResolution {
  /** decant's platform name: 'debian-12'. */
  readonly platform: string;
  /** Digest of the repositories and architecture asked: part of every cache key. */
  readonly repositories: string;
  readonly architecture: string;
  readonly requests: readonly PackageRequest[];
  /** Everything the requests install, dependencies included, sorted by name. */
  readonly packages: readonly ResolvedPackage[];
  readonly missing: readonly MissingPackage[];
  readonly missingVersions: readonly MissingVersion[];
  /** Why apt refused the set as a whole (conflicts, unmet dependencies), in its words. */
  readonly problem?: string;
  /** Packages the base image already holds, with versions. */
  readonly basePackages: readonly { readonly name: string; readonly version: string; readonly architecture?: string }[];
  /** /bin, /sbin and /lib are links into /usr on this platform's image. */
  readonly mergedUsr: boolean;
  /** Added repositories apt could not read: a package only they provide has unknown facts. Absent when none. */
  readonly unreachable?: readonly UnreachableRepository[];
  /**
   * First-level Recommends of the requested packages that apt installs with them (in `packages`), as
   * Chef's apt-get install brings them; absent when none, or in a resolution made before decant asked.
   */
  readonly recommended?: readonly RecommendedPackage[];
}

/** `name` is installed because `of`, a requested package, recommends it. */
export interface RecommendedPackage {
  readonly of: string;
  readonly name: string;
}

/** The answer to "which binary, from which package, reports which version". */
export interface BinaryFact {
  readonly path: string;
  readonly packageName: string;
  readonly packageVersion: string;
  /** The version without epoch and distribution revision ('1:9.18.28-1~deb12u2' → '9.18.28'): what `named -v` prints. */
  readonly upstreamVersion: string;
}

/**
 * What the evaluator asks. `installed` is the names the run has installed so
 * far (a package resource converged earlier); the view adds what apt pulls with
 * them. A `false`/`undefined` answer means "no installed package ships it": the
 * caller still applies its own fresh-image rules for the base and for what
 * resources created.
 */
export interface PackageFactsView {
  readonly platform: string;
  readonly resolution: PackageResolution;
  /** The installed names with every dependency apt would pull, sorted. */
  closure(installed: readonly string[]): readonly string[];
  fileExists(path: string, installed: readonly string[]): boolean;
  isDirectory(path: string, installed: readonly string[]): boolean;
  /** Entry names directly under a directory the installed packages ship, sorted. */
  listDirectory(path: string, installed: readonly string[]): readonly string[];
  /** Text of a conffile, /etc/default file, unit or sysusers.d file an installed package ships. */
  fileContent(path: string, installed: readonly string[]): string | undefined;
  /** The version apt installs (or the base image holds); undefined when neither has it. */
  packageVersion(name: string): string | undefined;
  /** The package shipping a path, among the installed ones. */
  packageOf(path: string, installed: readonly string[]): string | undefined;
  binary(path: string, installed: readonly string[]): BinaryFact | undefined;
  users(installed: readonly string[]): readonly AccountFact[];
  groups(installed: readonly string[]): readonly AccountFact[];
  units(installed: readonly string[]): readonly SystemdUnitFact[];
  /** One package's facts, when the resolution unpacked it (its source package, dependencies, units). */
  packageFact(name: string): PackageFact | undefined;
  /** Near names when the package is not in the archive; undefined when it is. */
  missing(name: string): MissingPackage | undefined;
}
