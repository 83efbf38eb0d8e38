/**
 * The one reader of systemd unit files, for the command a service unit runs.
 * The plan reads the units a cookbook ships (systemd_unit, or a file under
 * /etc/systemd/system); the engine reads the package's unit inside a built
 * image. Both go through here, so both give the same answer for one unit.
 *
 * Follows systemd.syntax(7) and systemd.service(5) for what package and
 * cookbook units use:
 * - `[Section]` headers; `Key=Value` with whitespace around both trimmed;
 * - lines starting with `#` or `;` are comments;
 * - a line ending in `\` continues on the next line (the backslash becomes a
 *   space), and comment lines inside a continued line are skipped;
 * - a later assignment replaces an earlier one, and an empty assignment
 *   (`ExecStart=`) resets it: nothing earlier counts;
 * - ExecStart's prefixes `-@:+!` (and `!!`); `@` makes the second word argv[0],
 *   which an exec-form container command cannot set, so it is dropped;
 * - words split on whitespace, single and double quotes group (anywhere in a
 *   word), C-style escapes (`\n`, `\x41`, `\101`, `\u00e9`, `\s`, …) inside
 *   and outside quotes, `%%` is `%` and `$$` is `$`; a `$VARIABLE` or another
 *   `%` specifier is filled in by systemd at run time, so it gives no command;
 * - Type=forking and Type=oneshot return once started: as a container's
 *   command the container would exit, so they give no command.
 *
 * Imports nothing: plan and engine may both depend on it.
 */

/** One `Key=Value` assignment, in file order. */
export interface UnitAssignment {
  readonly section: string;
  readonly key: string;
  readonly value: string;
  /** 1-based line the assignment starts on. */
  readonly line: number;
}

/** Every assignment of a unit file, in order (comments, blank lines and malformed lines left out). */
export function readUnitFile(text: string): UnitAssignment[] {
  const out: UnitAssignment[] = [];
  let section = '';
  let acc: string | undefined;
  let start = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const trimmed = line.trim();
    // A comment inside a continued line is skipped; the continuation goes on after it.
    if (/^[#;]/.test(trimmed)) continue;
    if (acc === undefined) {
      if (trimmed === '') continue;
      start = i + 1;
      acc = '';
    }
    if (line.endsWith('\\')) {
      acc += `${line.slice(0, -1)} `;
      if (i < lines.length - 1) continue;
    } else {
      acc += line;
    }
    const logical = acc.trim();
    acc = undefined;
    const header = /^\[([^\]]+)\]$/.exec(logical);
    if (header) {
      section = header[1]!;
      continue;
    }
    const kv = /^([A-Za-z0-9_.-]+)\s*=(.*)$/s.exec(logical);
    if (kv) out.push({ section, key: kv[1]!, value: kv[2]!.trim(), line: start });
  }
  return out;
}

/**
 * The value a key ends with in a section: the last assignment, or undefined
 * when there is none or the last that counts was an empty reset.
 */
export function lastValue(assignments: readonly UnitAssignment[], section: string, key: string): string | undefined {
  let value: string | undefined;
  for (const a of assignments) if (a.section === section && a.key === key) value = a.value === '' ? undefined : a.value;
  return value;
}

const C_ESCAPES: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', s: ' ', '\\': '\\', '"': '"', "'": "'" };

/** One C-style escape at `text[i]` (the character after the backslash): the character and how many were read. */
function cEscape(text: string, i: number): { char: string; length: number } {
  const c = text[i]!;
  if (c in C_ESCAPES) return { char: C_ESCAPES[c]!, length: 1 };
  const hex = (n: number) => (new RegExp(`^[0-9a-fA-F]{${n}}`).exec(text.slice(i + 1)) ?? [])[0];
  if (c === 'x' && hex(2)) return { char: String.fromCharCode(parseInt(hex(2)!, 16)), length: 3 };
  if (c === 'u' && hex(4)) return { char: String.fromCharCode(parseInt(hex(4)!, 16)), length: 5 };
  if (c === 'U' && hex(8)) {
    const cp = parseInt(hex(8)!, 16);
    return { char: cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd', length: 9 };
  }
  const octal = /^[0-7]{3}/.exec(text.slice(i))?.[0];
  if (octal) return { char: String.fromCharCode(parseInt(octal, 8) & 0xff), length: 3 };
  // Not an escape systemd knows: the character itself.
  return { char: c, length: 1 };
}

/** systemd's word splitting of a command line: whitespace separates, quotes group, C escapes inside and outside quotes. */
export function splitCommandLine(command: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: '"' | "'" | undefined;
  let inWord = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (c === '\\' && i + 1 < command.length) {
      const e = cEscape(command, i + 1);
      word += e.char;
      i += e.length;
      inWord = true;
    } else if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (/\s/.test(c)) {
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

export type ServiceCommand =
  | { readonly ok: true; readonly argv: readonly string[]; readonly user?: string }
  | { readonly ok: false; readonly reason: string };

/** The command of a service unit's `[Service]` section as an exec-form argv, or why there is none usable. */
export function serviceCommand(assignments: readonly UnitAssignment[]): ServiceCommand {
  const value = lastValue(assignments, 'Service', 'ExecStart');
  if (value === undefined) return { ok: false, reason: 'the unit has no ExecStart in [Service]' };
  const prefix = /^[-@:+!]*/.exec(value)![0];
  const command = value.slice(prefix.length).trim();
  const words = splitCommandLine(command);
  // `@`: the second word is argv[0] only; a container's exec form always uses the path as argv[0].
  const argv = prefix.includes('@') ? [words[0]!, ...words.slice(2)].filter((w) => w !== undefined) : words;
  if (argv.length === 0) return { ok: false, reason: 'ExecStart is empty' };
  const type = lastValue(assignments, 'Service', 'Type') ?? 'simple';
  // forking/oneshot services return once started: as a container's command the container would exit.
  if (type === 'forking' || type === 'oneshot') {
    return { ok: false, reason: `the service is Type=${type}: its ExecStart (${command}) does not stay in the foreground` };
  }
  if (argv.includes(';')) return { ok: false, reason: `ExecStart holds several commands: ${command}` };
  // `:` turns off variable expansion: then `$X` is literal. `$$` is a literal `$` where it expands.
  const expands = !prefix.includes(':');
  const variable = expands ? argv.find((a) => /\$\{?[A-Za-z_]/.test(a.replace(/\$\$/g, ''))) : undefined;
  if (variable !== undefined) {
    return { ok: false, reason: `ExecStart uses ${variable}, set by the unit's environment at run time: ${command}` };
  }
  const specifier = argv.map((a) => /%[^%]/.exec(a.replace(/%%/g, ''))?.[0]).find((s) => s !== undefined);
  if (specifier !== undefined) {
    return { ok: false, reason: `ExecStart uses the specifier ${specifier}, which systemd fills in when it runs the unit: ${command}` };
  }
  const user = lastValue(assignments, 'Service', 'User');
  const literal = (a: string) => (expands ? a.replace(/\$\$/g, '$') : a).replace(/%%/g, '%');
  return { ok: true, argv: argv.map(literal), ...(user !== undefined ? { user } : {}) };
}
