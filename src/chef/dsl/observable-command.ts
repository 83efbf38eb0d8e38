/**
 * Which `shell_out` commands decant may answer by running them in a throwaway
 * container (docs/design-notes.md, "Observed commands"). Decided by the
 * command's form alone: one program and version or help flags, nothing else.
 * A pipe, a redirection, a substitution, a glob, a variable or an operand (a
 * file, a name) could read what the host holds beyond the installed package —
 * the node's files, its users, its network — and so could other flags
 * (`hostname -I`, `ip -4 addr`, `df -h`): a container would answer those
 * wrongly. A version or help query of a packaged program cannot, and a
 * program with no flags at all may start doing its work (a daemon).
 */

/** The program and its flags of an observable command, or why it is not one. */
export type ObservableCommand = { readonly program: string; readonly flags: readonly string[] } | { readonly not: string };

// A bare program name, or an absolute path to one.
const PROGRAM = /^(?:[A-Za-z0-9_][A-Za-z0-9_.+-]*|\/[A-Za-z0-9_.+/-]+)$/;
// The flags by which programs report their version or usage: -version is java's, -V nginx's and named's build options.
const QUERY_FLAGS = new Set(['-v', '-V', '--version', '-version', '--help', '-h', '-help']);

export function observableCommand(command: string): ObservableCommand {
  const words = command.trim().split(/[ \t]+/).filter(Boolean);
  const [program, ...flags] = words;
  if (program === undefined) return { not: 'the command is empty' };
  if (!PROGRAM.test(program)) return { not: `\`${program}\` is not a plain program name (a shell construct, a variable or an assignment)` };
  if (flags.length === 0) return { not: `\`${program}\` without a version or help flag does its work, which may read the host's state` };
  const other = flags.find((f) => !QUERY_FLAGS.has(f));
  if (other !== undefined) return { not: `\`${other}\` is not a version or help flag: it, an operand, a pipe or a redirection may read the host's state` };
  return { program, flags };
}
