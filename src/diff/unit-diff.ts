/**
 * One unit on both sides of a diff: what report.json says of it (workload,
 * image, command, ports, …), its package lock, its image steps and the
 * layers a rebuild redoes, and the files of its build context, each with the
 * resource whose COPY ships it.
 */
import type { ImageData } from '../model/image-data.js';
import type { ChangeStatus, PackageChange, UnitDiff } from './diff-types.js';
import { fieldChanges } from './field-changes.js';
import { fileChanges, filesUnder } from './file-changes.js';
import { copyOrigins, imageStepsDiff, type UnitImage } from './image-steps-diff.js';
import { isJson, list, unitPath, type AppEntry, type Json } from './report-entries.js';

/** The unit's own fields in report.json; paths and the lock are compared as what they point to. */
const FIELDS = ['workload', 'image', 'command', 'commandSource', 'ports', 'needsInput', 'needsInputReasons'];

export interface UnitSide {
  readonly app: AppEntry;
  readonly unit: Json;
  readonly files: ReadonlyMap<string, Buffer>;
}

function pick(unit: Json | undefined): Json {
  return Object.fromEntries(FIELDS.filter((f) => unit && f in unit).map((f) => [f, unit![f]]));
}

function lock(unit: Json | undefined): Map<string, string> {
  return new Map(list(unit?.['packages']).map((p) => [String(p['name']), String(p['version'])]));
}

export function packageChanges(a: Json | undefined, b: Json | undefined): PackageChange[] {
  const x = lock(a);
  const y = lock(b);
  return [...new Set([...x.keys(), ...y.keys()])]
    .sort()
    .filter((n) => x.get(n) !== y.get(n))
    .map((name) => ({ name, old: x.get(name) ?? null, new: y.get(name) ?? null }));
}

function parseImageData(bytes: Buffer | undefined): ImageData | null {
  if (!bytes) return null;
  try {
    const v: unknown = JSON.parse(bytes.toString('utf8'));
    return isJson(v) && Array.isArray(v['steps']) ? (v as unknown as ImageData) : null;
  } catch {
    return null;
  }
}

function imageFacts(data: ImageData | null): Json {
  if (!data) return {};
  const { steps: _steps, version: _version, ...rest } = data;
  return rest as unknown as Json;
}

function relativeTo(base: string | null, path: string | null): string | null {
  if (!base || !path) return null;
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : null;
}

function imageOf(side: UnitSide | undefined): UnitImage & { own: Set<string> } {
  if (!side) return { dockerfile: null, imageData: null, context: new Map(), own: new Set() };
  const context = unitPath(side.app, side.unit, 'context');
  const dockerfile = unitPath(side.app, side.unit, 'dockerfile');
  const imageData = unitPath(side.app, side.unit, 'imageData');
  const own = new Set([relativeTo(context, dockerfile), relativeTo(context, imageData)].filter((p): p is string => p !== null));
  return {
    dockerfile: dockerfile !== null ? (side.files.get(dockerfile)?.toString('utf8') ?? null) : null,
    imageData: parseImageData(imageData !== null ? side.files.get(imageData) : undefined),
    context: context !== null ? filesUnder(side.files, `${context}/`) : new Map(),
    own,
  };
}

export function unitDiff(name: string, a: UnitSide | undefined, b: UnitSide | undefined): UnitDiff | null {
  const status: ChangeStatus = !a ? 'added' : !b ? 'removed' : 'changed';
  const oldImage = imageOf(a);
  const newImage = imageOf(b);
  const steps = imageStepsDiff(oldImage, newImage);
  const placedNew = copyOrigins(newImage);
  const placedOld = copyOrigins(oldImage);
  const own = new Set([...oldImage.own, ...newImage.own]);
  // image.json beyond its steps (health check, ports, where files land): what verify checks changes with it.
  const fields = [...fieldChanges(pick(a?.unit), pick(b?.unit)), ...fieldChanges(imageFacts(oldImage.imageData), imageFacts(newImage.imageData), 'image')];
  const packages = packageChanges(a?.unit, b?.unit);
  const files = fileChanges(oldImage.context, newImage.context, { skip: (p) => own.has(p), placement: (p) => placedNew.get(p) ?? placedOld.get(p) });
  const same = status === 'changed' && !fields.length && !packages.length && !files.length && !steps.steps.length && !steps.commentsOnly;
  if (same) return null;
  return { name, status, fields, steps: steps.steps, rebuild: steps.rebuild, dockerfileCommentsOnly: steps.commentsOnly, packages, files };
}
