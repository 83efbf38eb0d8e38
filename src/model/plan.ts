import type { Diagnostic } from './diagnostic.js';
import type { SourceLocation } from './source.js';
import type { Data } from './data.js';
import type { OpenQuestion } from './converge.js';
import type { StepNotifiers } from './step-notifiers.js';
import type { PlanFileNetwork, UnitNetwork } from './unit-network.js';
export type { StepNotifiers } from './step-notifiers.js';
import type { NetworkRule, UnitExposure } from './exposure.js';
export type { ExposureEvidence, NetworkRule, UnitExposure } from './exposure.js';
import type { LineRewrite, LogLink, LogsElsewhere, RequestLog } from './unit-logs.js';
export type { LineRewrite, LogLink, LogsElsewhere, RequestLog } from './unit-logs.js';

/**
 * The plan stage's output: what goes into which container, and why. Emit turns
 * it into files; plan.yaml (PlanFile below) is the part a reviewer edits and
 * feeds back with `--plan`.
 */

/**
 * What happened to one resource. `skipped` is a resource whose guard says it
 * does not converge on a fresh image; it is kept (with the guard as reason) so
 * the report still accounts for every resource.
 */
export type ResourceClass = 'image' | 'config' | 'secret' | 'workload' | 'host' | 'unsupported' | 'skipped';

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'CronJob' | 'Job';

/** A node path a node agent reads, and where its container sees it. */
export interface HostPathMount {
  readonly path: string;
  readonly mountPath: string;
}

/** What a node agent (a DaemonSet) needs of its node: paths read-only, and the node's network when it serves on a node port. */
export interface NodeAccess {
  readonly hostPaths: readonly HostPathMount[];
  readonly hostNetwork: boolean;
}

export type { NetworkAttach, PlanFileNetwork, UnitNetwork } from './unit-network.js';
export type PackageManager = 'apt' | 'dnf';

/** Where the bytes of a file come from. Cookbook paths are absolute and are copied into the build context. */
export type FileSource =
  /** `template`: the cookbook's template it was rendered from, so report.html can show it beside the file. */
  | { readonly kind: 'rendered'; readonly text: string; readonly complete: boolean; readonly template?: SourceLocation }
  | { readonly kind: 'cookbook-file'; readonly path: string }
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'unknown'; readonly reason: string };

/** Common to everything that came from a resource: names the resource and where it was declared. */
export interface Origin {
  /** `type[name]`, as the report shows it. */
  readonly resource: string;
  readonly source: SourceLocation;
}

export interface PackageSpec extends Origin {
  readonly name: string;
  /** The cookbook's pin, or the version package facts resolved (the lock): pins it in the package layer. */
  readonly version?: string;
}

export interface RepositorySpec extends Origin {
  readonly manager: PackageManager;
  readonly name: string;
  readonly uri: string;
  readonly distribution?: string;
  readonly components: readonly string[];
  /** URL or path of the signing key, when given. */
  readonly key?: string;
  /** apt only: Chef's `trusted true`, written `[trusted=yes]`. */
  readonly trusted?: boolean;
}

/** An apt pin (`apt_preference`): written before the package layer so the pin applies to it. */
export interface AptPreferenceSpec extends Origin {
  /** File name under /etc/apt/preferences.d, as Chef names it. */
  readonly file: string;
  readonly glob: string;
  readonly pin: string;
  readonly priority: string;
}

export interface GroupSpec extends Origin {
  readonly name: string;
  readonly gid?: number;
  readonly system: boolean;
  readonly members: readonly string[];
}

export interface UserSpec extends Origin {
  readonly name: string;
  readonly uid?: number;
  readonly group?: string;
  readonly home?: string;
  readonly shell?: string;
  readonly system: boolean;
  readonly manageHome: boolean;
}

export interface DirectorySpec extends Origin {
  readonly path: string;
  readonly mode?: string;
  readonly owner?: string;
  readonly group?: string;
}

