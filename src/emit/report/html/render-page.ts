/**
 * report.html: one self-contained page per convert (inline style and
 * script, no network). What needs review first, then per app its units —
 * Dockerfile and manifests beside the cookbook lines they came from — its
 * resources and diagnostics; the cookbook files the page points at on the
 * right. Deterministic: no time, ids from names and sorted file order.
 */
import type { App, Plan, ResourceClass } from '../../../model/plan.js';
import { html, join, trusted, type Html } from './html.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';
import { codeBlock } from './render-code.js';
import { renderDiagnostics, renderResources, renderReview, type OutputSpan } from './render-sections.js';
import { dockerfileSpans, renderUnit } from './render-unit.js';
import { sourceIndex, type ReadSource, type SourceIndex } from './source-index.js';
import { blockIds, type UnitArtifacts } from './unit-artifacts.js';

const CLASSES: readonly ResourceClass[] = ['workload', 'image', 'config', 'secret', 'host', 'skipped', 'unsupported'];
const SEVERITIES = ['error', 'warning', 'info'] as const;

export interface ReportHtmlOptions {
  readonly includeSecrets: boolean;
  /** Reads a cookbook file the page shows; without it the page links to no source. */
  readonly readSource?: ReadSource;
  /** Takes secret values out of the cookbook text before it is highlighted. */
  readonly redact: (text: string) => string;
}

function filters(plan: Plan): Html {
  const apps = plan.apps.map((a) => html`<option value="${a.name}">${a.name}</option>`);
  const units = plan.apps.flatMap((a) => a.units.map((u) => html`<option value="${a.name}/${u.name}">${a.name} / ${u.name}</option>`));
  const box = (name: string, value: string) => html`<label><input type="checkbox" name="${name}" value="${value}" checked> ${value}</label>`;
  return html`<form id="filters">
<label>App <select id="f-app"><option value="">all</option>${apps}</select></label>
<label>Unit <select id="f-unit"><option value="">all</option>${units}</select></label>
<fieldset><legend>Class</legend>${CLASSES.map((c) => box('class', c))}</fieldset>
<fieldset><legend>Severity</legend>${SEVERITIES.map((s) => box('severity', s))}</fieldset>
</form>`;
}

function renderApp(app: App, artifacts: readonly UnitArtifacts[], sources: SourceIndex): Html {
  const outputs: OutputSpan[] = [];
  const units = app.units.map((u) => {
    const own = artifacts.find((a) => a.app === app.name && a.unit === u.name);
    if (!own) return html`<p class="bad">Unit ${u.name}: its files were not written.</p>`;
    for (const span of dockerfileSpans(u, own)) outputs.push({ unit: u.name, blockId: blockIds.dockerfile(app.name, u.name), span });
    return renderUnit(app, u, own, sources);
  });
  const counts = CLASSES.map((c) => [c, app.decisions.filter((d) => d.class === c).length] as const).filter(([, n]) => n > 0);
  return html`<section class="app f" id="app-${app.name}" data-app="${app.name}">
<h2>App ${app.name}</h2>
<p>Run list <code>${app.runList.join(', ')}</code> on ${app.platform}; ${app.decisions.length} resources (${counts.map(([c, n]) => `${n} ${c}`).join(', ')}).</p>
${units}
<h3>Resources</h3>
${renderResources(app, sources, outputs)}
<h3>Diagnostics</h3>
${renderDiagnostics(app, sources)}
</section>`;
}

function renderSources(sources: SourceIndex): Html {
  const files = sources.files.map(
    (f) => html`<section class="src" id="${f.id}"><h4>${f.name}</h4>${f.lines ? codeBlock(f.id, f.lines) : html`<p class="none">This file could not be read.</p>`}</section>`,
  );
  return html`<aside id="sources"><h2>Cookbook source</h2><div id="selection">Select an instruction of a Dockerfile or a marked manifest field to see the cookbook lines it came from; select a cookbook line to see what it produced.</div>${files}</aside>`;
}

export function renderReportHtml(plan: Plan, artifacts: readonly UnitArtifacts[], options: ReportHtmlOptions): string {
  const sources = sourceIndex(plan.apps, options.readSource, options.redact);
  const review = plan.apps.flatMap((a) => renderReview(a, sources, options.includeSecrets));
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>decant report: ${plan.apps.map((a) => a.name).join(', ')}</title>
<style>${trusted(PAGE_STYLE)}</style>
</head>
<body>
<header><h1>decant report</h1>${filters(plan)}</header>
<div class="layout">
<main>
<section id="review"><h2>Needs review (${review.length})</h2>${review.length ? html`<ul class="review">${review}</ul>` : html`<p class="none">Nothing needs review.</p>`}</section>
${join(plan.apps.map((a) => renderApp(a, artifacts, sources)))}
</main>
${renderSources(sources)}
</div>
<script>${trusted(PAGE_SCRIPT)}</script>
</body>
</html>
`;
  return page.markup;
}
