/**
 * A code block whose lines links can point at (`ID-L12`), and the list of
 * its mapped spans: each span links its lines to the cookbook lines it came
 * from. The list is the mapping itself, readable without a script; the
 * page's script reads the same attributes to highlight both sides.
 */
import type { CodeSpan, SourceRef } from './code-map.js';
import { html, join, type Html } from './html.js';
import type { SourceIndex } from './source-index.js';

/** Lines of a code block, each its own element with a number that links to it; `marks` adds classes to some. */
export function codeBlock(id: string, lines: readonly Html[], marks: ReadonlyMap<number, string> = new Map(), first = 1): Html {
  const rows = lines.map((code, i) => {
    const n = first + i;
    const mark = marks.get(n);
    return html`<span class="line${mark ? ` ${mark}` : ''}" id="${id}-L${n}"><a class="ln" href="#${id}-L${n}">${n}</a>${code}</span>`;
  });
  return html`<pre class="code"><code>${join(rows)}</code></pre>`;
}

/** `s3:12`, or `s3:1-40` for a whole file: the cookbook lines as the script finds them (`s3-L12`). */
export const refKey = (sourceId: string, first: number, last = first) => (last > first ? `${sourceId}:${first}-${last}` : `${sourceId}:${first}`);

/** A link to the cookbook line, or its name alone when the page does not hold the file. */
export function refLink(app: string, ref: SourceRef, sources: SourceIndex): Html {
  const file = sources.find(app, ref.file);
  const text = `${ref.label ? `${ref.label} ` : ''}${ref.file}:${ref.line}`;
  return file ? html`<a class="ref" href="#${file.id}-L${ref.line}">${text}</a>` : html`<span class="ref missing" title="not a cookbook file this page holds">${text}</span>`;
}

/** Where each span came from, as a list (`ID-m3`), with the cookbook lines it points at in `data-refs`. */
export function spanList(app: string, id: string, what: string, spans: readonly CodeSpan[], sources: SourceIndex): Html {
  if (spans.length === 0) return html``;
  const items = spans.map((s, i) => {
    const keys = s.refs.flatMap((r) => {
      const file = sources.find(app, r.file);
      if (!file) return [];
      return [r.whole && file.lines ? refKey(file.id, 1, file.lines.length) : refKey(file.id, r.line)];
    });
    const lines = s.first === s.last ? `line ${s.first}` : `lines ${s.first}–${s.last}`;
    const from = s.refs.length ? join(s.refs.map((r) => refLink(app, r, sources)), ', ') : html`<span class="none">decant's own</span>`;
    return html`<li id="${id}-m${i + 1}" data-block="${id}" data-first="${s.first}" data-last="${s.last}" data-refs="${keys.join(' ')}"><a class="span" href="#${id}-L${s.first}">${lines} ${s.label}</a> ← ${from}</li>`;
  });
  return html`<details class="spans"><summary>Where each ${what} came from</summary><ol>${items}</ol></details>`;
}

/** Classes for the lines of a block that belong to a mapped span, so they look selectable. */
export function spanMarks(spans: readonly CodeSpan[]): Map<number, string> {
  const marks = new Map<number, string>();
  spans.forEach((s) => {
    for (let n = s.first; n <= s.last; n++) marks.set(n, 'mapped');
  });
  return marks;
}
