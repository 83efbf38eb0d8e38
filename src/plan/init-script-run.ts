/**
 * An init script run as `/etc/init.d/x start` would run it, as far as that is
 * known before the host exists: its plain assignments and the /etc/default
 * file it sources (the cookbook's copy first) give its variables, its
 * branches are taken or skipped by init-script-flow.ts, and a function the
 * script calls is walked at the call with the call's words as `$1`…`$*` —
 * Debian's isc-dhcp-server script starts dhcpd in `start_daemon "-4"
 * "$DHCPDv4_CONF" …`, whose start-stop-daemon line reads `$VERSION -q -cf
 * $CONF $INTERFACES` from them. What it yields is every start-stop-daemon
 * --start line that may run, expanded where it runs, with what in it only the
 * running host could say.
 */
import type { FileText } from './unit-command.js';
import { readEnvironmentFile } from './unit-environment.js';
import { combineConditions, shellFunctions, walkScript, type Reach, type Truth } from './init-script-flow.js';
import { expandWords, rawWords, referencedParameters } from './init-script-words.js';

type UnsureKind = 'condition' | 'computed';

/** One start-stop-daemon --start that may run, expanded with the variables and arguments it runs with. */
export interface StartLine {
  /** The invocation as written. */
  readonly text: string;
  /** Its words, expanded (the leading `start-stop-daemon` dropped, redirections too). */
  readonly words: readonly string[];
  readonly reach: Reach;
  /** Parameters it uses (its pid file aside) that only the running host decides, by how they were set. */
  readonly unsure: ReadonlyMap<string, UnsureKind>;
  /** Parameters it uses (its pid file aside) that nothing set: a maintainer script may write them at install time. */
  readonly missing: readonly string[];
  /** Whether its pid file is worked out only when the script runs. */
  readonly pidFileUnsure: boolean;
}

export interface ScriptRun {
  readonly starts: readonly StartLine[];
  readonly notes: readonly string[];
  readonly refused?: string;
}

const SOURCE = /^(?:\[ +-[rfe] +("?)([^" \]]+)\1 +\] +&& +)?(?:\.|source) +("?)([^" ]+)\3$/;
/** How deep calls are followed: a script calling itself round in circles ends here. */
const MAX_CALL_DEPTH = 8;

/**
 * The start-stop-daemon invocation of a line: from its name to the end of the
 * simple command (a closing backtick or parenthesis of a command
 * substitution, `;`, `&&`, `||`, `|`), quotes respected.
 */
function startInvocation(line: string): string {
  const from = line.indexOf('start-stop-daemon');
  let quote: string | undefined;
  for (let i = from; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (c === '`' || c === ')' || c === ';' || c === '|' || (c === '&' && line[i + 1] === '&')) return line.slice(from, i).trim();
  }
  return line.slice(from).trim();
}

/** What a file test says of a path: only what the converged host surely holds is answered (absence is never proven). */
function fileTest(op: string, path: string, fileText: FileText): Truth {
  const found = fileText(path);
  if (!found) return undefined;
  if (op === '-e' || op === '-f' || op === '-r') return true;
  if (op === '-s') return found.incomplete ? undefined : found.text !== '';
  return undefined;
}

/** One primary of test(1): `-z x`, `-n x`, `-f path`, `a = b`, `a != b`, `x`, each maybe behind `!`. */
function primary(words: string[], fileText: FileText): Truth {
  const negated = words[0] === '!';
  if (negated) words = words.slice(1);
  const [a, op, b] = words;
  let t: Truth;
  if (words.length === 1) t = a !== '';
  else if (words.length === 2 && a === '-z') t = op === '';
  else if (words.length === 2 && a === '-n') t = op !== '';
  else if (words.length === 2 && /^-[a-zA-Z]$/.test(a!)) t = fileTest(a!, op!, fileText);
  else if (words.length === 3 && (op === '=' || op === '==')) t = a === b;
  else if (words.length === 3 && op === '!=') t = a !== b;
  return negated ? (t === undefined ? undefined : !t) : t;
}

/** test(1)'s `-o` and `-a` (which binds tighter) over primaries. */
function testExpression(words: string[], fileText: FileText): Truth {
  const split = (ws: string[], sep: string) => ws.reduce<string[][]>((acc, w) => (w === sep ? [...acc, []] : (acc[acc.length - 1]!.push(w), acc)), [[]]);
  const ors = split(words, '-o').map((or) => split(or, '-a').map((p) => primary(p, fileText)));
  const all = (ts: Truth[]) => (ts.includes(false) ? false : ts.includes(undefined) ? undefined : true);
  const any = ors.map(all);
  return any.includes(true) ? true : any.includes(undefined) ? undefined : false;
}