export interface FileSpec extends Origin {
  readonly path: string;
  readonly mode?: string;
  readonly owner?: string;
  readonly group?: string;
  readonly content: FileSource;
  /**
   * A config file the service reads: copied last so a change rebuilds one
   * layer. `tunable` files are also shipped as a ConfigMap mounted over it.
   */
  readonly config: boolean;
  readonly tunable: boolean;
  /**
   * Its key in the unit's ConfigMap: set by the plan (src/plan/config-map-keys.ts)
   * on every tunable file whose text is known, unique within the unit; emit
   * prints it. Absent: the file is not shipped in the ConfigMap.
   */
  readonly configMapKey?: string;
  /**
   * Secret values the file holds, as the names of the Secret keys that carry
   * them (issue 16): the text here has `${NAME}` where each value was, the
   * image holds that text, and the unit's runtime-files init container
   * substitutes the values when the pod starts. Absent: nothing substituted.
   */
  readonly substituted?: readonly string[];
}

/**
 * Work the unit does when its pod starts, not while its image builds: key
 * material a build step or an openssl_* resource generates (issue 16). The
 * image's own shell runs it in an init container, so the tools are the
 * image's and the product is in no layer; `writes` are handed to the service.
 */
export interface RuntimeStep extends Origin {
  /** A shell command, run as root by `/bin/sh` (the step's guards, env, cwd and user already applied). */
  readonly command: string;
  /** The files it makes, mounted into the service's container at these paths. */
  readonly writes: readonly string[];
  /** What it makes, for the reviewer: `a private key (openssl)`. */
  readonly what: string;
  /**
   * The Secret keys whose values the command holds as `${DECANT_SECRET_<KEY>}`
   * references, filled in from the Secret just before it runs; absent when none.
   */
  readonly secretEnv?: readonly string[];
}

export interface LinkSpec extends Origin {
  readonly path: string;
  readonly to: string;
  readonly hard: boolean;
}

/** A shell guard carried into the step: `unless` runs the step only when the command fails. */
export interface StepCondition {
  readonly when: 'if' | 'unless';
  readonly command: string;
}

/** A build-time `execute`/`bash`/`script`: one RUN. */
export interface BuildStep extends Origin {
  readonly command: string;
  readonly cwd?: string;
  /** Only when the step sets it: runs through `su`. */
  readonly user?: string;
  readonly env: Readonly<Record<string, string>>;
  readonly conditions: readonly StepCondition[];
  /** Set when Chef runs the step only because it is notified: the image runs it after those files. */
  readonly notifiedBy?: StepNotifiers;
}

/**
 * A secret value the unit needs at run time. Never in the image: a Secret key,
 * mounted at `path` (file resources) or injected as `env` (attributes).
 */
export interface SecretSpec extends Origin {
  /** Key in the unit's Secret (DNS-1123-ish: letters, digits, `-`, `_`, `.`). */
  readonly key: string;
  readonly path?: string;
  readonly env?: string;
  readonly mode?: string;
  /**
   * The real value; present in the plan so `--include-secrets` can write it,
   * never serialised anywhere else.
   */
  readonly value?: string;
  readonly reason: string;
}

/**
 * An /etc/hosts entry the cookbook adds. A container's /etc/hosts is written
 * by the kubelet, so the entry becomes the pod's `hostAliases`.
 */
export interface HostAlias extends Origin {
  readonly ip: string;
  readonly hostnames: readonly string[];
}

/**
 * How decant knows a port: the catalog's default, the rendered config (the
 * cookbook's), a resource property, the command's own flags, the config the
 * package ships and the cookbook leaves in place, the package's socket unit,
 * or the plan file.
 */
export type PortOrigin = 'catalog' | 'config' | 'resource' | 'command' | 'package' | 'socket' | 'plan';

