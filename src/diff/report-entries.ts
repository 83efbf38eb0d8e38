/**
 * The apps and units a report.json names, keyed so both sides of a diff
 * match up: `<app>` for one conversion, `<input>/<app>` in a batch (whose
 * report.json holds each input's apps, with paths relative to the input's
 * folder). Reads only the fields it needs and tolerates any other shape.
 */
export type Json = Record<string, unknown>;

export interface AppEntry {
  readonly key: string;
  readonly input: string | null;
  readonly name: string;
  /** The folder the app's paths are relative to, from the tree's root ('' or `<input>/`). */
  readonly base: string;
  readonly json: Json;
  readonly units: ReadonlyMap<string, Json>;
}

const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isJson) : []);

function entry(app: Json, input: string | null): AppEntry {
  const name = String(app['name'] ?? '?');
  const units = new Map<string, Json>();
  for (const u of list(app['units'])) units.set(String(u['name'] ?? '?'), u);
  return { key: input === null ? name : `${input}/${name}`, input, name, base: input === null ? '' : `${input}/`, json: app, units };
}

export function reportEntries(reportText: string): Map<string, AppEntry> {
  const report: unknown = JSON.parse(reportText);
  const apps = new Map<string, AppEntry>();
  if (!isJson(report)) return apps;
  if (Array.isArray(report['inputs'])) {
    for (const i of list(report['inputs'])) for (const a of list(i['apps'])) {
      const e = entry(a, String(i['input'] ?? '?'));
      apps.set(e.key, e);
    }
  } else {
    for (const a of list(report['apps'])) {
      const e = entry(a, null);
      apps.set(e.key, e);
    }
  }
  return apps;
}

/** A unit's path field (dockerfile, context, imageData) from the tree's root, or null. */
export function unitPath(app: AppEntry, unit: Json, field: string): string | null {
  const v = unit[field];
  return typeof v === 'string' ? `${app.base}${v}` : null;
}

export function appManifests(app: AppEntry): string | null {
  const v = app.json['manifests'];
  return typeof v === 'string' ? `${app.base}${v}` : null;
}

export { isJson, list };
