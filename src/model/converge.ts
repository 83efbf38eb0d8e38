import type { CommandObservationRequest } from './observed-commands.js';
import type { Data, Unknown } from './data.js';
import type { Diagnostic } from './diagnostic.js';
import type { SourceLocation } from './source.js';

export type NotificationTiming = 'delayed' | 'immediately' | 'before';

export interface Notification {
  readonly action: string;
  /** `type[name]`, as written (`service[nginx]`). */
  readonly resource: string;
  readonly timing: NotificationTiming;
}

/**
 * A guard and what a first converge on a fresh image makes of it:
 * `run` (the resource converges), `skip` (it does not), `unknown` (depends on
 * something a static reader cannot see), `shell` (a command string, carried
 * into the build as a shell condition rather than guessed).
 */
export interface Guard {
  readonly kind: 'not_if' | 'only_if' | 'creates';
  readonly form: 'block' | 'command' | 'path';
  /** The shell command of a `command` guard (not set for `creates`). */
  readonly command?: string;
  /** The path a `creates` guard tests. */
  readonly path?: string;
  readonly outcome: 'run' | 'skip' | 'unknown' | 'shell';
  readonly reason?: string;
  readonly location: SourceLocation;
  /**
   * Set when the guard asked the file system about a path a package installed
   * earlier in the run could ship: `facts` when package facts answered,
   * `fresh-image` when there were none (offline) and the path was assumed absent.
   */
  readonly decidedBy?: 'facts' | 'fresh-image';
}

/**
 * What a file-like resource writes, as far as decant could work it out.
 * `complete` is false when parts of a rendered template were Unknown: the text
 * then holds a visible marker at each such place.
 */
export type FileContent =
  | {
      readonly kind: 'rendered';
      readonly text: string;
      readonly complete: boolean;
      /** The template that was used, after file-specificity lookup. */
      readonly template: SourceLocation;
      readonly unknowns: readonly Unknown[];
    }
  | {
      readonly kind: 'cookbook-file';
      /** Absolute path of the cookbook file chosen by file-specificity lookup. */
      readonly path: string;
      readonly from: SourceLocation;
    }
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'unknown'; readonly reason: string };

/**
 * Work a custom resource's action does in Ruby rather than through resources: a `converge_by` (or
 * `converge_if_changed`) block that declared none. Chef runs it on a first converge; nothing of it reaches an image.
 */
export interface RubyChange {
  /** converge_by's description, when it is known text (`Creating user 'app'@'%'`). */
  readonly what?: string;
  /** `converge_by` or `converge_if_changed`. */
  readonly via: string;
  readonly at: SourceLocation;
}

export interface Resource {
  /** Position in converge order, from 0. */
  readonly index: number;
  readonly type: string;
  /** A string, or an array for multi-package resources (`package %w[a b]`). */
  readonly name: Data;
  readonly cookbook: string;
  /** `cookbook::recipe` that declared it (for expanded resources: of the outermost recipe). */
  readonly recipe: string;
  readonly actions: readonly string[];
  readonly properties: Readonly<Record<string, Data>>;
  readonly notifies: readonly Notification[];
  readonly subscribes: readonly Notification[];
  readonly guards: readonly Guard[];
  readonly source: SourceLocation;
  /** `type[name]` of the custom resource instance this came from, when expanded. */
  readonly via?: string;
  /**
   * For an instance of a custom resource the cookbook defines: the actions whose bodies ran. Resources they
   * declared carry `via` this one; an action may also declare nothing (an empty body, or an accumulator that
   * edits a resource declared elsewhere), and the instance is still accounted for by what its actions did.
   */
  readonly customActionsRun?: readonly string[];
  /** For an instance of a custom resource: what its actions changed in Ruby (see RubyChange); absent when nothing. */
  readonly rubyChanges?: readonly RubyChange[];
  /** For an instance of a custom resource: the properties its type declares `sensitive: true`; absent when none. */
  readonly sensitiveProperties?: readonly string[];
  /**
   * For a type no loaded cookbook defines: the cookbook a loaded one depends on (metadata.rb `depends`), missing
   * from the cookbook path, whose name is the type's prefix — where the type most likely comes from.
   */
  readonly missingCookbook?: string;
  /** Property paths whose value is Unknown; empty when all are known. */
  readonly unknown: readonly string[];
  readonly sensitive: boolean;
  readonly content?: FileContent;
}

export interface PlatformFacts {
  /** Target id as given: `debian-12`, `ubuntu-22.04`, `rocky-9`. */
  readonly id: string;
  readonly platform: string;
  readonly platformFamily: string;
  readonly platformVersion: string;
  /** The container base image of this target (`debian:bookworm-slim`). */
  readonly baseImage: string;
}

/** What a first chef-client run would have done: the evaluate stage's output. */
export interface Converge {
  /** Expanded run list: `cookbook::recipe` in evaluation order, each once. */
  readonly runList: readonly string[];
  /** Cookbooks in Chef's load order. */
  readonly cookbookOrder: readonly string[];
  readonly platform: PlatformFacts;
  /** Merged node attributes at the end of the compile phase. */
  readonly attributes: Data;
  /** The resource collection in converge order (custom resources and what they expand to, both). */
  readonly resources: readonly Resource[];
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Questions plan.yaml can answer (`values:` keys such as `shell_out("cmd")`,
   * `node["a"]["b"]`): those asked and left open, each with why and where,
   * and those answered from plan.yaml.
   */
  readonly values?: { readonly open: readonly OpenQuestion[]; readonly answered: readonly string[] };
  /**
   * Observable commands (observed-commands.ts) the run asked and no
   * observation answered: the pipeline observes them and evaluates again.
   * Absent when there are none.
   */
  readonly observe?: readonly CommandObservationRequest[];
  /**
   * Offline: commands of the observable form asked and not answered, whose
   * package nobody could name; an observation cached by an earlier run with
   * the same package set answers them. Absent when there are none.
   */
  readonly observable?: readonly string[];
}

/** A `values:` key plan.yaml can answer and why it is asked (the reason and the file:line that made the value unknown). */
export interface OpenQuestion {
  readonly key: string;
  readonly why: string;
}
