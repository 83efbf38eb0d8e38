/**
 * The config form of request logging (catalog/logs/request-directives.yaml):
 * a daemon that logs each request or connection only when its config file
 * says so (nrpe's `debug=1`, a php-fpm pool's `access.log`) gets that
 * directive in the files the cookbook rendered into its image — the config
 * its command names and the files that config includes. Each line changed is
 * a LineRewrite (file:line, before → after) in the unit's notes and the
 * report; the cookbook's own content stays in the report's resources.
 */
import { posix } from 'node:path';
import type { FileSpec, LineRewrite, RequestLog, Unit } from '../../model/plan.js';
import type { RequestDirective } from '../catalog/load-request-directives.js';
import { directiveLine, setDirective, type DirectiveResult } from './directive-lines.js';
import { textHeld, withTextHeld } from '../../model/file-text.js';

/** The rule for a command's binary, by file name or the rule's pattern. */
export function requestDirectiveFor(command: readonly string[], directives: readonly RequestDirective[]): RequestDirective | undefined {
  const binary = command[0]?.split('/').pop();
  if (binary === undefined) return undefined;
  return directives.find((d) => ('name' in d.binary ? d.binary.name === binary : d.binary.pattern.test(binary)));
}

/** The file the command names by one of the options: `-c FILE`, `--fpm-config FILE` or `--fpm-config=FILE`. */
export function configFileNamed(command: readonly string[], options: readonly string[]): string | undefined {
  for (let i = 1; i < command.length; i++) {
    const w = command[i]!;
    if (options.includes(w) && command[i + 1] !== undefined) return command[i + 1];
    const joined = options.find((o) => o.startsWith('--') && w.startsWith(`${o}=`));
    if (joined) return w.slice(joined.length + 1);
  }
  return undefined;
}

/** `pool.d/*.conf` as a test on a path relative to the config's folder. */
function globTest(glob: string): RegExp {
  const body = glob.split('').map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`);
}

/** The unit's files whose text it ships that the daemon reads the directive from: the named config, then what it includes. */
function filesToSet(unit: Unit, main: string, includes: readonly string[]): FileSpec[] {
  const dir = posix.dirname(main);
  const tests = includes.map(globTest);
  const included = (f: FileSpec) => f.path.startsWith(`${dir}/`) && tests.some((t) => t.test(posix.relative(dir, f.path)));
  return unit.files.filter((f) => textHeld(f.content) !== undefined && (f.path === main || included(f)));
}

function rewritesOf(unit: string, file: string, result: DirectiveResult, rule: RequestDirective): LineRewrite[] {
  const why = `set so each request or connection the daemon serves shows in the container's output; ${rule.why}`;
  return result.edits.map((e) => ({ unit, file, line: e.line, before: e.before, after: e.after, why }));
}

const rewriteNote = (r: LineRewrite) => `${r.file}:${r.line}: ${r.before ? `\`${r.before.trim()}\` → ` : 'added '}\`${r.after.trim()}\`: ${r.why}`;

/**
 * A long-running unit whose daemon logs each request only by a config
 * directive gets it set where its config leaves the daemon quiet; a config
 * that already sets it is only marked; one that gives the key a value of its
 * own (a log file of the cookbook's) is left to the log-file rules. A unit
 * already made to log by a command option (request-logging.ts) is left alone.
 */
export function withRequestDirective(unit: Unit, directives: readonly RequestDirective[]): Unit {
  if (unit.workload === 'CronJob' || unit.workload === 'Job' || unit.requestLog || !unit.command.length) return unit;
  const rule = requestDirectiveFor(unit.command, directives);
  const main = rule ? configFileNamed(unit.command, rule.config) : undefined;
  if (!rule || !main) return unit;
  const targets = filesToSet(unit, main, rule.includes);
  if (!targets.length) {
    const note = `the daemon logs each request or connection only with \`${directiveLine(rule)}\` in ${main}${rule.includes.length ? ' or a file it includes' : ''}, and the cookbook renders none of these into the image (its package's stay as they are): not set (${rule.why})`;
    return { ...unit, notes: [...unit.notes, note] };
  }
  const results = new Map(targets.map((f) => [f.path, setDirective(textHeld(f.content) ?? '', rule)]));
  const rewrites = targets.flatMap((f) => rewritesOf(unit.name, f.path, results.get(f.path)!, rule));
  const held = targets.filter((f) => results.get(f.path)!.held > 0).map((f) => f.path);
  // Every scope gives the key a value of its own: the cookbook chose where the daemon logs.
  if (!rewrites.length && !held.length) return unit;
  const files = unit.files.map((f) => {
    const r = results.get(f.path);
    return r && r.edits.length ? withTextHeld(f, r.text) : f;
  });
  const requestLog: RequestLog = { ask: rule.ask, trace: rule.trace, option: [directiveLine(rule)], why: rule.why, rewrites };
  const heldNotes = held.map((p) => `${p} sets \`${directiveLine(rule)}\` already: the daemon logs each request or connection it serves (${rule.why})`);
  return { ...unit, files, requestLog, notes: [...unit.notes, ...rewrites.map(rewriteNote), ...heldNotes] };
}
