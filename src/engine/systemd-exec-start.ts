/**
 * The command a systemd service unit runs (`ExecStart=`), as an exec-form
 * argv: what a container's CMD needs when the catalog does not know the
 * service. Follows systemd.service(5) and systemd.syntax(7) for the parts
 * package units use: continuation lines, a later `ExecStart=` overriding an
 * earlier one (an empty one resets), the `-@:+!` prefixes, quoting.
 */

export type ExecStart =
  | { readonly ok: true; readonly argv: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** Joins backslash-continued lines and drops comments, keeping `[Section]` headers. */
function logicalLines(text: string): string[] {
  const out: string[] = [];
  let acc = '';
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (acc === '' && /^\s*[#;]/.test(line)) continue;
    if (/\\$/.test(line)) {
      acc += line.slice(0, -1) + ' ';
      continue;
    }
    out.push((acc + line).trim());
    acc = '';
  }
  if (acc) out.push(acc.trim());
  return out;
}

/** systemd's word splitting: whitespace separates, single and double quotes group, backslash escapes. */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: '"' | "'" | undefined;
  let inWord = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < command.length) word += command[++i];
      else word += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < command.length) {
      word += command[++i];
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

export function execStartOf(unitText: string): ExecStart {
  let section = '';
  let value: string | undefined;
  let type = 'simple';
  for (const line of logicalLines(unitText)) {
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = header[1]!;
      continue;
    }
    if (section !== 'Service') continue;
    const kv = /^([A-Za-z]+)\s*=\s*(.*)$/.exec(line);
    if (!kv) continue;
    if (kv[1] === 'ExecStart') value = kv[2] === '' ? undefined : kv[2];
    if (kv[1] === 'Type') type = kv[2]!.trim();
  }
  if (value === undefined) return { ok: false, reason: 'the unit has no ExecStart in [Service]' };
  const command = value.replace(/^[-@:+!]+/, '');
  const argv = splitCommand(command);
  if (argv.length === 0) return { ok: false, reason: 'ExecStart is empty' };
  // forking/oneshot services return once started: as a container's command the container would exit.
  if (type === 'forking' || type === 'oneshot') {
    return { ok: false, reason: `the service is Type=${type}: its ExecStart (${command}) does not stay in the foreground` };
  }
  const variable = argv.find((a) => /\$\{?[A-Za-z_]/.test(a));
  if (variable !== undefined) {
    return { ok: false, reason: `ExecStart uses ${variable}, set by the unit's environment at run time: ${command}` };
  }
  return { ok: true, argv };
}
