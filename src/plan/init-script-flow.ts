/**
 * The control flow of a SysV init script, as far as it can be decided before
 * the host exists: `if`/`elif`/`else` branches whose condition tests the
 * script's own variables (`[ -z "$X" ]`, `[ "$X" = y ]`) or a file the
 * converged host is known to hold are taken or skipped as sh would; a branch
 * whose condition asks the running host (a command's status, a file nobody
 * said exists, `$1`) is uncertain, and so is everything a `case` or loop
 * holds. Debian's slapd script, for one, picks between two start lines by
 * whether its /etc/default file sets SLAPD_SERVICES: the file decides, so
 * decant can too.
 */

import { scanTopLevel } from '../text/shell-top-level.js';

/** What sh would say of a condition: true, false, or not knowable before the host runs. */
export type Truth = boolean | undefined;

/** Whether a statement runs: surely, maybe (under an undecidable branch), or never. */
export type Reach = 'runs' | 'maybe';

type Frame =
  | { readonly kind: 'if'; now: Truth; taken: Truth }
  | { readonly kind: 'case'; readonly word: string | undefined; now: Truth; taken: Truth }
  | { readonly kind: 'block'; readonly now: Truth; readonly fn: string | undefined };

/** Splits text at `sep` where it is not inside quotes, backticks or `$(…)`. */
function splitTopLevel(text: string, sep: RegExp): string[] {
  const parts: string[] = [];
  let from = 0;
  const scan = scanTopLevel(text);
  for (const i of scan.indices) {
    const m = sep.exec(text.slice(i));
    if (m && m.index === 0) {
      parts.push(text.slice(from, i));
      scan.skip(m[0].length - 1);
      from = i + m[0].length;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** The script as statements: `\` continuations joined, comments dropped, `;` and the keywords `then`/`else`/`do` starting their own. */
export function scriptStatements(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/\\\n/g, ' ').split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    for (let part of splitTopLevel(line, /^;;?/)) {
      part = part.trim();
      // `then x`, `else x`, `do x`: the keyword closes the condition; what follows is a statement of the branch.
      const lead = /^(then|else|do)\s+(.+)$/.exec(part);
      if (lead) out.push(lead[1]!, lead[2]!.trim());
      else if (part !== '') out.push(part);
    }
  }
  return out;
}

function reachOf(frames: readonly Frame[]): Reach | 'never' {
  if (frames.some((f) => f.now === false)) return 'never';
  return frames.some((f) => f.now === undefined) ? 'maybe' : 'runs';
}

/** Three-valued `not`, `and`, `or` as sh evaluates `!`, `&&`, `||`. */
const not = (t: Truth): Truth => (t === undefined ? undefined : !t);

export function combineConditions(text: string, test: (part: string) => Truth): Truth {
  const ors = splitTopLevel(text, /^\|\|/);
  let any: Truth = false;
  for (const or of ors) {
    let all: Truth = true;
    for (let and of splitTopLevel(or, /^&&/)) {
      and = and.trim();
      const negated = /^!\s+/.test(and);
      const t = negated ? not(test(and.replace(/^!\s+/, ''))) : test(and);
      all = all === false || t === false ? false : all === undefined || t === undefined ? undefined : true;
    }
    any = any === true || all === true ? true : any === undefined || all === undefined ? undefined : false;
  }
  return any;
}

/** A `case` arm's patterns (`start)`, `restart|force-reload)`, `*)`) and what follows them on the line, when the statement opens one. */
const ARM = /^\(?\s*((?:[^\s()|;"'`$]+|"[^"]*"|'[^']*')(?:\s*\|\s*(?:[^\s()|;"'`$]+|"[^"]*"|'[^']*'))*)\s*\)\s*(.*)$/;

