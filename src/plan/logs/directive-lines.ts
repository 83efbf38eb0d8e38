/**
 * Setting one directive in a config file's text, line by line, as a daemon
 * reads it (src/plan/logs/request-directives.ts): `key=value` files (nrpe.cfg)
 * and ini files whose directives belong to `[name]` sections (php-fpm pools).
 * Pure: text in, text and the lines changed out.
 */
import type { DirectiveSyntax } from '../catalog/load-request-directives.js';

export interface DirectiveWish {
  readonly key: string;
  readonly value: string;
  readonly syntax: DirectiveSyntax;
  /** Values that leave the daemon quiet: replaced. */
  readonly quiet: readonly string[];
  /** Absent: the whole file is one scope; else each `[name]` section but these. */
  readonly sections?: { readonly except: readonly string[] };
}

/** One line changed: 1-based in the text written; `before` is empty for a line added. */
export interface LineEdit {
  readonly line: number;
  readonly before: string;
  readonly after: string;
}

export interface DirectiveResult {
  readonly text: string;
  readonly edits: readonly LineEdit[];
  /** Scopes where the directive already has the wished value: the daemon logs as wished. */
  readonly held: number;
  /** Lines (1-based) where the file sets the key to a value of its own: left as they are. */
  readonly chosen: readonly number[];
}

interface Scope {
  /** 0-based index of the first line of the scope's body, and one past its last. */
  readonly from: number;
  readonly to: number;
}

const SECTION = /^\s*\[([^\]]+)\]\s*$/;
const isComment = (l: string) => /^\s*([#;]|$)/.test(l);

function scopesOf(lines: readonly string[], sections: DirectiveWish['sections']): Scope[] {
  if (!sections) return [{ from: 0, to: lines.length }];
  const heads = lines.flatMap((l, i) => {
    const m = SECTION.exec(l);
    return m ? [{ name: m[1]!.trim(), at: i }] : [];
  });
  return heads.flatMap((h, k) => (sections.except.includes(h.name) ? [] : [{ from: h.at + 1, to: heads[k + 1]?.at ?? lines.length }]));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unquoted = (v: string) => v.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');
/** The directive's line as the file's syntax writes it. */
export const directiveLine = (w: Pick<DirectiveWish, 'key' | 'value' | 'syntax'>, indent = '') => (w.syntax === 'key=value' ? `${indent}${w.key}=${w.value}` : `${indent}${w.key} = ${w.value}`);

/** Sets the directive in every scope of the text where the file leaves the daemon quiet. */
export function setDirective(text: string, wish: DirectiveWish): DirectiveResult {
  const endsWithNewline = text.endsWith('\n');
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
  const assignment = new RegExp(`^(\\s*)${escapeRegExp(wish.key)}\\s*=\\s*(.*?)\\s*$`);
  const replaced = new Map<number, string>();
  const addedAfter = new Map<number, string>();
  const chosen: number[] = [];
  let held = 0;
  for (const scope of scopesOf(lines, wish.sections)) {
    let last: { at: number; indent: string; value: string } | undefined;
    let lastContent = scope.from - 1;
    for (let i = scope.from; i < scope.to; i++) {
      const l = lines[i]!;
      if (!isComment(l)) lastContent = i;
      const m = assignment.exec(l);
      // The daemons read the last assignment of a key in a scope.
      if (m && !isComment(l)) last = { at: i, indent: m[1]!, value: unquoted(m[2]!) };
    }
    if (last && last.value === wish.value) held++;
    else if (last && !wish.quiet.includes(last.value)) chosen.push(last.at + 1);
    else if (last) replaced.set(last.at, directiveLine(wish, last.indent));
    else addedAfter.set(Math.max(lastContent, scope.from - 1), directiveLine(wish));
  }
  const out: string[] = [];
  const edits: LineEdit[] = [];
  // A directive added to a file with no line at all goes first.
  if (addedAfter.has(-1)) {
    out.push(addedAfter.get(-1)!);
    edits.push({ line: 1, before: '', after: addedAfter.get(-1)! });
  }
  lines.forEach((l, i) => {
    const now = replaced.get(i);
    out.push(now ?? l);
    if (now !== undefined) edits.push({ line: out.length, before: l, after: now });
    const added = addedAfter.get(i);
    if (added !== undefined) {
      out.push(added);
      edits.push({ line: out.length, before: '', after: added });
    }
  });
  return { text: `${out.join('\n')}${endsWithNewline || edits.some((e) => e.line === out.length) ? '\n' : ''}`, edits, held, chosen };
}
