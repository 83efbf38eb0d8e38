/**
 * What the user sees when decant itself fails. A stack trace means nothing to
 * someone converting a cookbook and can quote paths of the machine, so it is
 * printed only when asked for with --debug.
 */
import { EXIT_UNUSABLE } from '../pipeline/exit-code.js';

export function debugRequested(argv: readonly string[]): boolean {
  // Read from argv, not yargs: an error can happen before or while yargs parses.
  return argv.some((a) => a === '--debug' || a === '--debug=true');
}

export function internalErrorText(e: unknown, debug: boolean): string {
  const message = e instanceof Error ? e.message : String(e);
  const firstLine = message.split('\n')[0] ?? '';
  if (debug) return `decant: internal error: ${e instanceof Error && e.stack ? e.stack : message}\n`;
  return `decant: internal error (a bug in decant, not in your input): ${firstLine}\n  run again with --debug to print the stack trace, and include it when you report the bug\n`;
}

/** Prints the error and sets the exit code; the process then ends on its own so pending output is flushed. */
export function reportInternalError(e: unknown, argv: readonly string[] = process.argv): void {
  process.stderr.write(internalErrorText(e, debugRequested(argv)));
  process.exitCode = EXIT_UNUSABLE;
}
