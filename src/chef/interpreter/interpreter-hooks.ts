/**
 * The Chef layer's collaborators, handed to the Interpreter when it is made:
 * the simulated file system `File.exist?` sees, the users `~name` and
 * Etc.getpwnam find, `require_relative` between library files, and the
 * class-level DSL of library classes.
 */
import type { AccountProbe, ClassHook, FileProbe, RequireRelative } from './runtime.js';

export interface InterpreterHooks {
  readonly fs?: FileProbe;
  readonly accounts?: AccountProbe;
  readonly requireRelative?: RequireRelative;
  readonly classHook?: ClassHook;
}
