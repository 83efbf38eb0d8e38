/**
 * What runs a build step Chef runs only because other resources notify it
 * (`action :nothing`): a delayed notification runs it at the end of the run,
 * after every file is written; an immediate one right after its notifier.
 */
export interface StepNotifiers {
  /** Some notification waits for the end of the run. */
  readonly delayed: boolean;
  /** The notifiers that run it at once, by `type[name]`. */
  readonly immediately: readonly string[];
}