export interface PortSpec {
  readonly port: number;
  readonly protocol: 'TCP' | 'UDP';
  readonly name: string;
  readonly from: PortOrigin;
  /** Where exactly, for a reviewer: `/etc/x/x.conf:12 (listen)`, `service[x] property port`. */
  readonly where?: string;
  /** The application protocol the port speaks (catalog/protocols/protocols.yaml), which decides how it is checked. */
  readonly speaks?: string;
  /** The port relays another service's protocol (stunnel's `accept`): its well-known number says nothing of what it speaks. */
  readonly relays?: true;
}

export interface DataDirSpec {
  readonly path: string;
  /** PVC request, e.g. `1Gi`. */
  readonly size: string;
}

export type HealthCheck =
  | { readonly kind: 'tcp'; readonly port: number }
  | { readonly kind: 'exec'; readonly command: readonly string[] }
  | { readonly kind: 'http'; readonly port: number; readonly path: string };


export interface ComputeResources {
  readonly requests: { readonly cpu: string; readonly memory: string };
  readonly limits: { readonly cpu: string; readonly memory: string };
}

/** One container image and the workload that runs it. */
export interface Unit {
  readonly name: string;
  readonly workload: WorkloadKind;
  /** Pinned base image (`debian:bookworm-slim`), never `latest`. */
  readonly baseImage: string;
  readonly packageManager: PackageManager;
  /** `app-unit:version`, the tag report.json names. */
  readonly image: string;
  /** The catalog entry that describes the service, when there is one. */
  readonly catalog?: string;
  /** The Chef service (or cron/execute) resource that made this unit. */
  readonly origin?: Origin;
  readonly repositories: readonly RepositorySpec[];
  /** apt pins; absent when there are none. */
  readonly aptPreferences?: readonly AptPreferenceSpec[];
  readonly packages: readonly PackageSpec[];
  /** Every package the image installs with the version and archive package facts resolved (the lock); absent offline. */
  readonly lockedPackages?: readonly { readonly name: string; readonly version: string; readonly source: string }[];
  readonly groups: readonly GroupSpec[];
  readonly users: readonly UserSpec[];
  readonly directories: readonly DirectorySpec[];
  readonly files: readonly FileSpec[];
  readonly links: readonly LinkSpec[];
  readonly buildSteps: readonly BuildStep[];
  readonly secrets: readonly SecretSpec[];
  /** Key material made when the pod starts, in converge order; absent when there is none. */
  readonly runtimeSteps?: readonly RuntimeStep[];
  /** /etc/hosts entries, as the pod's hostAliases; absent when there are none. */
  readonly hostAliases?: readonly HostAlias[];
  /** Exec form; empty when decant could not work it out (then a diagnostic says so). */
  readonly command: readonly string[];
  /**
   * Where the command came from (DESIGN.md, "Sources of truth"): the cookbook's
   * own unit or resource, the package's systemd unit, the catalog, plan.yaml,
   * or nowhere (`unknown`, with an error diagnostic).
   */
  readonly commandSource?: 'cookbook' | 'package' | 'catalog' | 'plan' | 'unknown';
  /** Run-time user; undefined means root (the service needs it). */
  readonly user?: string;
  /**
   * The user the service runs as although the image starts as root, and why
   * (`why`: the reason, or for `daemon` the config line naming the user):
   * `daemon` — the daemon drops to it itself, as its config names it
   * (catalog/directives/drops-privileges.yaml; its packaged unit sets no User=);
   * `relay` — decant's start wrapper does something as root first (the syslog
   * relay binds /dev/log, src/plan/logs/syslog-relay.ts) and then becomes it.
   * `user` is then undefined. Absent otherwise.
   */
  readonly dropsTo?: { readonly user: string; readonly by: 'daemon' | 'relay'; readonly why: string };
  readonly runAsNonRoot: boolean;
  /** Capabilities a root service keeps (besides NET_BIND_SERVICE, which emit adds for ports below 1024). */
  readonly capabilities: readonly string[];
  /** Numeric ids of `user`, so Kubernetes can check runAsNonRoot and give volumes to the group. */
  readonly uid?: number;
  readonly gid?: number;
  /** Home of the service user the image creates before the package layer (catalog services). */
  readonly home?: string;
  readonly ports: readonly PortSpec[];
  readonly dataDirs: readonly DataDirSpec[];
  readonly logs: readonly LogLink[];
  /** Logs that do not reach the container's output; absent when every log does. */
  readonly logsElsewhere?: LogsElsewhere;
  /** The command logs each request it serves to the output, by an option the plan added or found (catalog/logs/request-options.yaml). */
  readonly requestLog?: RequestLog;
  readonly health?: HealthCheck;
  readonly env: Readonly<Record<string, string>>;
  /** Node agents only (workload DaemonSet): what of its node the pod reaches. */
  readonly nodeAccess?: NodeAccess;
  /** What its config asks of the pod's network (a subnet to serve); absent when nothing. */
  readonly network?: UnitNetwork;
  /** CronJob schedule in the five-field form. */
  readonly schedule?: string;
  readonly resources: ComputeResources;
  /** Things a reviewer should know about this unit, in order. */
  readonly notes: readonly string[];
  /**
   * Why the unit cannot run as emitted (a file it ships holds values decant
   * could not know, no command): set by src/plan/needs-input.ts; absent when
   * nothing is missing. report.json prints it as `needsInput`.
   */
  readonly needsInput?: readonly string[];
}

