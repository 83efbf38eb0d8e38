import { error } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { App, AppOutput, Plan, Unit } from '../model/plan.js';
import { planYaml } from './plan-yaml.js';
import { appPaths } from './app-paths.js';
import { dockerfileView } from './dockerfile/dockerfile-view.js';
import { renderDockerfile } from './dockerfile/render-dockerfile.js';
import { formatsNamed } from './formats.js';
import { unitManifests } from './kubernetes/kustomize-format.js';
import type { OutputFile } from './output-file.js';
import type { FormatOptions, OutputFormat } from './output-format.js';
import { redactor } from './redactor.js';
import { renderReportMd } from './report/render-report-md.js';
import { reportJson } from './report/report-json.js';
import { renderReportHtml } from './report/html/render-page.js';
import type { ReadSource } from './report/html/source-index.js';
import { escapeHtml } from './report/html/html.js';
import { pageSecretValues } from './report/html/page-secrets.js';
import type { UnitArtifacts } from './report/html/unit-artifacts.js';

export interface EmitOptions {
  /** Write real secret values into the files that hold secrets (otherwise placeholders). */
  readonly includeSecrets: boolean;
  /** Values that must never appear in any file but a secret's own, written with includeSecrets. */
  readonly redact: readonly string[];
  /** Reads the cookbook file a location names, for report.html; without it the page shows no cookbook source. */
  readonly readSource?: ReadSource;
  /** Names of the output formats to write (src/emit/formats.ts); absent: the default, kustomize. */
  readonly formats?: readonly string[];
}

export interface Emitted {
  /** Every file of the conversion, relative to OUT, in a stable order. */
  readonly files: OutputFile[];
  /**
   * The plan the files describe: a unit whose files could not be made (a bug
   * in decant) is left out, with a DEC0901 at the resource it came from, so
   * the report never names files that were not written.
   */
  readonly plan: Plan;
}

/** One unit's image: Dockerfile, image.json and build context, and the Dockerfile's text and image data for report.html. */
function imageFiles(app: App, unit: Unit, text: (path: string, content: string, mode?: number) => OutputFile) {
  const files: OutputFile[] = [];
  const { view, contextFiles, imageData } = dockerfileView(app, unit);
  const dockerfile = renderDockerfile(view);
  files.push(text(appPaths.dockerfile(app, unit), dockerfile));
  files.push(text(appPaths.imageData(app, unit), JSON.stringify(imageData, null, 2) + '\n'));
  for (const f of contextFiles) {
    const path = `${appPaths.context(app, unit)}/${f.path}`;
    if ('text' in f) files.push(text(path, f.text, f.mode));
    else files.push({ path, copyFrom: f.copyFrom, ...(f.mode !== undefined ? { mode: f.mode } : {}) });
  }
  return { files, dockerfile, imageData };
}

/**
 * The manifests report.html shows for a unit: those the kustomize base holds
 * for it (none when kustomize was not asked for, or left the unit out), the
 * Secret with placeholders whatever its file holds.
 */
function pageManifests(app: App, unit: Unit, written: ReadonlySet<string>, mask: (text: string) => string, shown: (text: string) => string): UnitArtifacts['manifests'] {
  if (!written.has(`${appPaths.manifests(app)}/kustomization.yaml`)) return [];
  try {
    return unitManifests(app, unit, { includeSecrets: false, mask })
      .filter((m) => written.has(m.path))
      .map((m) => ({ path: m.path, kind: m.kind, yaml: shown(m.text) }));
  } catch {
    // The kustomize writer said why it left this unit out.
    return [];
  }
}

/**
 * One format's files of one app. A bug in the writer costs this app this
 * format, said as a DEC0901 where the app starts; the images and other formats stay.
 */
