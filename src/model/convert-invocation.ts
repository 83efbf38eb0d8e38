/**
 * How a tree was converted, as report.json records it (`convert`), so a CI
 * job can run the same conversion again with `--check` without anyone
 * retyping the command line. Paths are relative to OUT, as every path in
 * report.json is; what does not change the output (--jobs, --cache, --shard,
 * where the facts cache lives) is not recorded.
 */
export interface ConvertInvocation {
  /** The cookbooks, chef-repos or folders given, relative to OUT. */
  readonly inputs: readonly string[];
  /** `--run-list` as given; absent when convert chose the apps itself. */
  readonly runList?: string;
  readonly platform: string;
  readonly environment?: string;
  readonly suite?: string;
  /** `--cookbook-path` folders, relative to OUT. */
  readonly cookbookPaths: readonly string[];
  /** `--plan`, relative to OUT. */
  readonly plan?: string;
  /** `--format` as given (output formats); absent: the default. */
  readonly format?: string;
  readonly includeSecrets: boolean;
  readonly strict: boolean;
  /** A batch (several inputs or --batch): OUT/<input> per input. */
  readonly batch: boolean;
  /** Where package facts came from: they decide guards and commands, so a check must ask the same source. */
  readonly facts: 'engine' | 'offline' | 'recorded';
  /** `--facts-file`, relative to OUT, when facts were recorded. */
  readonly factsFile?: string;
}
