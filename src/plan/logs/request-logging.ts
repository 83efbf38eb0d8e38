import type { RequestLog, Unit } from '../../model/plan.js';
import type { RequestOption } from '../catalog/load-request-options.js';
import { defaultRequestDirectives, type RequestDirective } from '../catalog/load-request-directives.js';
import { requestDirectiveFor } from './request-directives.js';

/** The rule for a command's binary (and applet, for a multi-call binary), by file name. */
export function requestOptionFor(command: readonly string[], options: readonly RequestOption[]): RequestOption | undefined {
  const binary = command[0]?.split('/').pop();
  if (binary === undefined) return undefined;
  return options.find((o) => o.binary === binary && (o.applet === undefined || command[1] === o.applet));
}

/** Whether the command holds the words in this order, next to each other (`-l /dev/stdout`). */
export function holdsWords(command: readonly string[], words: readonly string[]): boolean {
  return command.some((_, i) => words.every((w, j) => command[i + j] === w));
}

const requestLogOf = (rule: RequestOption): RequestLog => ({ ask: rule.ask, trace: rule.trace, option: [...rule.append], why: rule.why });
const heldNote = (rule: RequestOption) => `the command logs each request or connection it serves to the container's output already (${rule.append.join(' ')}: ${rule.why})`;

/**
 * A long-running unit whose daemon documents an option that writes a line
 * per request or connection to its output gets that option on its command,
 * so a request shows in `kubectl logs` as it does for a web server with an
 * access log: a quiet daemon is otherwise indistinguishable from one that
 * never got the request. A command that already holds the option is only
 * marked; one holding an option that chooses its log otherwise (a file of
 * the cookbook's) is left to the log-file rules. Said in the unit's notes.
 */
export function withRequestLogging(unit: Unit, options: readonly RequestOption[]): Unit {
  if (unit.workload === 'CronJob' || unit.workload === 'Job' || !unit.command.length) return unit;
  const rule = requestOptionFor(unit.command, options);
  if (!rule) return unit;
  const requestLog = requestLogOf(rule);
  if (holdsWords(unit.command, rule.append)) return { ...unit, requestLog, notes: [...unit.notes, heldNote(rule)] };
  if (unit.command.some((w) => rule.unless.includes(w))) return unit;
  return {
    ...unit,
    command: [...unit.command, ...rule.append],
    requestLog,
    notes: [...unit.notes, `${rule.append.join(' ')} added to the command so each request or connection it serves shows in the container's output (${rule.why})`],
  };
}

/**
 * A command a reviewer set in plan.yaml is taken as written: it is marked as
 * logging its requests only when it holds the option, never added to. A
 * directive set in the config stays marked while the command still runs the
 * daemon it was set for (the file is shipped rewritten either way).
 */
export function requestLoggingAsWritten(unit: Unit, options: readonly RequestOption[], directives: readonly RequestDirective[] = defaultRequestDirectives()): Unit {
  const { requestLog: computed, ...rest } = unit;
  if (computed?.rewrites && requestDirectiveFor(unit.command, directives)) return unit;
  const rule = requestOptionFor(unit.command, options);
  if (!rule || !holdsWords(unit.command, rule.append)) return rest;
  return { ...rest, requestLog: requestLogOf(rule), notes: [...rest.notes, heldNote(rule)] };
}
