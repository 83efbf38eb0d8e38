/** The lists of an app: what needs review, every resource with its class and reason, every diagnostic with its code frame. */
import type { Diagnostic } from '../../../model/diagnostic.js';
import type { App } from '../../../model/plan.js';
import { compareDiagnostics } from '../../../diagnostics/format.js';
import { reviewItems, type ReviewItem } from '../review-items.js';
import { sourceFile } from '../source-file.js';
import type { CodeSpan } from './code-map.js';
import { html, join, type Html } from './html.js';
import { refLink } from './render-code.js';
import type { SourceIndex } from './source-index.js';

/** A Dockerfile span of a unit, as the resources table links to it. */
export interface OutputSpan {
  readonly unit: string;
  readonly blockId: string;
  readonly span: CodeSpan;
}

/** `cookbook/file:12` split into the file and its line. */
function splitAt(at: string): { file: string; line: number } | undefined {
  const m = /^(.*):(\d+)$/.exec(at);
  return m ? { file: m[1]!, line: Number(m[2]) } : undefined;
}

const reviewSeverity = (kind: ReviewItem['kind']) => (kind === 'error' ? 'error' : kind === 'assumption' ? 'warning' : undefined);

export function renderReview(app: App, sources: SourceIndex, includeSecrets: boolean): Html[] {
  return reviewItems(app, { includeSecrets }).map((r) => {
    const at = r.at !== undefined ? splitAt(r.at) : undefined;
    const where = at ? refLink(app.name, { label: '', file: at.file, line: at.line }, sources) : r.at !== undefined ? html`<span class="ref">${r.at}</span>` : false;
    const severity = reviewSeverity(r.kind);
    return html`<li class="review f kind-${r.kind.replace(' ', '-')}" data-app="${app.name}" data-unit="${r.unit !== undefined ? `${app.name}/${r.unit}` : ''}"${severity ? html` data-severity="${severity}"` : ''}><span class="badge">${r.kind}</span> <span class="app-name">${app.name}</span>${r.unit !== undefined ? html` · unit <a href="#u-${app.name}.${r.unit}">${r.unit}</a>` : ''} ${where} <div class="what">${r.what}</div>${r.todo ? html`<div class="todo">${r.todo}</div>` : ''}</li>`;
  });
}

export function renderResources(app: App, sources: SourceIndex, outputs: readonly OutputSpan[]): Html {
  const rows = app.decisions.map((d) => {
    const file = sourceFile(d.source);
    const produced = outputs.filter((o) => o.span.refs.some((r) => r.file === file && r.line === d.source.line && r.label === `${d.type}[${d.name}]`));
    const links = join(
      produced.map((o) => html`<a class="out" href="#${o.blockId}-L${o.span.first}">${o.unit} Dockerfile:${o.span.first}</a>`),
      ' ',
    );
    return html`<tr class="f" data-app="${app.name}" data-unit="${d.unit !== undefined ? `${app.name}/${d.unit}` : ''}" data-class="${d.class}"><td><code>${d.type}[${d.name}]</code></td><td><span class="cls cls-${d.class}">${d.class}</span></td><td>${d.unit ?? '—'}</td><td>${refLink(app.name, { label: '', file, line: d.source.line }, sources)}</td><td>${links}</td><td>${d.reason}</td></tr>`;
  });
  return html`<table class="resources"><thead><tr><th>resource</th><th>class</th><th>unit</th><th>source</th><th>in the image</th><th>reason</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The lines around a diagnostic, highlighted as in its file, the one it names marked. */
function frame(app: App, d: Diagnostic, sources: SourceIndex): Html | false {
  const loc = d.location;
  const file = loc ? sources.find(app.name, sourceFile(loc)) : undefined;
  if (!loc || !file?.lines) return false;
  const first = Math.max(1, loc.line - 1);
  const last = Math.min(file.lines.length, loc.line + 1);
  const rows: Html[] = [];
  for (let n = first; n <= last; n++) rows.push(html`<span class="line${n === loc.line ? ' hit' : ''}"><span class="ln">${n}</span>${file.lines[n - 1]!}</span>`);
  return html`<pre class="code frame"><code>${join(rows)}</code></pre>`;
}

export function renderDiagnostics(app: App, sources: SourceIndex): Html {
  const items = [...app.diagnostics].sort(compareDiagnostics).map((d) => {
    const loc = d.location;
    return html`<li class="diag f sev-${d.severity}" data-app="${app.name}" data-severity="${d.severity}"><span class="badge">${d.severity}</span> <code>${d.code}</code> ${loc ? refLink(app.name, { label: '', file: sourceFile(loc), line: loc.line }, sources) : ''}<div class="what">${d.message}</div>${frame(app, d, sources)}${d.hint ? html`<div class="todo">hint: ${d.hint}</div>` : ''}</li>`;
  });
  return items.length ? html`<ul class="diagnostics">${items}</ul>` : html`<p class="none">No diagnostics.</p>`;
}
