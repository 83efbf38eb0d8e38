/**
 * Which `shell_out` commands decant may answer by running them in a throwaway
 * container (docs/design-notes.md, "Observed commands"). Decided by the
 * command's form alone: one program and flags, nothing else. A pipe, a
 * redirection, a substitution, a glob, a variable or an operand (a file, a
 * name) could read what the host holds beyond the installed package — the
 * node's files, its users, its network — and a container would answer that
 * wrongly; a version or help query of a packaged program cannot.
 */

/** The program and its flags of an observable command, or why it is not one. */
export type ObservableCommand = { readonly program: string; readonly flags: readonly string[] } | { readonly not: string };

// A bare program name, or an absolute path to one.
const PROGRAM = /^(?:[A-Za-z0-9_][A-Za-z0-9_.+-]*|\/[A-Za-z0-9_.+/-]+)$/;
// -v, -V, --version, -version (java), --help, --format=short: a flag and an optional plain value.
const FLAG = /^--?[A-Za-z0-9][A-Za-z0-9_-]*(?:=[A-Za-z0-9_.,:+-]*)?$/;

export function observableCommand(command: string): ObservableCommand {
  const words = command.trim().split(/[ \t]+/).filter(Boolean);
  const [program, ...flags] = words;
  if (program === undefined) return { not: 'the command is empty' };
  if (!PROGRAM.test(program)) return { not: `\`${program}\` is not a plain program name (a shell construct, a variable or an assignment)` };
  const operand = flags.find((f) => !FLAG.test(f));
  if (operand !== undefined) return { not: `\`${operand}\` is not a plain flag: an operand, a pipe or a redirection may read the host's state` };
  return { program, flags };
}
