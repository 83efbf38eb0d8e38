/**
 * Whether one stage of a pipeline only filters the text piped into it:
 * `grep version`, `awk '{ print $3 }'`, `cut -d' ' -f2`, `head -1`,
 * `sed -n 's/^v//p'`, `tr -d '\n'`. Such a stage's output is a function of its
 * input and its words alone, so behind a version query it reads nothing the
 * node holds and the pipeline is as observable as the query
 * (observable-command.ts). A file operand, a flag that names a file (`grep -f`,
 * `sort -o`), an awk program that runs commands or reads files (`system`,
 * `getline`, `ENVIRON`) or a sed command that reads, writes or executes
 * (`r`, `w`, `e`) could: those are refused with the word that could.
 *
 * `words` are the stage's words with quotes removed (src/text/shell-words.ts).
 */

/** Why the stage may read more than its input, or undefined when it only filters it. */
export function filterStageProblem(words: readonly string[]): string | undefined {
  const [program, ...args] = words;
  if (program === undefined) return 'an empty pipeline stage';
  const rule = FILTERS.get(program);
  if (!rule) return `\`${program}\` is not a text filter decant knows reads only its input`;
  return rule(args);
}

type Rule = (args: readonly string[]) => string | undefined;

/** Flags a filter takes: those standing alone, and those taking a value (attached, `-n5`, or the next word). */
interface FlagSet {
  readonly alone: ReadonlySet<string>;
  readonly valued: ReadonlySet<string>;
}

/**
 * The operands left after the flags, or the flag that is not allowed. Short
 * flags may be bundled (`-oP`); a valued short flag takes the rest of its word
 * or the next word; `--long=value` and `--long value` both take a value.
 */
function operands(args: readonly string[], flags: FlagSet, program: string): { operands: string[]; values: Map<string, string[]> } | { problem: string } {
  const out: string[] = [];
  const values = new Map<string, string[]>();
  const take = (flag: string, value: string) => values.set(flag, [...(values.get(flag) ?? []), value]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      out.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, value] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      if (flags.alone.has(name) && value === undefined) continue;
      if (!flags.valued.has(name)) return { problem: `\`${program} ${a}\`: not a flag decant knows reads only its input` };
      const v = value ?? args[++i];
      if (v === undefined) return { problem: `\`${program} ${name}\` without its value` };
      take(name, v);
      continue;
    }
    if (a.startsWith('-') && a.length > 1 && !/^-[0-9]+$/.test(a)) {
      for (let k = 1; k < a.length; k++) {
        const f = `-${a[k]}`;
        if (flags.alone.has(f)) continue;
        if (!flags.valued.has(f)) return { problem: `\`${program} ${f}\`: not a flag decant knows reads only its input` };
        const v = k + 1 < a.length ? a.slice(k + 1) : args[++i];
        if (v === undefined) return { problem: `\`${program} ${f}\` without its value` };
        take(f, v);
        break;
      }
      continue;
    }
    // `head -1`: the old count form.
    if (/^-[0-9]+$/.test(a) && flags.alone.has('-NUM')) continue;
    out.push(a);
  }
  return { operands: out, values };
}

const set = (...xs: string[]) => new Set(xs);

/** A filter taking no operands at all: any operand would be a file it reads. */
function noOperands(flags: FlagSet): (program: string) => Rule {
  return (program) => (args) => {
    const r = operands(args, flags, program);
    if ('problem' in r) return r.problem;
    return r.operands.length ? `\`${program} ${r.operands[0]}\`: an operand names a file the node holds` : undefined;
  };
}

const GREP_FLAGS: FlagSet = {
  alone: set('-o', '-P', '-E', '-F', '-G', '-i', '-v', '-w', '-x', '-c', '-h', '-n', '-q', '-s', '-a',
    '--only-matching', '--perl-regexp', '--extended-regexp', '--fixed-strings', '--basic-regexp', '--ignore-case',
    '--invert-match', '--word-regexp', '--line-regexp', '--count', '--quiet', '--silent', '--no-messages', '--text'),
  valued: set('-e', '-m', '-A', '-B', '-C', '--regexp', '--max-count', '--after-context', '--before-context', '--context'),
};

/** grep PATTERN, or grep -e PATTERN…: one pattern and no file. */
const grep = (program: string): Rule => (args) => {
  const r = operands(args, GREP_FLAGS, program);
  if ('problem' in r) return r.problem;
  const patterns = (r.values.get('-e')?.length ?? 0) + (r.values.get('--regexp')?.length ?? 0);
  const files = patterns > 0 ? r.operands : r.operands.slice(1);
  if (patterns === 0 && r.operands.length === 0) return `\`${program}\` without a pattern`;
  return files.length ? `\`${program} … ${files[0]}\`: an operand names a file the node holds` : undefined;
};

const AWK_FLAGS: FlagSet = { alone: set(), valued: set('-F', '-v', '--field-separator', '--assign') };
// Words of awk that run a command, read a file or the environment.
const AWK_READERS = /\b(?:system|getline|ENVIRON|PROCINFO)\b/;