/** Whether a case word matches one of an arm's glob patterns (`*`, `?`, `[…]`, quoted parts literal). */
export function armMatches(word: string, patterns: string): boolean {
  return patterns.split(/\s*\|\s*/).some((p) => {
    const unquoted = /^(["']).*\1$/.test(p);
    const body = unquoted ? p.slice(1, -1) : p;
    const re = unquoted ? body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : body.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${re}$`).test(word);
  });
}

const FUNCTION_HEADER = [/^(?:function\s+)?([A-Za-z_][\w-]*)\s*\(\)\s*\{?$/, /^function\s+([A-Za-z_][\w-]*)\s*\{?$/];

/** The name a statement defines a function by (`name()`, `name() {`, `function name {`). */
export function functionHeader(statement: string): string | undefined {
  for (const re of FUNCTION_HEADER) {
    const m = re.exec(statement);
    if (m) return m[1];
  }
  return undefined;
}

export interface WalkOptions {
  /** A `case` word's value when the script's variables decide it (`"$1"` is `start`), else undefined. */
  readonly caseWord?: (word: string) => string | undefined;
}

/**
 * Walks the statements in order, calling `visit` for each one that may run
 * (with whether it surely runs and the function whose body holds it, if any)
 * and asking `decide` for each `if`/`elif` condition at the moment sh would
 * test it. `visit` returning `'stop'` ends the walk (an `exit` that surely
 * runs).
 */
export function walkScript(
  text: string | readonly string[],
  decide: (condition: string) => Truth,
  visit: (statement: string, reach: Reach, inFunction: string | undefined) => 'stop' | void,
  options: WalkOptions = {},
): void {
  const frames: Frame[] = [];
  let pendingFunction: string | undefined;
  const open = (now: Truth, fn: string | undefined) => frames.push({ kind: 'block', now, fn });
  const queue = typeof text === 'string' ? scriptStatements(text) : [...text];
  for (let at = 0; at < queue.length; at++) {
    const s = queue[at]!;
    const inFunction = [...frames].reverse().find((f): f is Extract<Frame, { kind: 'block' }> => f.kind === 'block' && f.fn !== undefined)?.fn;
    const outer = reachOf(frames);
    const cond = /^(if|elif)\s+(.+)$/.exec(s);
    const top = frames[frames.length - 1];
    const arm = top?.kind === 'case' ? ARM.exec(s) : null;
    if (arm && top?.kind === 'case') {
      // One arm runs: the first whose pattern matches a known word; with the word unknown, any may.
      const m = top.word === undefined ? undefined : armMatches(top.word, arm[1]!);
      top.now = top.taken === true ? false : top.taken === false ? m : m === false ? false : undefined;
      top.taken = top.taken === true ? true : top.taken === false ? m : m === true ? true : undefined;
      if (arm[2]) queue.splice(at + 1, 0, arm[2]);
      continue;
    }
    if (cond?.[1] === 'if') {
      // A condition under a branch that never runs is never tested.
      const t = outer === 'never' ? false : decide(cond[2]!);
      frames.push({ kind: 'if', now: t, taken: t });
    } else if (cond?.[1] === 'elif') {
      const f = frames[frames.length - 1];
      if (f?.kind !== 'if') continue;
      const reach = reachOf(frames.slice(0, -1));
      // An earlier branch taken leaves this one untested; an undecided one leaves it undecided unless it is false.
      const t = f.taken === true || reach === 'never' ? false : decide(cond[2]!);
      f.now = f.taken === true ? false : f.taken === false ? t : t === false ? false : undefined;
      f.taken = f.taken === true ? true : f.taken === false ? t : t === true ? true : undefined;
    } else if (s === 'else') {
      const f = frames[frames.length - 1];
      if (f?.kind === 'if') f.now = not(f.taken);
    } else if (s === 'fi' || s === 'esac' || s === 'done' || s === '}' || /^\}\s*(\||&|>|$)/.test(s)) {
      frames.pop();
    } else if (s === 'then') {
      continue;
    } else if (/^case\s+(.+?)\s+in$/.test(s)) {
      const word = options.caseWord?.(/^case\s+(.+?)\s+in$/.exec(s)![1]!);
      frames.push({ kind: 'case', word, now: undefined, taken: word === undefined ? undefined : false });
    } else if (/^(case|while|until|for)\b/.test(s)) {
      frames.push({ kind: 'block', now: undefined, fn: undefined });
    } else if (functionHeader(s) !== undefined) {
      // A function body runs when the script calls it: taken as running, in order (a reader that follows calls skips it here).
      const name = functionHeader(s)!;
      if (s.endsWith('{')) open(true, name);
      else pendingFunction = name;
      continue;
    } else if (s === '{') {
      open(pendingFunction !== undefined ? true : undefined, pendingFunction);
    } else if (/\{$/.test(s)) {
      // `cmd || {`: a block that runs when the command fails — the host decides.
      if (outer !== 'never') visit(s.replace(/\{$/, '').trim(), 'maybe', inFunction);
      open(undefined, undefined);
    } else if (outer !== 'never') {
      if (visit(s, outer, inFunction) === 'stop') return;
    }
    pendingFunction = undefined;
  }
}

/**
 * Each function's body, as statements, by name: what a reader following a
 * call walks with the call's words as `$1`…
 */
export function shellFunctions(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const statements = scriptStatements(text);
  for (let i = 0; i < statements.length; i++) {
    const name = functionHeader(statements[i]!);
    if (name === undefined) continue;
    let j = statements[i]!.endsWith('{') ? i + 1 : statements[i + 1] === '{' ? i + 2 : -1;
    if (j < 0) continue;
    const body: string[] = [];
    let depth = 1;
    for (; j < statements.length; j++) {
      const s = statements[j]!;
      if (s === '}' || /^\}\s*(\||&|>|$)/.test(s)) depth--;
      else if (s === '{' || /\{$/.test(s)) depth++;
      if (depth === 0) break;
      body.push(s);
    }
    out.set(name, body);
    i = j;
  }
  return out;
}
