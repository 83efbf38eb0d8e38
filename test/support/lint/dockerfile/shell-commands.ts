/**
 * A simple command of a shell script: the command name and its words, with
 * quotes removed. Enough of POSIX sh to lint RUN lines the way hadolint does
 * (which asks ShellCheck's parser for the same "present commands").
 */
export interface ShellCommand {
  readonly name: string;
  readonly args: readonly string[];
}

export interface ParsedShell {
  readonly commands: readonly ShellCommand[];
  /** A `|` or `|&` pipeline operator occurs outside quotes. */
  readonly hasPipe: boolean;
}

type Token = { kind: 'word'; text: string } | { kind: 'op'; text: string };

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'for', 'case', 'esac', '!', '{', '}', 'in']);

export function parseShell(script: string): ParsedShell {
  const tokens = tokenize(script);
  const commands: ShellCommand[] = [];
  let words: string[] = [];
  let hasPipe = false;
  let skipNextWord = false;
  const flush = (): void => {
    const command = toCommand(words);
    if (command) commands.push(command);
    words = [];
  };
  for (const token of tokens) {
    if (token.kind === 'word') {
      if (skipNextWord) skipNextWord = false;
      else words.push(token.text);
      continue;
    }
    if (token.text === '|' || token.text === '|&') hasPipe = true;
    if (isRedirect(token.text)) {
      // The word after a bare redirection operator is its target file, not an argument.
      skipNextWord = !/&(\d+|-)$/.test(token.text);
      continue;
    }
    flush();
  }
  flush();
  return { commands, hasPipe };
}

function toCommand(words: readonly string[]): ShellCommand | null {
  let start = 0;
  while (start < words.length && (RESERVED.has(words[start] as string) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[start] as string))) {
    start += 1;
  }
  const name = words[start];
  if (name === undefined) return null;
  return { name, args: words.slice(start + 1) };
}

function isRedirect(op: string): boolean {
  return /^\d*(>>?|<<?|>&|<&|&>>?)\d*-?$/.test(op);
}

function tokenize(script: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const endWord = (): void => {
    if (inWord) tokens.push({ kind: 'word', text: word });
    word = '';
    inWord = false;
  };
  while (i < script.length) {
    const c = script[i] as string;
    if (c === ' ' || c === '\t') {
      endWord();
      i += 1;
    } else if (c === '\n' || c === ';' || c === '(' || c === ')') {
      endWord();
      tokens.push({ kind: 'op', text: c === '\n' ? ';' : c });
      i += 1;
    } else if (c === '#' && !inWord) {
      while (i < script.length && script[i] !== '\n') i += 1;
    } else if (c === '\\') {
      if (script[i + 1] === '\n') {
        i += 2;
        continue;
      }
      word += script[i + 1] ?? '';
      inWord = true;
      i += 2;
    } else if (c === "'") {
      const end = script.indexOf("'", i + 1);
      const stop = end === -1 ? script.length : end;
      word += script.slice(i + 1, stop);
      inWord = true;
      i = stop + 1;
    } else if (c === '"') {
      i += 1;
      while (i < script.length && script[i] !== '"') {
        if (script[i] === '\\' && i + 1 < script.length && '"\\$`\n'.includes(script[i + 1] as string)) {
          word += script[i + 1];
          i += 2;
        } else {
          word += script[i];
          i += 1;
        }
      }
      inWord = true;
      i += 1;
    } else if (c === '$' && script[i + 1] === '(') {
      const end = matchingParen(script, i + 1);
      word += script.slice(i, end + 1);
      inWord = true;
      i = end + 1;
    } else if (c === '`') {
      const end = script.indexOf('`', i + 1);
      const stop = end === -1 ? script.length : end;
      word += script.slice(i, stop + 1);
      inWord = true;
      i = stop + 1;
    } else if (c === '&' || c === '|' || c === '>' || c === '<') {
      const op = /^(&&|\|\||\|&|&>>|&>|>>|>&|>|<<-|<<|<&|<|\||&)/.exec(script.slice(i))?.[0] ?? c;
      // A file-descriptor number glued to a redirection (2>&1) belongs to the operator.
      const fd = /^\d+$/.test(word) && (op.startsWith('>') || op.startsWith('<')) ? word : '';
      if (fd) {
        word = '';
        inWord = false;
      } else {
        endWord();
      }
      let text = fd + op;
      i += op.length;
      const target = /^\d+|^-/.exec(script.slice(i));
      if ((op === '>&' || op === '<&') && target) {
        text += target[0];
        i += target[0].length;
      }
      tokens.push({ kind: 'op', text });
    } else {
      word += c;
      inWord = true;
      i += 1;
    }
  }
  endWord();
  return tokens;
}

function matchingParen(script: string, open: number): number {
  let depth = 0;
  for (let i = open; i < script.length; i += 1) {
    if (script[i] === '(') depth += 1;
    else if (script[i] === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return script.length - 1;
}

/** True when the command has the flag, in short clusters (`-qy`) or long form (`--yes`, `--opt=v`). */
export function hasFlag(command: ShellCommand, name: string): boolean {
  return command.args.some((arg) => {
    if (arg === '--') return false;
    if (arg.startsWith('--')) return arg.slice(2).split('=')[0] === name;
    if (name.length === 1 && /^-[A-Za-z]+$/.test(arg)) return arg.includes(name);
    return false;
  });
}

/** Words that are not options nor the values of the named value-taking options. */
export function positionalArgs(command: ShellCommand, optionsWithValue: readonly string[]): string[] {
  const result: string[] = [];
  for (let i = 0; i < command.args.length; i += 1) {
    const arg = command.args[i] as string;
    if (arg.startsWith('-')) {
      const long = arg.startsWith('--') ? arg.slice(2) : null;
      const takesValue = long !== null
        ? !long.includes('=') && optionsWithValue.includes(long)
        : optionsWithValue.includes(arg.slice(-1)) && arg.length === 2;
      if (takesValue) i += 1;
      continue;
    }
    result.push(arg);
  }
  return result;
}