/** awk 'PROGRAM': one program that neither runs commands nor reads files (`print | "cmd"` pipes to a command). */
const awk = (program: string): Rule => (args) => {
  const r = operands(args, AWK_FLAGS, program);
  if ('problem' in r) return r.problem;
  const [text, ...files] = r.operands;
  if (text === undefined) return `\`${program}\` without a program`;
  if (files.length) return `\`${program} … ${files[0]}\`: an operand names a file the node holds`;
  const reader = AWK_READERS.exec(text) ?? /\|(?!\|)/.exec(text.replace(/\|\|/g, ''));
  return reader ? `the ${program} program uses \`${reader[0]}\`, which runs a command or reads beyond its input` : undefined;
};

const SED_FLAGS: FlagSet = { alone: set('-n', '-E', '-r', '--quiet', '--silent', '--regexp-extended'), valued: set('-e', '--expression') };

/**
 * One sed command of the forms that only edit the stream: `s/a/b/FLAGS`
 * (flags g, p, i, I, digits), `p`, `d`, `q`, each after an optional line
 * number, `$` or `/regex/` address. Returns the rest of the script after it,
 * or undefined when it is some other command (r, w, e and W read, write or run).
 */
function sedCommand(script: string): string | undefined {
  let s = script.replace(/^[\s;]+/, '');
  const address = /^(?:[0-9]+|\$|\/(?:[^/\\]|\\.)*\/)/.exec(s);
  if (address) s = s.slice(address[0].length).trimStart();
  if (/^[pdq]/.test(s)) return s.slice(1);
  if (!s.startsWith('s') || s.length < 2) return undefined;
  const delimiter = s[1]!;
  if (/[\s\\\n]/.test(delimiter)) return undefined;
  let i = 2;
  for (let parts = 0; parts < 2; parts++) {
    while (i < s.length && s[i] !== delimiter) i += s[i] === '\\' ? 2 : 1;
    if (i >= s.length) return undefined;
    i++;
  }
  const flags = /^[gpiI0-9]*/.exec(s.slice(i))![0];
  const rest = s.slice(i + flags.length);
  return /^\s*(?:;|$)/.test(rest) ? rest : undefined;
}

function sedScriptOnlyEdits(script: string): boolean {
  let rest: string | undefined = script;
  for (let guard = 0; rest !== undefined && rest.replace(/[\s;]+/g, '') !== '' && guard < 100; guard++) rest = sedCommand(rest);
  return rest !== undefined;
}

/** sed SCRIPT or sed -e SCRIPT…: scripts that only substitute, print, delete or quit, and no file. */
const sed = (program: string): Rule => (args) => {
  const r = operands(args, SED_FLAGS, program);
  if ('problem' in r) return r.problem;
  const given = [...(r.values.get('-e') ?? []), ...(r.values.get('--expression') ?? [])];
  const scripts = given.length ? given : r.operands.slice(0, 1);
  const files = given.length ? r.operands : r.operands.slice(1);
  if (scripts.length === 0) return `\`${program}\` without a script`;
  if (files.length) return `\`${program} … ${files[0]}\`: an operand names a file the node holds`;
  const other = scripts.find((s) => !sedScriptOnlyEdits(s));
  return other !== undefined ? `the ${program} script \`${other}\` does more than substitute, print, delete or quit (r, w and e read, write or run)` : undefined;
};

/** tr SET1 [SET2]: tr reads only its standard input, whatever its operands. */
const tr = (program: string): Rule => (args) => {
  const r = operands(args, { alone: set('-d', '-s', '-c', '-C', '--delete', '--squeeze-repeats', '--complement'), valued: set() }, program);
  if ('problem' in r) return r.problem;
  return r.operands.length >= 1 && r.operands.length <= 2 ? undefined : `\`${program}\` takes one or two sets`;
};

const FILTERS = new Map<string, Rule>([
  ['grep', grep('grep')],
  ['egrep', grep('egrep')],
  ['fgrep', grep('fgrep')],
  ['awk', awk('awk')],
  ['mawk', awk('mawk')],
  ['gawk', awk('gawk')],
  ['sed', sed('sed')],
  ['tr', tr('tr')],
  ['cut', noOperands({ alone: set('-s', '--complement', '--only-delimited'), valued: set('-d', '-f', '-c', '-b', '--delimiter', '--fields', '--characters', '--bytes') })('cut')],
  ['head', noOperands({ alone: set('-NUM'), valued: set('-n', '-c', '--lines', '--bytes') })('head')],
  ['tail', noOperands({ alone: set('-NUM'), valued: set('-n', '-c', '--lines', '--bytes') })('tail')],
  ['sort', noOperands({ alone: set('-n', '-r', '-u', '-V', '-b', '-f', '--numeric-sort', '--reverse', '--unique', '--version-sort'), valued: set('-t', '-k', '--field-separator', '--key') })('sort')],
  ['uniq', noOperands({ alone: set('-c', '-u', '-d', '-i'), valued: set() })('uniq')],
  ['wc', noOperands({ alone: set('-l', '-c', '-w', '-m', '--lines', '--bytes', '--words', '--chars'), valued: set() })('wc')],
]);
