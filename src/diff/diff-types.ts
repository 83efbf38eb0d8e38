/**
 * What `decant diff` (and `decant convert --check`) find between two
 * conversions: the `--json` shape, documented in README.md. Every list is
 * sorted, every absent side is null, so the same two trees give the same
 * bytes and a renderer (terminal, HTML) needs nothing but this.
 */
export type ChangeStatus = 'added' | 'removed' | 'changed';

/** A resource behind an image step or a file, as image.json and the Dockerfile comments name it. */
export interface Origin {
  readonly resource: string;
  readonly file: string;
  readonly line: number;
}

export interface FieldChange {
  /** `spec.template.spec.containers[name=nginx].image`; list items with a `name` are named, others indexed. */
  readonly path: string;
  /** null: the field is absent on that side. */
  readonly old: unknown;
  readonly new: unknown;
  /** A unified diff when both sides are multi-line text (a ConfigMap's file). */
  readonly diff?: string;
}

export interface StepSide {
  readonly line: number;
  readonly text: string;
}

export interface StepChange {
  readonly status: ChangeStatus;
  readonly instruction: string;
  readonly old: StepSide | null;
  readonly new: StepSide | null;
  /** For a COPY or ADD whose text is the same: the context files whose content changed. */
  readonly changedSources: readonly string[];
  readonly origins: readonly Origin[];
}

/** Docker's layer cache: every instruction from the first one that differs on is built again. */
export interface Rebuild {
  /** 1-based index of the first new step not taken from the cache (null: nothing rebuilt). */
  readonly fromStep: number | null;
  readonly fromLine: number | null;
  readonly instruction: string | null;
  readonly origins: readonly Origin[];
  /** Steps built again, of `total` in the new Dockerfile. */
  readonly steps: number;
  readonly total: number;
}

export interface PackageChange {
  readonly name: string;
  readonly old: string | null;
  readonly new: string | null;
}

export interface FileChange {
  /** Relative to the unit's build context (`config/etc/nginx/nginx.conf`), or to the tree for other files. */
  readonly path: string;
  readonly status: ChangeStatus;
  /** Where the image puts it, when a COPY names it. */
  readonly target: string | null;
  /** The resources whose COPY ships it: the cookbook line that produced the file. */
  readonly origins: readonly Origin[];
  /** Unified diff of a text file; null for binary content, an added/removed file, or a report (summarised by the rest). */
  readonly diff: string | null;
  /** Either side is not UTF-8 text. */
  readonly binary: boolean;
}

export interface UnitDiff {
  readonly name: string;
  readonly status: ChangeStatus;
  /** report.json's own fields of the unit (workload, image, command, ports, …). */
  readonly fields: readonly FieldChange[];
  readonly steps: readonly StepChange[];
  readonly rebuild: Rebuild | null;
  /** The Dockerfile differs only in its comments: no layer is rebuilt for it. */
  readonly dockerfileCommentsOnly: boolean;
  readonly packages: readonly PackageChange[];
  readonly files: readonly FileChange[];
}

export interface ManifestObjectDiff {
  /** Relative to the app's manifests folder. */
  readonly file: string;
  /** `Deployment/nginx`, or the file name for a document without kind and name. */
  readonly object: string;
  readonly status: ChangeStatus;
  readonly fields: readonly FieldChange[];
}

export interface ResourceChange {
  /** `type[name]`, with `#2` on a second declaration of the same. */
  readonly resource: string;
  readonly status: ChangeStatus;
  readonly old: { readonly class: string; readonly unit: string | null; readonly source: string } | null;
  readonly new: { readonly class: string; readonly unit: string | null; readonly source: string } | null;
}

export interface AppDiff {
  /** `<input>/<app>` in a batch, `<app>` otherwise. */
  readonly key: string;
  readonly input: string | null;
  readonly name: string;
  readonly status: ChangeStatus;
  readonly fields: readonly FieldChange[];
  readonly units: readonly UnitDiff[];
  readonly manifests: readonly ManifestObjectDiff[];
  readonly resources: readonly ResourceChange[];
  readonly needsReview: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly diagnostics: { readonly added: readonly string[]; readonly removed: readonly string[] };
}

export interface ConversionDiff {
  readonly diff: 1;
  readonly old: string;
  readonly new: string;
  /** Byte for byte, every file but decant's own marker and verify's results. */
  readonly identical: boolean;
  /** `folder` compares every file; `report` only what the two report.json files say. */
  readonly compared: 'folder' | 'report';
  readonly apps: readonly AppDiff[];
  /** Files no app, unit or manifest folder accounts for (report.md, plan.yaml, a batch's report.json …). */
  readonly otherFiles: readonly FileChange[];
}
