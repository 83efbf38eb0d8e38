/**
 * Everything a person must look at before the output runs, by unit, most
 * consequential first: errors (what decant knows is missing or wrong), then
 * placeholders (Secrets without their values), unsupported resources, lint
 * exceptions, and the assumptions decant made (warnings). report.md opens
 * with this list, report.json carries it and the CLI prints it last.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { App, Decision } from '../../model/plan.js';
import type { SourceLocation } from '../../model/source.js';
import { compareDiagnostics } from '../../diagnostics/format.js';
import { lintExceptions } from '../kubernetes/pod-template.js';
import { sourceFile } from './source-file.js';

export type ReviewKind = 'error' | 'placeholder' | 'unsupported' | 'lint exception' | 'assumption';

export interface ReviewItem {
  readonly kind: ReviewKind;
  /** The unit it concerns; undefined for what belongs to the app as a whole. */
  readonly unit?: string;
  /** `cookbook/file:line`, when it has a place. */
  readonly at?: string;
  readonly what: string;
  /** What to do about it. */
  readonly todo?: string;
}

const RANK: Record<ReviewKind, number> = { error: 0, placeholder: 1, unsupported: 2, 'lint exception': 3, assumption: 4 };

const where = (loc: SourceLocation | undefined) => (loc ? `${sourceFile(loc)}:${loc.line}` : undefined);

/** The unit a diagnostic concerns: the unit of the resource declared at its line, if any. */
function unitAt(decisions: readonly Decision[], loc: SourceLocation | undefined): string | undefined {
  if (!loc) return undefined;
  return decisions.find((d) => d.unit !== undefined && d.source.line === loc.line && d.source.file === loc.file && d.source.cookbook === loc.cookbook)?.unit;
}

/** `unit NAME …` at the start of a plan diagnostic names its unit. */
function unitNamed(d: Diagnostic, app: App): string | undefined {
  const m = /^unit ([a-z0-9-]+)\b/.exec(d.message);
  return m && app.units.some((u) => u.name === m[1]) ? m[1] : undefined;
}

function fromDiagnostic(app: App, d: Diagnostic): ReviewItem {
  const unit = unitNamed(d, app) ?? unitAt(app.decisions, d.location);
  const at = where(d.location);
  return {
    kind: d.severity === 'error' ? 'error' : 'assumption',
    ...(unit !== undefined ? { unit } : {}),
    ...(at !== undefined ? { at } : {}),
    what: `${d.code}: ${d.message}`,
    ...(d.hint ? { todo: d.hint } : {}),
  };
}

/** Warnings that say why a resource is unsupported, which its own review item already says. */
const RESTATE_UNSUPPORTED = new Set(['DEC0501', 'DEC0328']);

export function reviewItems(app: App, options: { includeSecrets: boolean }): ReviewItem[] {
  const items: ReviewItem[] = [];
  // An unsupported resource is listed once, as what it is, not again as its DEC0501 (or DEC0328) warning.
  const unsupportedAt = new Set(app.decisions.filter((d) => d.class === 'unsupported').map((d) => where(d.source)));
  for (const d of [...app.diagnostics].sort(compareDiagnostics)) {
    if (RESTATE_UNSUPPORTED.has(d.code) && d.severity !== 'error' && unsupportedAt.has(where(d.location))) continue;
    if (d.severity === 'error' || d.severity === 'warning') items.push(fromDiagnostic(app, d));
  }
  for (const u of app.units) {
    for (const s of u.secrets) {
      if (!options.includeSecrets || s.value === undefined) {
        const at = where(s.source);
        items.push({
          kind: 'placeholder',
          unit: u.name,
          ...(at !== undefined ? { at } : {}),
          // A substituted value's env name is its key: naming it twice says nothing more.
          what: `Secret key ${s.key}${s.key === (s.path ?? s.env) ? '' : ` (${s.path ?? s.env ?? 'value'})`} holds a placeholder: ${s.reason}`,
          todo: `put the real value in the Secret before deploying (or convert with --include-secrets)`,
        });
      }
    }
    for (const [k, v] of Object.entries(lintExceptions(u))) {
      items.push({ kind: 'lint exception', unit: u.name, what: `${k.replace('decant.io/lint-exception.', '')}: ${v}` });
    }
  }
  for (const d of app.decisions) {
    if (d.class !== 'unsupported') continue;
    const at = where(d.source);
    items.push({ kind: 'unsupported', ...(d.unit !== undefined ? { unit: d.unit } : {}), ...(at !== undefined ? { at } : {}), what: `${d.type}[${d.name}]: ${d.reason}`, todo: 'do by hand what it did on the server, or leave it out knowingly' });
  }
  // Stable: the kinds by consequence, then by unit (app-wide first), keeping each kind's own order.
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => RANK[a.item.kind] - RANK[b.item.kind] || (a.item.unit ?? '').localeCompare(b.item.unit ?? '') || a.i - b.i)
    .map((x) => x.item);
}

/** One line of the list, as report.md and the CLI print it. */
export function reviewLine(item: ReviewItem): string {
  const head = [item.kind, item.unit !== undefined ? `unit ${item.unit}` : '', item.at ?? ''].filter(Boolean).join(' · ');
  return `${head}: ${item.what}${item.todo ? ` — ${item.todo}` : ''}`;
}
