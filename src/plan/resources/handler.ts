import type { NotificationTiming, Resource } from '../../model/converge.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type {
  AptPreferenceSpec,
  BuildStep,
  DirectorySpec,
  FileSpec,
  GroupSpec,
  HostAlias,
  LinkSpec,
  PackageSpec,
  RepositorySpec,
  ResourceClass,
  RuntimeStep,
  SecretSpec,
  UserSpec,
} from '../../model/plan.js';
import type { SystemdUnitFact } from '../../model/package-facts.js';
import type { Catalog, CatalogEntry } from '../catalog/catalog-entry.js';
import type { HostServiceEntry, NodeAccess } from '../catalog/host-service-entry.js';
import type { SecretReference } from '../secret-references.js';
import type { PackageStart } from '../package-started-units.js';

export interface HandlerContext {
  readonly family: string;
  readonly catalog: Catalog;
  /** True when the text holds a value that must stay secret (data bag values, password-like attributes). */
  readonly holdsSecret: (text: string) => boolean;
  /** Every secret value of the app with the reference that stands for it in a file (src/plan/secret-references.ts). */
  readonly secretReferences: readonly SecretReference[];
  /** Actions other resources notify this one with (`type[name]` → actions), and its own subscriptions. */
  readonly notifiedActions: (resourceId: string) => readonly string[];
  /** Who notifies this resource (its subscriptions included), and when: `type[name]` of the notifier and the timing. */
  readonly notifiers: (resourceId: string) => readonly { readonly resource: string; readonly timing: NotificationTiming }[];
  /** Declared actions of the resource with this `type[name]` (for a custom resource around a service). */
  readonly actionsOf: (resourceId: string) => readonly string[];
  /** catalog/host/services.yaml: daemons that manage the host, and node agents. */
  readonly hostServices: readonly HostServiceEntry[];
  /** The systemd unit the run's packages ship for a service (package facts); undefined offline or when none does. */
  readonly packagedUnit: (service: string) => SystemdUnitFact | undefined;
  /**
   * The run list's own package that starts this service on install (package facts), when one does;
   * 'offline' when there are no facts to say, and the run installs packages.
   */
  readonly startedOnInstall: (service: string) => PackageStart | 'offline' | undefined;
}

/** What a resource puts into whichever unit it is assigned to. */
export interface Contribution {
  readonly repositories?: readonly RepositorySpec[];
  readonly aptPreferences?: readonly AptPreferenceSpec[];
  readonly packages?: readonly PackageSpec[];
  readonly groups?: readonly GroupSpec[];
  readonly users?: readonly UserSpec[];
  readonly directories?: readonly DirectorySpec[];
  readonly files?: readonly FileSpec[];
  readonly links?: readonly LinkSpec[];
  readonly buildSteps?: readonly BuildStep[];
  readonly secrets?: readonly SecretSpec[];
  readonly runtimeSteps?: readonly RuntimeStep[];
  readonly hostAliases?: readonly HostAlias[];
}

/** A resource that makes a unit of its own. */
export type UnitSeed =
  | {
      readonly kind: 'service';
      readonly service: string;
      readonly entry?: CatalogEntry;
      /** Set for a node agent: a DaemonSet with this access to its node. */
      readonly nodeAgent?: NodeAccess;
    }
  | { readonly kind: 'cron'; readonly name: string; readonly schedule: string; readonly command: string; readonly user?: string }
  | { readonly kind: 'job'; readonly name: string; readonly command: string; readonly user?: string; readonly cwd?: string };

export interface Classified {
  readonly class: ResourceClass;
  readonly reason: string;
  readonly contribution?: Contribution;
  readonly seed?: UnitSeed;
  /** Several units from one resource (a cron.d file's entries): each is seeded as `seed` would be. */
  readonly seeds?: readonly UnitSeed[];
  /** Paths the resource writes: used to tie it to the service whose config paths hold them. */
  readonly paths?: readonly string[];
  /** Packages it installs: tied to the service the catalog relates them to. */
  readonly packageNames?: readonly string[];
  readonly diagnostics?: readonly Diagnostic[];
}

/**
 * What a handler does with one type, stated once: docs/resources.md is
 * generated from these, so the table cannot drift from the code. The first
 * class is the usual outcome; the others happen under the conditions the
 * reason names.
 */
export interface TypeDecision {
  readonly classes: readonly ResourceClass[];
  readonly reason: string;
}

export interface ResourceHandler {
  readonly types: readonly string[];
  describe(type: string): TypeDecision;
  classify(resource: Resource, ctx: HandlerContext): Classified;
}