class ScriptReader {
  private readonly vars = new Map<string, string>();
  private readonly unsure = new Map<string, UnsureKind>();
  private readonly unset = new Set<string>();
  /** A complete /etc/default file the cookbook renders replaces the package's: what it leaves unset is empty, not a maintainer script's. */
  private defaultsKnown = false;
  readonly notes: string[] = [];
  readonly starts: StartLine[] = [];
  refused: string | undefined;
  private readonly functions: Map<string, string[]>;
  private readonly called: Set<string>;

  constructor(
    private readonly script: string,
    private readonly scriptPath: string,
    private readonly fileText: FileText,
  ) {
    this.functions = shellFunctions(script);
    // Only functions the script calls by name are walked at their calls; any other body is read in place, as before.
    const calls = [...this.functions.values()].flat();
    this.called = new Set([...this.functions.keys()].filter((name) => this.callsIn(script, name) || calls.some((s) => rawWords(s)[0] === name)));
  }

  private callsIn(script: string, name: string): boolean {
    return new RegExp(`(^|[\\s;)|&])${name.replace(/[-]/g, '\\-')}(\\s|;|$)`, 'm').test(script.replace(new RegExp(`^\\s*(function\\s+)?${name}\\s*\\(\\)`, 'gm'), ''));
  }

  run(): void {
    // The container runs the script's start action: `$1` is `start`.
    this.walk(this.script, 'runs', { args: ['start'], unsure: [], assigned: new Set() }, 0);
  }

  /**
   * Walks statements; `outer` is whether the call that got here surely runs. The body is read as running (its
   * variables hold for its own start line), and a start line in it is as sure as the call.
   */
  private walk(text: string | readonly string[], outer: Reach, call: Call, depth: number): void {
    walkScript(
      text,
      (condition) => combineConditions(condition, (part) => this.test(part, call)),
      (line, reach, inFunction) =>
        inFunction !== undefined && this.called.has(inFunction) ? undefined : this.visit(line, reach, outer === 'maybe' ? 'maybe' : reach, call, depth),
      { caseWord: (word) => this.known(word, call) },
    );
  }

