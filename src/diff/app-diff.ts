/**
 * One app on both sides: its units, its manifests, how its resources were
 * classified and assigned, what it asks a reviewer, and its diagnostics.
 */
import type { AppDiff, ChangeStatus, ResourceChange, UnitDiff } from './diff-types.js';
import { fieldChanges } from './field-changes.js';
import { filesUnder } from './file-changes.js';
import { manifestDiff } from './manifest-diff.js';
import { appManifests, list, type AppEntry, type Json } from './report-entries.js';
import { unitDiff } from './unit-diff.js';

export interface AppSide {
  readonly app: AppEntry;
  readonly files: ReadonlyMap<string, Buffer>;
}

type ResourceState = NonNullable<ResourceChange['old']>;

function resources(app: AppEntry | undefined): Map<string, ResourceState> {
  const out = new Map<string, ResourceState>();
  for (const r of list(app?.json['resources'])) {
    const id = `${String(r['type'])}[${String(r['name'])}]`;
    let key = id;
    for (let n = 2; out.has(key); n++) key = `${id}#${n}`;
    const src = (r['source'] ?? {}) as Json;
    out.set(key, { class: String(r['class']), unit: typeof r['unit'] === 'string' ? r['unit'] : null, source: `${String(src['file'])}:${String(src['line'])}` });
  }
  return out;
}

function resourceChanges(a: AppEntry | undefined, b: AppEntry | undefined): ResourceChange[] {
  const x = resources(a);
  const y = resources(b);
  const out: ResourceChange[] = [];
  for (const key of [...new Set([...x.keys(), ...y.keys()])].sort()) {
    const o = x.get(key) ?? null;
    const n = y.get(key) ?? null;
    // A line moved by an edit above it is no change in where the resource went.
    if (o && n && o.class === n.class && o.unit === n.unit) continue;
    out.push({ resource: key, status: !o ? 'added' : !n ? 'removed' : 'changed', old: o, new: n });
  }
  return out;
}

function itemSet(app: AppEntry | undefined, field: string, show: (item: Json) => string): Set<string> {
  return new Set(list(app?.json[field]).map(show));
}

function setChange(x: Set<string>, y: Set<string>): { added: string[]; removed: string[] } {
  return { added: [...y].filter((v) => !x.has(v)).sort(), removed: [...x].filter((v) => !y.has(v)).sort() };
}

const reviewText = (r: Json) => `${r['unit'] ? `${String(r['unit'])}: ` : ''}${String(r['kind'])}: ${String(r['what'])}`;
// Without the line: an edit above a diagnostic moves it without changing it.
const diagnosticText = (d: Json) => `${String(d['code'])} ${String(d['severity'])}${d['file'] ? ` ${String(d['file'])}` : ''}: ${String(d['message'])}`;

export function appDiff(key: string, a: AppSide | undefined, b: AppSide | undefined): AppDiff | null {
  const status: ChangeStatus = !a ? 'added' : !b ? 'removed' : 'changed';
  const entry = (b ?? a)!.app;
  const units: UnitDiff[] = [];
  for (const name of [...new Set([...(a?.app.units.keys() ?? []), ...(b?.app.units.keys() ?? [])])].sort()) {
    const ua = a?.app.units.get(name);
    const ub = b?.app.units.get(name);
    const d = unitDiff(name, ua && a ? { app: a.app, unit: ua, files: a.files } : undefined, ub && b ? { app: b.app, unit: ub, files: b.files } : undefined);
    if (d) units.push(d);
  }
  const ma = a && appManifests(a.app);
  const mb = b && appManifests(b.app);
  const manifests = manifestDiff(ma ? filesUnder(a.files, `${ma}/`) : new Map(), mb ? filesUnder(b.files, `${mb}/`) : new Map());
  const fields = fieldChanges({ runList: a?.app.json['runList'] ?? null, packageFacts: a?.app.json['packageFacts'] ?? null }, { runList: b?.app.json['runList'] ?? null, packageFacts: b?.app.json['packageFacts'] ?? null });
  const needsReview = setChange(itemSet(a?.app, 'needsReview', reviewText), itemSet(b?.app, 'needsReview', reviewText));
  const diagnostics = setChange(itemSet(a?.app, 'diagnostics', diagnosticText), itemSet(b?.app, 'diagnostics', diagnosticText));
  const diff: AppDiff = { key, input: entry.input, name: entry.name, status, fields: status === 'changed' ? fields : [], units, manifests, resources: resourceChanges(a?.app, b?.app), needsReview, diagnostics };
  const empty = !diff.fields.length && !units.length && !manifests.length && !diff.resources.length && !needsReview.added.length && !needsReview.removed.length && !diagnostics.added.length && !diagnostics.removed.length;
  return status === 'changed' && empty ? null : diff;
}
