/**
 * A service's command from the SysV init script its package ships, for
 * packages with no systemd unit (systemd runs those through
 * systemd-sysv-generator, which starts the script itself). Debian's scripts
 * follow one shape (/etc/init.d/skeleton): plain assignments, an
 * /etc/default file sourced for the tunables, and a
 * `start-stop-daemon --start … --exec DAEMON -- ARGS` in the start branch.
 * That shape is read here, with the script's branches taken or skipped as sh
 * would where the script's own variables or the host's known files decide
 * them (init-script-flow.ts); anything else — a variable set under a
 * condition only the running host answers, a start line built some other way
 * — is refused with the reason, never guessed. The daemon is taken to detach itself as the script expects
 * (unless start-stop-daemon backgrounds it), so it is made foreground like a
 * forking unit: by catalog/foreground/forms.yaml, or a pid-file watch.
 */
import { applyForm, formFor, pidWatch, type FileText, type ForegroundForm } from './unit-command.js';
import { readEnvironmentFile } from './unit-environment.js';
import { combineConditions, walkScript, type Truth } from './init-script-flow.js';

export type InitScriptCommand =
  | { readonly ok: true; readonly command: readonly string[]; readonly user?: string; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** Shell words of a line with quotes removed; `$VAR`/`${VAR}` outside single quotes expanded (unquoted ones split). */
function expandWords(line: string, vars: ReadonlyMap<string, string>, unset: Set<string>): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  const value = (name: string) => {
    if (!vars.has(name)) unset.add(name);
    return vars.get(name) ?? '';
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
      continue;
    }
    if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (c === '"') {
      quote = quote ? undefined : '"';
      inWord = true;
    } else if (c === "'" && !quote) {
      quote = "'";
      inWord = true;
    } else if (c === '$') {
      const m = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/.exec(line.slice(i));
      if (!m) {
        word += c;
        inWord = true;
        continue;
      }
      i += m[0].length - 1;
      const v = value((m[1] ?? m[2])!);
      if (quote) {
        word += v;
        inWord = true;
      } else {
        // Unquoted: the value splits into words, joined to what touches it.
        const parts = v.split(/\s+/);
        parts.forEach((p, k) => {
          if (k > 0 && (inWord || word)) {
            words.push(word);
            word = '';
            inWord = false;
          }
          if (p) {
            word += p;
            inWord = true;
          }
        });
      }
    } else if (/\s/.test(c) && !quote) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

const SOURCE = /^(?:\[ +-[rfe] +("?)([^" \]]+)\1 +\] +&& +)?(?:\.|source) +("?)([^" ]+)\3$/;

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

type Unsure = ReadonlyMap<string, 'condition' | 'computed'>;

/** What a file test says of a path: only what the converged host surely holds is answered (absence is never proven). */
function fileTest(op: string, path: string, fileText: FileText): Truth {
  const found = fileText(path);
  if (!found) return undefined;
  if (op === '-e' || op === '-f' || op === '-r') return true;
  if (op === '-s') return found.incomplete ? undefined : found.text !== '';
  return undefined;
}