  /** A word's value when nothing in it is left to the running host. */
  private known(word: string, call: Call): string | undefined {
    if (/`|\$\(/.test(word)) return undefined;
    if (referencedParameters(word).some((r) => this.kindOf(r, call) !== undefined || (!this.defaultsKnown && /^[A-Za-z_]/.test(r) && !this.vars.has(r)))) return undefined;
    return expandWords(word, this.vars, new Set(), call.args).join(' ');
  }

  private kindOf(param: string, call: Call): UnsureKind | undefined {
    if (param === '*' || param === '@') return call.unsure.find((k) => k !== undefined);
    if (/^[1-9]$/.test(param)) return call.unsure[Number(param) - 1];
    return this.unsure.get(param);
  }

  /** One `[ … ]`/`test …` of an `if`, decided from the script's variables and the host's known files; a command's exit status is the host's answer. */
  private test(part: string, call: Call): Truth {
    const m = /^(?:\[\[?\s+(.*?)\s*\]\]?|test\s+(.*))$/.exec(part.trim());
    if (!m) return undefined;
    const body = (m[1] ?? m[2])!;
    if (/`|\$\(/.test(body)) return undefined;
    const refs = [...body.matchAll(/\$\{?([A-Za-z_]\w*|[0-9@*#?$!-])/g)].map((r) => r[1]!);
    // A variable nothing here set may be one a maintainer script writes into the /etc/default file at install time.
    const undecided = (r: string) =>
      /^[1-9*@#]$/.test(r) ? this.kindOf(r, call) !== undefined : !/^[A-Za-z_]/.test(r) || this.unsure.has(r) || (!this.defaultsKnown && !this.vars.has(r));
    if (refs.some(undecided)) return undefined;
    return testExpression(expandWords(body, this.vars, new Set(), call.args), this.fileText);
  }

  /** `reach` is the statement's within the body walked, `overall` with the calls that led there. */
  private visit(line: string, reach: Reach, overall: Reach, call: Call, depth: number): 'stop' | void {
    const assign = /^(?:local\s+|export\s+)?([A-Za-z_]\w*)=(.*)$/.exec(line);
    if (assign) {
      this.assign(assign[1]!, assign[2]!, reach, call);
      call.assigned.add(assign[1]!);
    }
    const shift = /^shift(?:\s+(\d+))?$/.exec(line);
    if (shift && reach === 'runs') {
      const n = Number(shift[1] ?? '1');
      call.args = call.args.slice(n);
      call.unsure = call.unsure.slice(n);
    }
    // `. /etc/default/x` (or guarded by [ -r … ]): the tunables, the cookbook's copy first.
    const sourced = SOURCE.exec(line);
    if (sourced && this.source(expandWords(sourced[4]!, this.vars, this.unset, call.args)[0] ?? '') === 'stop') return 'stop';
    if (/\bstart-stop-daemon\b/.test(line) && /(^|\s)(--start|-S)(\s|$)/.test(line)) this.starts.push(this.startLine(startInvocation(line), overall, call));
    const name = rawWords(line)[0];
    if (name !== undefined && this.called.has(name) && depth < MAX_CALL_DEPTH) this.enter(name, line, overall, call, depth);
  }

  private assign(name: string, value: string, reach: Reach, call: Call): void {
    // A value built from an undecided one stays undecided (`OPTS="-u $U $OPTS"` after OPTS was set under a condition).
    const from = referencedParameters(value).map((r) => this.kindOf(r, call)).find((k) => k !== undefined);
    if (/[`]|\$\(/.test(value)) this.unsure.set(name, 'computed');
    else if (reach === 'maybe') this.unsure.set(name, 'condition');
    else if (from) this.unsure.set(name, from);
    else {
      this.vars.set(name, expandWords(value, this.vars, this.unset, call.args).join(' '));
      this.unsure.delete(name);
    }
  }

  private source(path: string): 'stop' | void {
    if (!path.startsWith('/etc/default/')) return;
    const found = this.fileText(path);
    if (found?.incomplete) {
      this.refused = `${path}, which ${this.scriptPath} reads, holds values decant could not know`;
      return 'stop';
    }
    if (!found) return;
    for (const [k, v] of readEnvironmentFile(found.text)) {
      this.vars.set(k, v);
      this.unsure.delete(k);
    }
    if (found.from === 'cookbook') this.defaultsKnown = true;
    this.notes.push(`variables read from ${path} (${found.from === 'cookbook' ? "the cookbook's" : "the package's"} file)`);
  }

  /** A call of one of the script's functions: its body runs with the call's words as `$1`…, each as sure as what it was made of. */
  private enter(name: string, line: string, reach: Reach, call: Call, depth: number): void {
    const args: string[] = [];
    const unsure: (UnsureKind | undefined)[] = [];
    for (const raw of rawWords(line).slice(1)) {
      if (/^\d*[<>]/.test(raw) || raw === '&' || raw === '||' || raw === '&&') break;
      const kind = /`|\$\(/.test(raw) ? 'computed' : referencedParameters(raw).map((r) => this.kindOf(r, call)).find((k) => k !== undefined);
      for (const w of expandWords(raw, this.vars, this.unset, call.args)) {
        args.push(w);
        unsure.push(kind);
      }
    }
    const inner: Call = { args, unsure, assigned: new Set() };
    const before = this.starts.length;
    this.walk(this.functions.get(name)!, reach, inner, depth + 1);
    // Said only of the calls that led to a start line: how its words were read.
    const shown = line.replace(/\s+/g, ' ');
    if (this.starts.length > before) this.notes.push(`followed ${this.scriptPath}'s call \`${shown.length > 160 ? `${shown.slice(0, 157)}…` : shown}\` into ${name}(), its words as $1…`);
    // What a call that may not run assigns (sh's variables are global) holds after it only under that condition.
    for (const v of inner.assigned) {
      call.assigned.add(v);
      if (reach === 'maybe' && !this.unsure.has(v)) this.unsure.set(v, 'condition');
    }
  }

  private startLine(text: string, reach: Reach, call: Call): StartLine {
    // The pid file names where start-stop-daemon looks, not how the daemon runs: it matters only for a pid watch.
    const daemonOptions = text.split(/\s--(?:\s|$)/)[0]!;
    const pidFileWord = /(?:^|\s)(?:--pidfile|-p)(?:=|\s+)("[^"]*"|'[^']*'|\S+)/.exec(daemonOptions)?.[1] ?? '';
    const rest = pidFileWord ? daemonOptions.replace(pidFileWord, '') + text.slice(daemonOptions.length) : text;
    const used = referencedParameters(rest);
    const unsure = new Map<string, UnsureKind>();
    for (const p of used) {
      const k = this.kindOf(p, call);
      if (k) unsure.set(/^[A-Za-z_]/.test(p) ? p : `${p}`, k);
    }
    const unset = new Set<string>();
    const words = expandWords(text, this.vars, unset, call.args).slice(1).filter((w) => !/^\d*[<>]/.test(w));
    const missing = this.defaultsKnown ? [] : used.filter((v) => unset.has(v));
    const pidFileUnsure = referencedParameters(pidFileWord).some((v) => this.kindOf(v, call) !== undefined);
    return { text, words, reach, unsure, missing, pidFileUnsure };
  }
}

/** The script's positional parameters where a function body runs, with how sure each is. */
interface Call {
  args: string[];
  unsure: (UnsureKind | undefined)[];
  /** Variables the body assigned, so a call under an undecided branch leaves them undecided. */
  readonly assigned: Set<string>;
}

export function readInitScript(script: string, scriptPath: string, fileText: FileText): ScriptRun {
  const reader = new ScriptReader(script, scriptPath, fileText);
  reader.run();
  return { starts: reader.starts, notes: reader.notes, ...(reader.refused ? { refused: reader.refused } : {}) };
}
