/**
 * What a CI pipeline for a converted tree is made of, as data both targets
 * (GitLab, GitHub) are written from: the command that converts the tree
 * again, and the units to build, verify and push. Paths are relative to the
 * repository root, where the pipeline runs.
 */
export interface CiUnit {
  /** `APP/UNIT`, as `decant build --unit` takes it. */
  readonly id: string;
  /** The image `decant build` tags (report.json's `image`). */
  readonly image: string;
  /** A name safe in job ids, artifact and registry repository names: `app-unit`, lower case. */
  readonly slug: string;
}

export interface CiPlan {
  /** OUT, relative to the repository root. */
  readonly out: string;
  /** `decant convert` arguments after the word `convert`, without -o and --check: the inputs and flags the tree was converted with. */
  readonly convertArgs: readonly string[];
  /** The package-facts cache folder the conversion uses in CI (cached by key), when facts come from the engine. */
  readonly factsCache?: string;
  /** The key the facts cache is kept under: the platform, as facts are per platform. */
  readonly factsCacheKey: string;
  readonly units: readonly CiUnit[];
  /** Conversion shards (`--shards N`, a batch): N convert jobs, then one that merges their reports. */
  readonly shards: number;
}

/** Where shard I of OUT is converted: beside OUT, so the paths report.json holds (relative to OUT) are the same. */
export function shardOut(out: string, shard: number | string): string {
  const slash = out.lastIndexOf('/');
  return `${out.slice(0, slash + 1)}${out.slice(slash + 1)}.shard-${shard}`;
}

/** Where the shards are put together to compare with OUT, beside it for the same reason. */
export function mergedOut(out: string): string {
  const slash = out.lastIndexOf('/');
  return `${out.slice(0, slash + 1)}${out.slice(slash + 1)}.merged`;
}