function formatFiles(app: App, format: OutputFormat, options: FormatOptions, redact: (text: string) => string, keepSecrets: boolean) {
  try {
    const out = format.write(app, options);
    const files: OutputFile[] = out.files.map((f) => ({ path: f.path, text: f.holdsSecrets && keepSecrets ? f.text : redact(f.text), ...(f.mode !== undefined ? { mode: f.mode } : {}) }));
    // A format with nothing to run for this app (compose without a service) writes nothing, and the report names no output of it.
    return { files, diagnostics: out.diagnostics, ...(files.length ? { output: { format: format.name, path: format.path(app) } as AppOutput } : {}) };
  } catch (e) {
    const where = app.units[0]?.origin?.source;
    return { files: [], diagnostics: [error('DEC0901', `internal error while writing the ${format.name} output of app ${app.name} (${e instanceof Error ? e.message : String(e)}); it is left out`, where)] };
  }
}

/**
 * Every file of a conversion. Pure: the CLI writes them. Secret values are
 * removed from every text file except a secret's own files when real values
 * were asked for. Each unit is its own boundary: an exception while emitting
 * one leaves the others whole.
 */
export function emitPlan(plan: Plan, options: EmitOptions): Emitted {
  const redact = redactor(options.redact);
  const formats = formatsNamed(options.formats);
  const formatOptions: FormatOptions = { includeSecrets: options.includeSecrets, mask: redactor(options.redact, 'REPLACE-ME'), redact };
  const files: OutputFile[] = [];
  const text = (path: string, content: string, mode?: number): OutputFile => ({ path, text: redact(content), ...(mode !== undefined ? { mode } : {}) });
  const apps: App[] = [];
  const artifacts: UnitArtifacts[] = [];
  const pageSecrets = pageSecretValues(plan, options.redact);
  const shown = redactor(pageSecrets);
  for (const app of plan.apps) {
    const units: Unit[] = [];
    const failures: Diagnostic[] = [];
    const images = new Map<string, { dockerfile: string; imageData: UnitArtifacts['imageData'] }>();
    for (const unit of app.units) {
      try {
        const image = imageFiles(app, unit, text);
        files.push(...image.files);
        images.set(unit.name, image);
        units.push(unit);
      } catch (e) {
        failures.push(error('DEC0901', `internal error while writing unit ${unit.name} (${e instanceof Error ? e.message : String(e)}); the unit is left out`, unit.origin?.source));
      }
    }
    // Formats run the units whose images were written: none names an image that is not there.
    const imaged: App = { ...app, units };
    const outputs: AppOutput[] = [];
    for (const format of formats) {
      const written = formatFiles(imaged, format, formatOptions, redact, options.includeSecrets);
      files.push(...written.files);
      failures.push(...written.diagnostics);
      if (written.output) outputs.push(written.output);
    }
    const paths = new Set(files.map((f) => f.path));
    for (const unit of units) {
      const image = images.get(unit.name)!;
      const manifests = pageManifests(imaged, unit, paths, formatOptions.mask, shown);
      artifacts.push({ app: app.name, unit: unit.name, dockerfilePath: appPaths.dockerfile(app, unit), dockerfile: shown(image.dockerfile), imageData: image.imageData, manifests });
    }
    apps.push({ ...imaged, outputs, ...(failures.length ? { diagnostics: [...app.diagnostics, ...failures] } : {}) });
  }
  const emitted: Plan = { apps };
  files.push(text('report.json', JSON.stringify(reportJson(emitted, { includeSecrets: options.includeSecrets }), null, 2) + '\n'));
  files.push(text('report.md', renderReportMd(emitted, { includeSecrets: options.includeSecrets })));
  // The page escapes what it prints: a secret value holding `&` or `<` is on it escaped, and the marker must be text, not a tag.
  const redactPage = redactor([...pageSecrets, ...pageSecrets.map(escapeHtml)], escapeHtml('<redacted secret>'));
  const page = renderReportHtml(emitted, artifacts, { includeSecrets: options.includeSecrets, redact: shown, ...(options.readSource ? { readSource: options.readSource } : {}) });
  files.push({ path: 'report.html', text: redactPage(page) });
  // The same values the redactor replaces (four characters or more).
  const secretValues = options.redact.filter((v) => v.length >= 4);
  files.push(text('plan.yaml', planYaml(emitted, (t) => secretValues.some((v) => t.includes(v) || t.includes(JSON.stringify(v).slice(1, -1))))));
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), plan: emitted };
}
