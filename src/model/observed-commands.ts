/**
 * Observation (DESIGN.md, "Sources of truth (wave 2)", item 3): what a
 * command a recipe runs through `shell_out` prints, seen by running it once
 * in a throwaway container of the target platform with the package that
 * ships its program installed. Only commands whose output depends on nothing
 * but that package are observed (docs/design-notes.md, "Observed commands"):
 * a program with version or help flags, no file arguments, its output at
 * most piped through filters that read only their input.
 *
 * The evaluator asks (`CommandObservationRequest`), the pipeline has the
 * engine answer (`ObservedCommand`), and the next evaluation reads the answer;
 * src/chef never imports the engine.
 */
import type { SourceLocation } from './source.js';

/** A command the evaluator would answer from observation, and the package whose program it runs. */
export interface CommandObservationRequest {
  /** The command as the recipe wrote it: 'named -v'. */
  readonly command: string;
  /** The program's path in the image: '/usr/sbin/named'. */
  readonly program: string;
  readonly packageName: string;
  /** The version apt installs: the observation is of this version and is cached under it. */
  readonly packageVersion: string;
  /** Where the run first asked it (not part of what is observed or cached). */
  readonly at?: SourceLocation;
}

/** What the command did in the container. */
export interface ObservedCommand extends Omit<CommandObservationRequest, 'at'> {
  /** decant's platform name: 'debian-12'. */
  readonly platform: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitStatus: number;
}
