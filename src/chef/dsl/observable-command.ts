/**
 * Which `shell_out` commands decant may answer by running them in a throwaway
 * container (docs/design-notes.md, "Observed commands"). Decided by the
 * command's form alone: one program and version or help flags — its standard
 * error optionally merged into the output (`2>&1`) or dropped
 * (`2>/dev/null`) — optionally piped through text filters that read only
 * what is piped into them (`| grep version | awk '{ print $3 }'`,
 * text-filter-stage.ts). Any other redirection, a substitution, a glob, a
 * variable or an operand of the program (a file, a name) could read what the
 * host holds beyond the installed package — the node's files, its users, its
 * network — and so could other flags (`hostname -I`, `ip -4 addr`, `df -h`):
 * a container would answer those wrongly. A version or help query of a
 * packaged program cannot, nor can a filter of its output; a program with no
 * flags at all may start doing its work (a daemon).
 */
import { scanTopLevel } from '../../text/shell-top-level.js';
import { shellWords } from '../../text/shell-words.js';
import { filterStageProblem } from './text-filter-stage.js';

/** The program and its flags of an observable command, or why it is not one. */
export type ObservableCommand = { readonly program: string; readonly flags: readonly string[] } | { readonly not: string };

// A bare program name, or an absolute path to one.
const PROGRAM = /^(?:[A-Za-z0-9_][A-Za-z0-9_.+-]*|\/[A-Za-z0-9_.+/-]+)$/;
// The flags by which programs report their version or usage: -version is java's, -V nginx's and named's build options.
const QUERY_FLAGS = new Set(['-v', '-V', '--version', '-version', '--help', '-h', '-help']);
// What may become of the query's standard error: merged into the output the cookbook reads, or dropped.
const STDERR_REDIRECTIONS = new Set(['2>&1', '2>/dev/null']);

/** The command split at its top-level pipes, or why it cannot be (an unbalanced quote, `||`, a redirection). */
function pipelineStages(command: string): string[] | { not: string } {
  const scan = scanTopLevel(command);
  const stages: string[] = [];
  let from = 0;
  for (const i of scan.indices) {
    const c = command[i]!;
    if (c === '|') {
      if (command[i + 1] === '|') return { not: '`||` runs a second command when the first fails' };
      stages.push(command.slice(from, i));
      from = i + 1;
    } else if ((c === '>' || c === '<') && !isStderrRedirection(command, i)) {
      return { not: `\`${redirectionAt(command, i)}\` is a redirection that may read or write the host` };
    }
  }
  if (scan.unbalanced()) return { not: 'an unterminated quote or substitution' };
  stages.push(command.slice(from));
  return stages;
}

/** Whether the `>` at i belongs to a whole `2>&1` or `2>/dev/null` word. */
function isStderrRedirection(command: string, i: number): boolean {
  const word = redirectionAt(command, i);
  return STDERR_REDIRECTIONS.has(word);
}

/** The blank-delimited word around index i. */
function redirectionAt(command: string, i: number): string {
  let a = i;
  let b = i;
  while (a > 0 && !/\s/.test(command[a - 1]!)) a--;
  while (b < command.length && !/\s/.test(command[b]!)) b++;
  return command.slice(a, b);
}

export function observableCommand(command: string): ObservableCommand {
  const stages = pipelineStages(command);
  if (!Array.isArray(stages)) return stages;
  const [head = '', ...filters] = stages;
  const parsed = shellWords(head);
  if (!parsed.ok) return { not: `\`${head.trim()}\`: ${parsed.reason}` };
  const [program, ...rest] = parsed.words;
  if (program === undefined) return { not: filters.length ? 'the pipeline starts with an empty command' : 'the command is empty' };
  if (!PROGRAM.test(program)) return { not: `\`${program}\` is not a plain program name (a shell construct, a variable or an assignment)` };
  const flags = rest.filter((w) => !STDERR_REDIRECTIONS.has(w));
  if (flags.length === 0) return { not: `\`${program}\` without a version or help flag does its work, which may read the host's state` };
  const other = flags.find((f) => !QUERY_FLAGS.has(f));
  if (other !== undefined) return { not: `\`${other}\` is not a version or help flag: it, an operand, a pipe or a redirection may read the host's state` };
  for (const stage of filters) {
    const words = shellWords(stage);
    if (!words.ok) return { not: `\`${stage.trim()}\`: ${words.reason}` };
    const problem = filterStageProblem(words.words);
    if (problem !== undefined) return { not: problem };
  }
  return { program, flags };
}
