/**
 * Ruby's `File.fnmatch(pattern, path, flags)`: a shell glob matched against a
 * string, no file system involved (cookbooks filter lists of config names
 * with it). Translated to a JavaScript RegExp with Ruby's rules: a wildcard
 * does not match a leading period unless FNM_DOTMATCH; under FNM_PATHNAME
 * wildcards stop at `/` and `**` then `/` matches any number of directories; `\`
 * escapes unless FNM_NOESCAPE; `{a,b}` only under FNM_EXTGLOB.
 */

export const FNM_NOESCAPE = 1;
export const FNM_PATHNAME = 2;
export const FNM_DOTMATCH = 4;
export const FNM_CASEFOLD = 8;
export const FNM_EXTGLOB = 16;

const escapeChar = (ch: string): string => ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** The RegExp source of one glob (no braces: they are expanded first). */
function globSource(pattern: string, flags: number): string {
  const pathname = (flags & FNM_PATHNAME) !== 0;
  const dotmatch = (flags & FNM_DOTMATCH) !== 0;
  const noescape = (flags & FNM_NOESCAPE) !== 0;
  const any = pathname ? '[^/]' : '[\\s\\S]';
  let out = '';
  let i = 0;
  // Where a leading period may not be matched by a wildcard: the start, and after `/` under FNM_PATHNAME.
  const segmentStart = (at: number): boolean => at === 0 || (pathname && pattern[at - 1] === '/');
  const noDot = (at: number): string => (!dotmatch && segmentStart(at) ? '(?!\\.)' : '');
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pathname && pattern.startsWith('**/', i) && segmentStart(i)) {
        out += dotmatch ? '(?:[^/]*/)*' : '(?:(?!\\.)[^/]*/)*';
        i += 3;
        continue;
      }
      const at = i;
      while (pattern[i] === '*') i++;
      out += `${noDot(at)}${any}*`;
      continue;
    }
    if (ch === '?') {
      out += `${noDot(i)}${any}`;
      i++;
      continue;
    }
    if (ch === '[') {
      const bracket = bracketSource(pattern, i, noescape, pathname);
      // Ruby's fnmatch matches nothing against a pattern whose bracket is never closed.
      if (!bracket) return '(?!)';
      out += noDot(i) + bracket.source;
      i = bracket.end;
      continue;
    }
    if (ch === '\\' && !noescape && i + 1 < pattern.length) {
      out += escapeChar(pattern[i + 1]!);
      i += 2;
      continue;
    }
    out += escapeChar(ch);
    i++;
  }
  return out;
}

/** `[...]` at `start`: its RegExp class and where it ends, or undefined when it is never closed. */
function bracketSource(pattern: string, start: number, noescape: boolean, pathname: boolean): { source: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  while (i < pattern.length && pattern[i] !== ']') {
    let ch = pattern[i]!;
    if (ch === '\\' && !noescape && i + 1 < pattern.length) ch = pattern[++i]!;
    body += ch === '-' && body !== '' && pattern[i + 1] !== ']' ? '-' : escapeChar(ch);
    i++;
  }
  if (i >= pattern.length) return undefined;
  const slash = pathname ? '/' : '';
  const source = negate ? `[^${body}${slash ? '\\/' : ''}]` : pathname ? `(?!/)[${body}]` : `[${body}]`;
  return { source, end: i + 1 };
}

/** `{a,b}c` → [`ac`, `bc`], nested braces included; a brace without its pair stays literal. */
export function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const alternatives = splitTopLevel(pattern.slice(open + 1, i));
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        return alternatives.flatMap((alt) => expandBraces(head + alt + tail));
      }
    }
  }
  return [pattern];
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

export function fnmatch(pattern: string, path: string, flags: number): boolean {
  const globs = (flags & FNM_EXTGLOB) !== 0 ? expandBraces(pattern) : [pattern];
  const regexFlags = (flags & FNM_CASEFOLD) !== 0 ? 'i' : '';
  return globs.some((g) => new RegExp(`^(?:${globSource(g, flags)})$`, regexFlags).test(path));
}
