/**
 * report.html is printed through this module alone: every value that goes
 * into the page passes `escapeHtml` here, and markup is only what the `html`
 * tag's literal parts say. The one other producer of markup is highlight.js,
 * which escapes the code it is given (src/emit/report/html/highlight.ts).
 */

/** Markup that is already safe to print: made only by the `html` tag, `join` or `trusted`. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** What the tag prints: text is escaped, Html kept, lists joined, `false`/`undefined`/`null` print nothing. */
export type HtmlValue = string | number | Html | readonly HtmlValue[] | false | undefined | null;

function print(value: HtmlValue): string {
  if (value === false || value === undefined || value === null) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(print).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += print(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

export function join(parts: readonly HtmlValue[], separator = ''): Html {
  return new Html(parts.map(print).join(separator));
}

/** Markup from highlight.js (which escapes what it highlights) and decant's own inline style and script; nothing else may call this. */
export function trusted(markup: string): Html {
  return new Html(markup);
}
