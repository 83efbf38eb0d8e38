/**
 * The Chef layer's collaborators, handed to the Interpreter when it is made:
 * the simulated file system `File.exist?` sees, the users `~name` and
 * Etc.getpwnam find, `require_relative` between library files, and the
 * class-level DSL of library classes, and the output of a backtick command
 * the run can answer (one Ohai ran to fill the node).
 */
import type { AccountProbe, ClassHook, FileProbe, RequireRelative, SourcePath } from './runtime.js';
import type { SourceLocation } from '../../model/source.js';

/** What `` `command` `` prints, when the Chef layer knows it; undefined leaves it the host's. */
export type SubshellHook = (command: string, at: SourceLocation) => string | undefined;

export interface InterpreterHooks {
  readonly fs?: FileProbe;
  readonly accounts?: AccountProbe;
  readonly requireRelative?: RequireRelative;
  readonly classHook?: ClassHook;
  readonly subshell?: SubshellHook;
  /** `__FILE__` of a running file; its display path (`recipes/default.rb`) when not given. */
  readonly sourcePath?: SourcePath;
}
