/**
 * The units `decant build` and `decant verify` work on, read from
 * OUT/report.json (the shape `decant convert` writes; paths relative to OUT).
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, normalize, relative } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { error } from '../diagnostics/create.js';

export interface EngineUnit {
  readonly app: string;
  readonly name: string;
  readonly workload: string;
  readonly image: string;
  /** Absolute paths. */
  readonly dockerfile: string;
  readonly context: string;
  /** The unit's image.json (absolute), when the report names one inside OUT: read it with readImageData. */
  readonly imageData?: string;
  readonly ports: readonly number[];
  /** Folder of the app's manifests (absolute), when the report names one. */
  readonly manifests?: string;
  /** The pod the unit's container runs in (report.json `pod`): its own name unless it shares one. */
  readonly pod: string;
  /** The socket directories the unit's pod shares between its containers (report.json `pods`). */
  readonly sharedDirs: readonly string[];
  /** Units of its pod whose config reaches this one (report.json `connections`): a request to them may reach it. */
  readonly reachedBy: readonly Reacher[];
}

/** A unit that reaches another through an endpoint it names (`/run/php/php8.2-fpm.sock`, `127.0.0.1:11211`). */
export interface Reacher {
  readonly unit: string;
  readonly endpoint: string;
}

/** Who reaches each unit of the app, from report.json `connections` (`{from, to, endpoint}`), as the report says it. */
function reachersOf(connections: unknown): Map<string, Reacher[]> {
  const by = new Map<string, Reacher[]>();
  for (const c of Array.isArray(connections) ? connections.filter(isRecord) : []) {
    const [from, to, endpoint] = [c['from'], c['to'], c['endpoint']];
    if (typeof from !== 'string' || typeof to !== 'string' || typeof endpoint !== 'string') continue;
    by.set(to, [...(by.get(to) ?? []), { unit: from, endpoint }]);
  }
  return by;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A path from the report, kept inside OUT: the report is input, not trusted to point elsewhere. */
function insideOut(out: string, p: unknown): string | undefined {
  if (typeof p !== 'string' || p === '' || isAbsolute(p)) return undefined;
  const abs = normalize(join(out, p));
  const rel = relative(out, abs);
  return rel.startsWith('..') ? undefined : abs;
}


type Where = { file: string; line: number; column: number; path: string };

/** The units of one app list, paths resolved under ROOT (OUT, or OUT/<input> in a batch) and kept inside OUT. */
function appUnits(out: string, root: string, prefix: string, apps: readonly unknown[], where: Where): { units: EngineUnit[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const units: EngineUnit[] = [];
  const inside = (base: string, p: unknown) => {
    const abs = insideOut(base, p);
    return abs && !relative(out, abs).startsWith('..') ? abs : undefined;
  };
  for (const app of apps) {
    if (!isRecord(app) || typeof app['name'] !== 'string' || !Array.isArray(app['units'])) {
      diagnostics.push(error('DEC0704', 'an app in report.json has no name or no "units" list', where));
      continue;
    }
    const manifests = inside(root, app['manifests']);
    const pods = Array.isArray(app['pods']) ? app['pods'].filter(isRecord) : [];
    const reachers = reachersOf(app['connections']);
    const podOf = (name: string) => {
      const u = (app['units'] as unknown[]).find((x) => isRecord(x) && x['name'] === name);
      return isRecord(u) && typeof u['pod'] === 'string' ? u['pod'] : name;
    };
    for (const u of app['units']) {
      const dockerfile = isRecord(u) ? inside(root, u['dockerfile']) : undefined;
      const context = isRecord(u) ? inside(root, u['context']) : undefined;
      const imageData = isRecord(u) ? inside(root, u['imageData']) : undefined;
      if (!isRecord(u) || typeof u['name'] !== 'string' || typeof u['image'] !== 'string' || !dockerfile || !context) {
        diagnostics.push(error('DEC0704', `a unit of app ${app['name']} lacks name, image, or a dockerfile/context inside OUT`, where));
        continue;
      }
      const ports = Array.isArray(u['ports']) ? u['ports'].filter((p): p is number => Number.isInteger(p)) : [];
      const pod = typeof u['pod'] === 'string' ? u['pod'] : u['name'];
      const shared = pods.find((p) => p['name'] === pod)?.['sharedDirs'];
      // Only absolute directories: the report is input, and these become mount points.
      const sharedDirs = Array.isArray(shared) ? shared.filter((d): d is string => typeof d === 'string' && d.startsWith('/') && d !== '/' && !d.includes('..')) : [];
      units.push({
        app: `${prefix}${app['name']}`,
        name: u['name'],
        workload: typeof u['workload'] === 'string' ? u['workload'] : 'Deployment',
        image: u['image'],
        dockerfile,
        context,
        ...(imageData ? { imageData } : {}),
        ports,
        ...(manifests ? { manifests } : {}),
        pod,
        sharedDirs,
        // Only the pod's own members: a request to a unit in another pod is asked there.
        reachedBy: (reachers.get(u['name']) ?? []).filter((r) => podOf(r.unit) === pod),
      });
    }
  }
  return { units, diagnostics };
}

export async function readReportUnits(out: string): Promise<{ units: EngineUnit[]; diagnostics: Diagnostic[] }> {
  const file = join(out, 'report.json');
  const where = { file: 'report.json', line: 1, column: 1, path: file };
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { units: [], diagnostics: [error('DEC0704', `cannot read ${file}: ${why}`, undefined, 'run `decant convert … -o OUT` first')] };
  }
  const diagnostics: Diagnostic[] = [];
  const units: EngineUnit[] = [];
  // A batch's report lists each input's apps, their paths relative to OUT/<input>: the app is named by that folder.
  const inputs = isRecord(doc) && doc['batch'] === 1 && Array.isArray(doc['inputs']) ? doc['inputs'].filter(isRecord) : undefined;
  const groups = inputs
    ? inputs.flatMap((i) => (typeof i['input'] === 'string' && Array.isArray(i['apps']) ? [{ root: insideOut(out, i['input']), prefix: `${i['input']}/`, apps: i['apps'] as unknown[] }] : []))
    : isRecord(doc) && Array.isArray(doc['apps'])
      ? [{ root: out, prefix: '', apps: doc['apps'] as unknown[] }]
      : undefined;
  if (!groups) return { units, diagnostics: [error('DEC0704', 'report.json has no "apps" list', where)] };
  for (const g of groups) {
    if (!g.root) {
      diagnostics.push(error('DEC0704', 'an input of report.json is not a folder inside OUT', where));
      continue;
    }
    const read = appUnits(out, g.root, g.prefix, g.apps, where);
    units.push(...read.units);
    diagnostics.push(...read.diagnostics);
  }
  return { units, diagnostics };
}

/** `--unit NAME` matches a unit's name or `app/name`; unknown names are errors, not silently nothing. */
export function selectUnits(units: readonly EngineUnit[], names: readonly string[]): { units: EngineUnit[]; diagnostics: Diagnostic[] } {
  if (names.length === 0) return { units: [...units], diagnostics: [] };
  const picked = units.filter((u) => names.includes(u.name) || names.includes(`${u.app}/${u.name}`));
  const diagnostics = names
    .filter((n) => !units.some((u) => u.name === n || `${u.app}/${u.name}` === n))
    .map((n) => error('DEC0704', `no unit named ${n} in report.json`, undefined, `units: ${units.map((u) => `${u.app}/${u.name}`).join(', ')}`));
  return { units: picked, diagnostics };
}
