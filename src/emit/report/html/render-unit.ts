/** One unit on the page: what it runs, its ports and package lock, its Dockerfile and manifests beside where they came from. */
import type { App, Unit } from '../../../model/plan.js';
import { highlightLines } from './highlight.js';
import { html, type Html } from './html.js';
import { instructionSpans, manifestSpans, templatesByResource, type CodeSpan } from './code-map.js';
import { codeBlock, spanList, spanMarks } from './render-code.js';
import type { SourceIndex } from './source-index.js';
import { blockIds, type UnitArtifacts } from './unit-artifacts.js';

/** The spans of a unit's Dockerfile: computed once, for its block and for the resources table's links to it. */
export function dockerfileSpans(unit: Unit, artifacts: UnitArtifacts): CodeSpan[] {
  return instructionSpans(artifacts.dockerfile, artifacts.imageData, templatesByResource(unit));
}

function facts(unit: Unit): Html {
  const row = (k: string, v: Html | string) => html`<tr><th>${k}</th><td>${v}</td></tr>`;
  return html`<table class="facts">${[
    row('workload', unit.workload),
    row('image', unit.image),
    row('command', unit.command.length ? html`<code>${JSON.stringify(unit.command)}</code>` : html`<strong class="bad">unknown — needs review</strong>`),
    row('command from', unit.commandSource ?? (unit.command.length ? 'catalog' : 'unknown')),
    row('user', unit.user ?? (unit.dropsTo ? `root, then ${unit.dropsTo.user}` : 'root')),
    row('data directories', unit.dataDirs.map((d) => `${d.path} (${d.size})`).join(', ') || '—'),
    unit.schedule ? row('schedule', unit.schedule) : false,
    unit.needsInput?.length ? row('needs input', html`<strong class="bad">${unit.needsInput.join('; ')}</strong>`) : false,
  ]}</table>`;
}

function ports(unit: Unit): Html {
  if (unit.ports.length === 0) return html`<p class="none">No ports.</p>`;
  const rows = unit.ports.map((p) => html`<tr><td>${p.port}/${p.protocol}</td><td>${p.name}</td><td>${p.speaks ?? '—'}</td><td>${p.from}${p.where ? `: ${p.where}` : ''}</td></tr>`);
  return html`<table class="ports"><thead><tr><th>port</th><th>name</th><th>speaks</th><th>from</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function packageLock(unit: Unit): Html {
  if (!unit.lockedPackages) {
    const asked = unit.packages.map((p) => (p.version ? `${p.name}=${p.version}` : p.name)).join(', ');
    return html`<p class="none">No lock: package facts were not asked (offline)${asked ? html`; the image installs ${asked}` : ''}.</p>`;
  }
  const rows = unit.lockedPackages.map((p) => html`<tr><td>${p.name}</td><td>${p.version}</td><td>${p.source}</td></tr>`);
  return html`<details class="lock"><summary>Package lock (${unit.lockedPackages.length})</summary><table><thead><tr><th>package</th><th>version</th><th>archive</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

export function renderUnit(app: App, unit: Unit, artifacts: UnitArtifacts, sources: SourceIndex): Html {
  const dockerId = blockIds.dockerfile(app.name, unit.name);
  const spans = dockerfileSpans(unit, artifacts);
  const manifests = artifacts.manifests.map((m, i) => {
    const id = blockIds.manifest(app.name, unit.name, i);
    const fields = manifestSpans(m.yaml, m.kind, unit);
    return html`<h5 class="file">${m.path}</h5>${codeBlock(id, highlightLines(m.yaml, 'yaml'), spanMarks(fields))}${spanList(app.name, id, 'field', fields, sources)}`;
  });
  return html`<section class="unit f" id="${blockIds.unit(app.name, unit.name)}" data-app="${app.name}" data-unit="${app.name}/${unit.name}">
<h3>Unit ${unit.name}</h3>
${facts(unit)}
<h4>Ports</h4>${ports(unit)}
${packageLock(unit)}
<h4>Dockerfile</h4><h5 class="file">${artifacts.dockerfilePath}</h5>
${codeBlock(dockerId, highlightLines(artifacts.dockerfile, 'dockerfile'), spanMarks(spans))}
${spanList(app.name, dockerId, 'instruction', spans, sources)}
<h4>Manifests</h4>${manifests}
</section>`;
}
