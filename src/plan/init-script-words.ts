/**
 * Shell words of an init script's line as sh would make them: quotes removed,
 * `$VAR`, `${VAR}`, `${VAR:-word}` (and `-`, `:=`, `=`) and the positional
 * parameters of the function being run (`$1`…`$9`, `$*`, `$@`, `$#`)
 * expanded, unquoted values split into words. The positional parameters are
 * the caller's words when the line sits in a function the script calls
 * (isc-dhcp-server's start_daemon takes its daemon's options as `$1`…`$*`),
 * the script's own arguments (`start`) otherwise.
 */

export type Variables = ReadonlyMap<string, string>;

/** A parameter's value, or what `${NAME:-word}` falls back to; `unset` collects the names nothing set and no default covered. */
function parameter(body: string, vars: Variables, positional: readonly string[], unset: Set<string>): string {
  const m = /^([A-Za-z_]\w*|[1-9*@#])(?:(:?)([-=])(.*))?$/s.exec(body);
  if (!m) return '';
  const [, name, colon, op, word] = m;
  const value = positionalValue(name!, positional) ?? vars.get(name!);
  const missing = value === undefined || (colon === ':' && value === '');
  if (op && missing) return expandWords(word!, vars, unset, positional).join(' ');
  if (value === undefined) unset.add(name!);
  return value ?? '';
}

function positionalValue(name: string, positional: readonly string[]): string | undefined {
  if (name === '*' || name === '@') return positional.join(' ');
  if (name === '#') return String(positional.length);
  if (/^[1-9]$/.test(name)) return positional[Number(name) - 1] ?? '';
  return undefined;
}

/** The `$…` reference at the start of `text`: its length and the parameter body inside it. */
function reference(text: string): { length: number; body: string } | undefined {
  const braced = /^\$\{([^}]*)\}/.exec(text);
  if (braced) return { length: braced[0].length, body: braced[1]! };
  const bare = /^\$([A-Za-z_]\w*|[1-9*@#])/.exec(text);
  return bare ? { length: bare[0].length, body: bare[1]! } : undefined;
}

export function expandWords(line: string, vars: Variables, unset: Set<string>, positional: readonly string[] = []): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  const end = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
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
      const ref = reference(line.slice(i));
      if (!ref) {
        word += c;
        inWord = true;
        continue;
      }
      i += ref.length - 1;
      if (quote && ref.body === '@') {
        // "$@": each argument its own word, as sh keeps them.
        positional.forEach((p, k) => {
          if (k > 0) end();
          word += p;
          inWord = true;
        });
        continue;
      }
      const v = parameter(ref.body, vars, positional, unset);
      if (quote) {
        word += v;
        inWord = true;
      } else {
        // Unquoted: the value splits into words, joined to what touches it.
        v.split(/\s+/).forEach((p, k) => {
          if (k > 0 && (inWord || word)) end();
          if (p) {
            word += p;
            inWord = true;
          }
        });
      }
    } else if (/\s/.test(c) && !quote) {
      end();
    } else {
      word += c;
      inWord = true;
    }
  }
  end();
  return words;
}

/** The line's words before expansion (quotes kept), so each can be expanded and traced on its own. */
export function rawWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && quote !== "'" && i + 1 < line.length) {
      word += c + line[++i];
    } else if (quote) {
      if (c === quote) quote = undefined;
      word += c;
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
      word += c;
    } else if (/\s/.test(c)) {
      if (word) words.push(word);
      word = '';
    } else word += c;
  }
  if (word) words.push(word);
  return words;
}

/** The parameters a text refers to: variable names, and `1`…`9`, `*`, `@` for the positional ones. */
export function referencedParameters(text: string): string[] {
  return [...text.matchAll(/\$\{?([A-Za-z_]\w*|[1-9*@#])/g)].map((m) => m[1]!);
}
