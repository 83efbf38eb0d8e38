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
  | { readonly kind: 'block'; readonly now: Truth; readonly fn: boolean };

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

/**
 * Walks the statements in order, calling `visit` for each one that may run
 * (with whether it surely runs and whether it sits in a function body) and
 * asking `decide` for each `if`/`elif` condition at the moment sh would
 * test it. `visit` returning `'stop'` ends the walk (an `exit` that surely
 * runs).
 */
export function walkScript(
  text: string,
  decide: (condition: string) => Truth,
  visit: (statement: string, reach: Reach, inFunction: boolean) => 'stop' | void,
): void {
  const frames: Frame[] = [];
  let pendingFunction = false;
  const open = (now: Truth, fn: boolean) => frames.push({ kind: 'block', now, fn });
  for (const s of scriptStatements(text)) {
    const inFunction = frames.some((f) => f.kind === 'block' && f.fn);
    const outer = reachOf(frames);
    const cond = /^(if|elif)\s+(.+)$/.exec(s);
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
    } else if (/^(case|while|until|for)\b/.test(s)) {
      frames.push({ kind: 'block', now: undefined, fn: false });
    } else if (/^(function\s+)?[A-Za-z_][\w-]*\s*\(\)\s*\{?$/.test(s) || /^function\s+[A-Za-z_][\w-]*\s*\{?$/.test(s)) {
      // A function body runs when the script calls it: taken as running, in order.
      if (s.endsWith('{')) open(true, true);
      else pendingFunction = true;
      continue;
    } else if (s === '{') {
      open(pendingFunction ? true : undefined, pendingFunction);
    } else if (/\{$/.test(s)) {
      // `cmd || {`: a block that runs when the command fails — the host decides.
      if (outer !== 'never') visit(s.replace(/\{$/, '').trim(), 'maybe', inFunction);
      open(undefined, false);
    } else if (outer !== 'never') {
      if (visit(s, outer, inFunction) === 'stop') return;
    }
    pendingFunction = false;
  }
}