/** What happened to one resource of the collection. */
export interface Decision {
  readonly index: number;
  readonly type: string;
  readonly name: string;
  readonly class: ResourceClass;
  readonly unit?: string;
  readonly reason: string;
  readonly source: SourceLocation;
  readonly via?: string;
}

export interface ImageLabels {
  readonly [key: string]: string;
}

export interface App {
  readonly name: string;
  readonly runList: readonly string[];
  /** From the primary cookbook's metadata.rb; tags the images. */
  readonly version: string;
  /** OCI labels (`org.opencontainers.image.*`) from metadata.rb. */
  readonly labels: ImageLabels;
  readonly platform: string;
  readonly units: readonly Unit[];
  readonly decisions: readonly Decision[];
  readonly diagnostics: readonly Diagnostic[];
  /** What package facts decided in this app, and what was assumed without them (absent when it installs nothing). */
  readonly packageFacts?: PackageFactsSummary;
  /**
   * Where each cookbook of the run was read from, as report.json records it
   * (relative to the output folder, or absolute) so `decant verify --tests`
   * finds the suites without being told.
   */
  readonly cookbookLocations?: CookbookLocations;
  /**
   * What only a person can answer (plan.yaml `values:`): questions the run
   * asked and left open, and the answers plan.yaml gave that the run used.
   */
  readonly values?: { readonly open: readonly OpenQuestion[]; readonly answered: Readonly<Record<string, Data>> };
  /** Units reachable from outside the cluster, and why (absent when none is). */
  readonly exposure?: readonly UnitExposure[];
  /** The app's NetworkPolicies as rules with reasons; absent only in plans made before they existed. */
  readonly networkRules?: readonly NetworkRule[];
  /** What each output format wrote for this app, relative to OUT (set by emit; report.json and report.md name them). */
  readonly outputs?: readonly AppOutput[];
  /** Who reaches whom over a socket or localhost (src/plan/connections); empty when no unit does. */
  readonly connections?: readonly ConnectionEdge[];
  /** Units that share one pod because of those connections; a unit in none has a pod of its own. */
  readonly pods?: readonly PodGroup[];
  /**
   * Lines decant rewrote in the units' configs, commands or environment, each
   * with why: loopback endpoints pointed at another unit's Service (the two
   * run in different pods), directives set so a daemon logs each request.
   */
  readonly rewrites?: readonly LineRewrite[];
  /** Units plan.yaml gave a pod of their own (`ownPod: true`). */
  readonly ownPods?: readonly string[];
}

