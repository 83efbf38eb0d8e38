/**
 * An ExecStartPre that runs a package's own helper program
 * (`-/usr/libexec/unbound-helper root_trust_anchor_update`, Debian's unbound
 * unit) prepares what the daemon needs at every start: without it unbound finds
 * no /var/lib/unbound/root.key and exits 1. A container has no systemd to run
 * it, so the container's command runs the unit's own chain: each such step,
 * then the main command by exec, as systemd does. Only a helper counts: a
 * program under /usr/libexec or /usr/lib (not on PATH, there to be run by its
 * package) that an installed package ships; a config check (`nginx -t`) or a
 * command with variables stays a note for the reviewer.
 */
import { splitCommandLine } from '../text/systemd-unit.js';

export interface PreStartStep {
  /** The ExecStartPre value as the unit writes it. */
  readonly line: string;
  readonly argv: readonly string[];
  /** `-` prefix: systemd goes on when it fails. */
  readonly ignoreFailure: boolean;
  readonly packageName: string;
}

const HELPER_DIRS = /^\/(?:usr\/)?(?:libexec|lib)\//;

/** The step for an ExecStartPre running a packaged helper; undefined for anything else. */
export function packagedHelperStep(line: string, shippedBy: (path: string) => string | undefined): PreStartStep | undefined {
  const prefix = /^[-@:+!]*/.exec(line)![0];
  // `+`/`!` run with other rights, `@` changes argv[0], `:` turns off variable expansion: none is a plain step.
  if (prefix.replace(/-/g, '') !== '') return undefined;
  const body = line.slice(prefix.length).trim();
  // Variables would need the unit's environment at start: left to the reviewer rather than guessed.
  if (body.includes('$') || body.includes('%')) return undefined;
  const argv = splitCommandLine(body);
  const binary = argv[0];
  if (!binary || !HELPER_DIRS.test(binary) || binary.split('/').includes('..')) return undefined;
  const packageName = shippedBy(binary);
  return packageName ? { line, argv, ignoreFailure: prefix.includes('-'), packageName } : undefined;
}

const quote = (w: string) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

/** The command that runs the steps in order (a failing one stops the start unless `-`), then execs the main command. */
export function withPreStart(command: readonly string[], steps: readonly PreStartStep[]): string[] {
  if (steps.length === 0) return [...command];
  const chain = steps.map((s) => `${s.argv.map(quote).join(' ')} ${s.ignoreFailure ? '|| true' : '|| exit $?'}`);
  return ['/bin/sh', '-c', `${chain.join('; ')}; exec "$@"`, 'sh', ...command];
}