/** One `[ … ]`/`test …` of an `if`, decided from the script's variables and the host's known files; a command's exit status is the host's answer. */
function bracketTest(part: string, vars: ReadonlyMap<string, string>, unsure: Unsure, fileText: FileText): Truth {
  const m = /^(?:\[\[?\s+(.*?)\s*\]\]?|test\s+(.*))$/.exec(part.trim());
  if (!m) return undefined;
  const body = (m[1] ?? m[2])!;
  if (/`|\$\(/.test(body)) return undefined;
  const refs = [...body.matchAll(/\$\{?([A-Za-z_]\w*|[0-9@*#?$!-])/g)].map((r) => r[1]!);
  // A variable nothing here set may be one a maintainer script writes into the /etc/default file at install time.
  if (refs.some((r) => !/^[A-Za-z_]/.test(r) || unsure.has(r) || !vars.has(r))) return undefined;
  const words = expandWords(body, vars, new Set());
  const negated = words[0] === '!';
  if (negated) words.shift();
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

export function initScriptCommand(script: string, scriptPath: string, fileText: FileText, forms: readonly ForegroundForm[]): InitScriptCommand {
  const vars = new Map<string, string>();
  const unsure = new Map<string, 'condition' | 'computed'>();
  const notes: string[] = [];
  const starts: string[] = [];
  const unset = new Set<string>();
  let refused: string | undefined;
  walkScript(
    script,
    (condition) => combineConditions(condition, (part) => bracketTest(part, vars, unsure, fileText)),
    (line, reach) => {
      const assign = /^([A-Za-z_]\w*)=(.*)$/.exec(line);
      if (assign) {
        const name = assign[1]!;
        // A value built from an undecided one stays undecided (`OPTS="-u $U $OPTS"` after OPTS was set under a condition).
        const from = [...assign[2]!.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((r) => unsure.get(r[1]!)).find((k) => k !== undefined);
        if (/[`]|\$\(/.test(assign[2]!)) unsure.set(name, 'computed');
        else if (reach === 'maybe') unsure.set(name, 'condition');
        else if (from) unsure.set(name, from);
        else {
          vars.set(name, expandWords(assign[2]!, vars, unset).join(' '));
          unsure.delete(name);
        }
      }
      // `. /etc/default/x` (or guarded by [ -r … ]): the tunables, the cookbook's copy first.
      const sourced = SOURCE.exec(line);
      if (sourced) {
        const path = expandWords(sourced[4]!, vars, unset)[0] ?? '';
        if (path.startsWith('/etc/default/')) {
          const found = fileText(path);
          if (found?.incomplete) {
            refused = `${path}, which ${scriptPath} reads, holds values decant could not know`;
            return 'stop';
          }
          if (found) {
            for (const [k, v] of readEnvironmentFile(found.text)) {
              vars.set(k, v);
              unsure.delete(k);
            }
            notes.push(`variables read from ${path} (${found.from === 'cookbook' ? "the cookbook's" : "the package's"} file)`);
          }
        }
      }
      if (/\bstart-stop-daemon\b/.test(line) && /(^|\s)(--start|-S)(\s|$)/.test(line)) starts.push(startInvocation(line));
    },
  );
  if (refused) return { ok: false, reason: refused };
  if (starts.length === 0) return { ok: false, reason: `${scriptPath} has no start-stop-daemon --start line to read the daemon from` };
  // Two ways to start, chosen by a condition only the running host answers: not to be guessed.
  if (new Set(starts).size > 1) return { ok: false, reason: `${scriptPath} starts the daemon in ${new Set(starts).size} different ways, chosen by conditions in the script that only the running host answers` };
  const start = starts[0]!;
  // The pid file names where start-stop-daemon looks, not how the daemon runs: it matters only for a pid watch (below).
  const daemonOptions = start.split(/\s--(?:\s|$)/)[0]!;
  const pidFileWord = /(?:^|\s)(?:--pidfile|-p)(?:=|\s+)("[^"]*"|'[^']*'|\S+)/.exec(daemonOptions)?.[1] ?? '';
  const varsIn = (text: string) => [...text.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]!);
  const used = varsIn(pidFileWord ? daemonOptions.replace(pidFileWord, '') + start.slice(daemonOptions.length) : start);
  // `$1`, `$*` inside a shell function are its caller's arguments (isc-dhcp-server's start_daemon): not followed, so not guessed.
  const positional = [...new Set([...start.matchAll(/\$\{?([0-9*@#])/g)].map((m) => `$${m[1]!}`))];
  if (positional.length) return { ok: false, reason: `${scriptPath} starts the daemon inside a shell function, with its caller's arguments ${positional.join(', ')}, which decant does not follow` };
  const conditional = used.filter((v) => unsure.get(v) === 'condition');
  if (conditional.length) return { ok: false, reason: `${scriptPath} starts the daemon with ${conditional.map((v) => `$${v}`).join(', ')}, set only under a condition only the running host answers` };
  const computed = used.filter((v) => unsure.get(v) === 'computed');
  if (computed.length) return { ok: false, reason: `${scriptPath} starts the daemon with ${computed.map((v) => `$${v}`).join(', ')}, computed by a command when the script runs` };
  const words = expandWords(start, vars, unset).slice(1).filter((w) => !/^\d*[<>]/.test(w));
  // The same through variables the function set from its arguments (VERSION="$1"; ... $VERSION).
  const viaVariables = [...new Set(words.flatMap((w) => [...w.matchAll(/\$\{?([0-9*@#])/g)].map((m) => `$${m[1]!}`)))];
  if (viaVariables.length) return { ok: false, reason: `${scriptPath} starts the daemon inside a shell function, with variables set from its caller's arguments ${viaVariables.join(', ')}, which decant does not follow` };
  const dashdash = words.indexOf('--');
  const options = dashdash >= 0 ? words.slice(0, dashdash) : words;
  const args = dashdash >= 0 ? words.slice(dashdash + 1) : [];
  const opt = (...names: string[]) => {
    for (let i = 0; i < options.length; i++) {
      const o = options[i]!;
      for (const n of names) {
        if (o === n) return options[i + 1];
        if (o.startsWith(`${n}=`)) return o.slice(n.length + 1);
      }
    }
    return undefined;
  };
  const exec = opt('--startas', '-a') ?? opt('--exec', '-x');
  if (!exec) return { ok: false, reason: `${scriptPath}: start-stop-daemon names no --exec or --startas` };
  if (!exec.startsWith('/')) return { ok: false, reason: `${scriptPath} starts ${exec}, which is not an absolute path` };
  // A tunable nobody ships is usually written by the maintainer script at install time (debconf): not knowable here.
  const missing = [...unset].filter((v) => used.includes(v));
  if (missing.length) {
    return { ok: false, reason: `${scriptPath} starts ${exec} with ${missing.map((v) => `$${v}`).join(', ')}, which neither the package's files nor the cookbook set (a maintainer script may write them at install time)` };
  }
  const chuid = opt('--chuid', '-c');
  const user = chuid?.split(':')[0];
  let argv = [exec, ...args];
  const pidFile = opt('--pidfile', '-p');
  notes.unshift(`command from ${scriptPath} (start-stop-daemon), shipped by the package`);
  if (options.includes('--background') || options.includes('-b')) {
    notes.push('start-stop-daemon runs it in the background itself, so the daemon stays in the foreground');
  } else {
    const binary = exec.split('/').pop()!;
    const form = formFor(argv, forms);
    if (form) {
      argv = applyForm(argv, form);
      notes.push(`the daemon detaches itself; made foreground: ${form.why}`);
    } else if (pidFile && varsIn(pidFileWord).some((v) => unsure.has(v))) {
      return { ok: false, reason: `${scriptPath} starts ${exec}, which detaches itself, with no foreground form known for ${binary}, and its pid file is worked out only when the script runs` };
    } else if (pidFile) {
      argv = pidWatch(argv, pidFile);
      notes.push(`the daemon detaches itself and no foreground form is known for ${binary}: the container lives as long as the pid in ${pidFile}`);
    } else {
      return { ok: false, reason: `${scriptPath} starts ${exec}, which detaches itself, with no pid file and no foreground form known for ${binary}` };
    }
  }
  return { ok: true, command: argv, ...(user && user !== 'root' ? { user } : {}), notes };
}