/** One format's output of one app: `{format: 'compose', path: 'stack/compose.yaml'}`. */
export interface AppOutput {
  readonly format: string;
  readonly path: string;
}

export interface PackageFactsSummary {
  /** `archive`: the platform's archive answered (or a recording); `none`: offline or not to be had. */
  readonly source: 'archive' | 'none';
  /** Guards that probed a path a package installed earlier may ship: decided by facts, or assumed absent. */
  readonly guardsFromFacts: number;
  readonly guardsAssumed: number;
  /** Units whose command came from a package's unit or init script. */
  readonly commandsFromPackages: number;
}

/** The folder convert read (a cookbook or chef-repo) and each cookbook of the run, relative to the output folder or absolute. */
export interface CookbookLocations {
  readonly input: string;
  readonly cookbooks: Readonly<Record<string, string>>;
}

export interface Plan {
  readonly apps: readonly App[];
}

/**
 * plan.yaml: the decisions a reviewer may change. Reading it back replaces
 * the computed values; resources are named by `type[name]` so units can be
 * merged or split by moving names between them.
 */
export interface PlanFileUnit {
  readonly name: string;
  readonly workload: WorkloadKind;
  readonly baseImage: string;
  readonly command: readonly string[];
  readonly user?: string;
  readonly ports: readonly number[];
  readonly dataDirs: readonly string[];
  readonly tunable: readonly string[];
  readonly schedule?: string;
  readonly resources: readonly string[];
  /**
   * Written for units that share a pod because of a socket or localhost
   * connection: `true` gives the unit a pod of its own, and decant rewrites
   * each loopback endpoint between it and the others to the other unit's
   * Service name and port (a unix socket cannot cross pods: an error).
   */
  readonly ownPod?: boolean;
  /**
   * Written for a unit whose config needs its interface on a subnet it
   * declares (UnitNetwork): null (open), `{ hostNetwork: true }`, or
   * `{ attachment: NAME }` (a Multus NetworkAttachmentDefinition on it).
   */
  readonly network?: PlanFileNetwork | null;
}


export interface PlanFileApp {
  readonly name: string;
  readonly units: readonly PlanFileUnit[];
  /**
   * Answers to what decant could not know, by question (`shell_out("cmd")`,
   * `node["a"]["b"]`, `data_bag_item("bag", "item")`, `search(:node, "q")`,
   * `type[name].property`); null: not answered yet.
   */
  readonly values?: Readonly<Record<string, Data>>;
}

export interface PlanFile {
  readonly version: 1;
  readonly apps: readonly PlanFileApp[];
}

/**
 * One unit reaching another the way they did on one server: through a unix
 * socket, or a loopback address and port (issue 20). Found in the unit's
 * rendered configs, command line and environment (src/plan/connections).
 */
export interface ConnectionEdge {
  /** The unit that connects. */
  readonly from: string;
  /** The unit that listens there. */
  readonly to: string;
  readonly kind: 'unix' | 'tcp';
  /** As written: the socket path, or `127.0.0.1:11211`. */
  readonly endpoint: string;
  readonly port?: number;
  /** Where the endpoint was written: a file the unit ships (`file`, 1-based `line`), or `command`/`env NAME` (line 0). */
  readonly source: { readonly file: string; readonly line: number; readonly text: string };
}

/**
 * Units that run as containers of one pod, because one reaches another
 * through a socket or localhost (each keeps its own image). `name` is the
 * workload's name; `sharedDirs` are the socket directories shared through an
 * emptyDir mounted at the same path in every member.
 */
export interface PodGroup {
  readonly name: string;
  readonly units: readonly string[];
  readonly sharedDirs: readonly string[];
}
