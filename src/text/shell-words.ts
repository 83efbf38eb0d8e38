/**
 * Just enough of sh(1) to read a service's start script when it is a simple
 * command: words split on blanks, quotes removed, backslash escapes, and
 * `$VAR`/`${VAR}` replaced from variables the script itself set. Anything the
 * shell would compute at run time (command substitution, an unset variable,
 * `${VAR:-x}`, a glob, a pipe) is refused with the reason — never guessed.
 *
 * Imports nothing: plan and engine may both depend on it.
 */

export type ShellWords = { readonly ok: true; readonly words: readonly string[] } | { readonly ok: false; readonly reason: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** `$NAME` or `${NAME}` at text[i] (text[i] is `$`): the name and how many characters it took, or why it is not plain. */
function variableAt(text: string, i: number): { name: string; length: number } | { reason: string } {
  const rest = text.slice(i + 1);
  if (rest.startsWith('{')) {
    const m = /^\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(rest);
    return m ? { name: m[1]!, length: m[0].length + 1 } : { reason: `\${${rest.slice(1).split('}')[0]}} is computed by the shell at run time` };
  }
  const m = NAME.exec(rest);
  if (m) return { name: m[0], length: m[0].length + 1 };
  return { reason: `$${rest[0] ?? ''} is set by the shell at run time` };
}

/** Splits one simple command into words, expanding variables from `vars` (the script's own plain assignments). */
export function shellWords(text: string, vars: ReadonlyMap<string, string> = new Map()): ShellWords {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
      continue;
    }
    if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) break;
      // Inside double quotes a backslash escapes only $ ` " \ and newline.
      if (quote === '"' && !'$`"\\\n'.includes(next)) word += c;
      if (next !== '\n') word += next;
      i++;
      inWord = true;
      continue;
    }
    if (c === '`') return { ok: false, reason: 'a command substitution (`…`) is computed by the shell at run time' };
    if (c === '$') {
      if (text[i + 1] === '(') return { ok: false, reason: 'a command substitution ($(…)) is computed by the shell at run time' };
      const v = variableAt(text, i);
      if ('reason' in v) return { ok: false, reason: v.reason };
      const value = vars.get(v.name);
      if (value === undefined) return { ok: false, reason: `$${v.name} is not set by the script: its value comes from the environment at run time` };
      if (quote === '"') word += value;
      else {
        // Unquoted: the value is split into words as the shell's field splitting does.
        const parts = value.split(/\s+/);
        for (let k = 0; k < parts.length; k++) {
          if (k > 0 && (inWord || word !== '')) {
            words.push(word);
            word = '';
            inWord = false;
          }
          if (parts[k] !== '') {
            word += parts[k];
            inWord = true;
          }
        }
      }
      i += v.length - 1;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = undefined;
      else word += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (c === '&' && (text[i - 1] === '>' || text[i - 1] === '<')) {
      // `2>&1`, `<&0`: a descriptor duplication, kept in its word for the caller to take out.
      word += c;
      inWord = true;
    } else if ('|;&()'.includes(c)) {
      return { ok: false, reason: `\`${c}\` makes it more than one simple command` };
    } else if ('*?['.includes(c)) {
      return { ok: false, reason: `\`${c}\` is a pattern the shell expands at run time` };
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) return { ok: false, reason: `an unterminated ${quote} quote` };
  if (inWord) words.push(word);
  return { ok: true, words };
}

/** `NAME=value` as one shell word: the assignment, or undefined. */
export function assignmentWord(word: string): { name: string; value: string } | undefined {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
  return m ? { name: m[1]!, value: m[2]! } : undefined;
}

/** A word that only redirects: `2>&1`, `>/dev/null`, `1>&2`, `</dev/null` (the target written in the same word). */
export function isRedirection(word: string): boolean {
  return /^[0-9]*(>>?|<|>&|<&)\S+$/.test(word) || /^[0-9]*>&[0-9-]$/.test(word);
}
