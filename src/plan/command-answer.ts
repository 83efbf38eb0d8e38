/** What one source of a service's command answers (issue 14). */

export interface MadeCommand {
  readonly command: readonly string[];
  readonly user?: string;
  readonly group?: string;
  /** Environment the source gives the daemon (runit exports, supervisor environment=, upstart env). */
  readonly environment: Readonly<Record<string, string>>;
  /** Directories under /run systemd would create before start (RuntimeDirectory=). */
  readonly runtimeDirectories: readonly string[];
  /** How the command was made, each step with the file and line it came from. */
  readonly notes: readonly string[];
}

/**
 * `made`: the source gives the command. `refused`: the source is there (the
 * cookbook writes an init script, a start_command) but gives no command a
 * container can run, and why. `undefined` from a source: it is not there.
 */
export type CommandAnswer = { readonly made: MadeCommand } | { readonly refused: string };
