/**
 * Two Dockerfiles of a unit, step by step, as Docker's build cache sees
 * them: a step is the same when its text is the same and, for COPY and ADD,
 * the context files it reads hold the same bytes. Steps are matched in
 * order (longest common run), and an unmatched old and new step in the same
 * gap are one changed step when they come from the same resource or read
 * the same text. The rebuild starts at the first new step whose chain of
 * steps before it differs: every step from there on is built again.
 */
import { createHash } from 'node:crypto';
import type { ImageData } from '../model/image-data.js';
import { dockerfileSteps, type DockerStep } from './dockerfile-steps.js';
import type { Origin, Rebuild, StepChange } from './diff-types.js';

export interface UnitImage {
  readonly dockerfile: string | null;
  readonly imageData: ImageData | null;
  /** The build context's files, relative to it. */
  readonly context: ReadonlyMap<string, Buffer>;
}

interface Step extends DockerStep {
  readonly key: string;
  readonly origins: readonly Origin[];
}

function sourceDigest(context: ReadonlyMap<string, Buffer>, source: string): string {
  const h = createHash('sha256');
  const prefix = source.replace(/^\.\//, '').replace(/\/$/, '');
  for (const [path, bytes] of [...context].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (path === prefix || path.startsWith(`${prefix}/`)) h.update(path).update('\0').update(bytes).update('\0');
  }
  return h.digest('hex');
}

function stepsOf(image: UnitImage): Step[] {
  if (image.dockerfile === null) return [];
  const origins = new Map((image.imageData?.steps ?? []).map((s) => [s.line, s.origins.map((o) => ({ resource: o.resource, file: o.file, line: o.line }))]));
  return dockerfileSteps(image.dockerfile).map((s) => ({
    ...s,
    key: [s.text, ...s.sources.map((src) => sourceDigest(image.context, src))].join('\0'),
    origins: origins.get(s.line) ?? [],
  }));
}

/** Pairs of indexes of equal keys, in order (longest common subsequence). */
function matches(a: readonly Step[], b: readonly Step[]): [number, number][] {
  const w = b.length + 1;
  const len = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) len[i * w + j] = a[i]!.key === b[j]!.key ? len[(i + 1) * w + j + 1]! + 1 : Math.max(len[(i + 1) * w + j]!, len[i * w + j + 1]!);
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]!.key === b[j]!.key) pairs.push([i++, j++]);
    else if (len[(i + 1) * w + j]! >= len[i * w + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const side = (s: Step) => ({ line: s.line, text: s.text });
const sameResource = (a: Step, b: Step) => a.origins.length > 0 && a.origins[0]!.resource === b.origins[0]?.resource;

function changedSources(a: Step, b: Step, oldImage: UnitImage, newImage: UnitImage): string[] {
  if (a.text !== b.text) return [];
  return b.sources.filter((src) => sourceDigest(oldImage.context, src) !== sourceDigest(newImage.context, src));
}

/** The steps of one gap between matched runs: changed pairs first by text, then by resource, then by position. */
function gapChanges(removed: Step[], added: Step[], oldImage: UnitImage, newImage: UnitImage): StepChange[] {
  const out: StepChange[] = [];
  const pairOf = new Map<Step, Step>();
  const used = new Set<Step>();
  for (const rule of [(a: Step, b: Step) => a.text === b.text, sameResource, (a: Step, b: Step) => a.instruction === b.instruction && removed.length === added.length]) {
    for (const b of added) {
      if (pairOf.has(b)) continue;
      const a = removed.find((r) => !used.has(r) && rule(r, b));
      if (a) {
        pairOf.set(b, a);
        used.add(a);
      }
    }
  }
  for (const a of removed) if (!used.has(a)) out.push({ status: 'removed', instruction: a.instruction, old: side(a), new: null, changedSources: [], origins: a.origins });
  for (const b of added) {
    const a = pairOf.get(b);
    if (a) out.push({ status: 'changed', instruction: b.instruction, old: side(a), new: side(b), changedSources: changedSources(a, b, oldImage, newImage), origins: b.origins.length ? b.origins : a.origins });
    else out.push({ status: 'added', instruction: b.instruction, old: null, new: side(b), changedSources: [], origins: b.origins });
  }
  return out;
}

export interface StepsDiff {
  readonly steps: StepChange[];
  readonly rebuild: Rebuild | null;
  readonly commentsOnly: boolean;
}

export function imageStepsDiff(oldImage: UnitImage, newImage: UnitImage): StepsDiff {
  const a = stepsOf(oldImage);
  const b = stepsOf(newImage);
  const pairs = [...matches(a, b), [a.length, b.length] as [number, number]];
  const steps: StepChange[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of pairs) {
    steps.push(...gapChanges(a.slice(i, pi), b.slice(j, pj), oldImage, newImage));
    i = pi + 1;
    j = pj + 1;
  }
  // The cache holds a step only when every step before it was held too.
  let cached = 0;
  while (cached < a.length && cached < b.length && a[cached]!.key === b[cached]!.key) cached++;
  const sameChain = cached === a.length && cached === b.length;
  const first = b[cached];
  const rebuild: Rebuild | null =
    sameChain || newImage.dockerfile === null
      ? null
      : { fromStep: first ? cached + 1 : null, fromLine: first?.line ?? null, instruction: first?.instruction ?? null, origins: first?.origins ?? [], steps: b.length - cached, total: b.length };
  const commentsOnly = sameChain && oldImage.dockerfile !== newImage.dockerfile && oldImage.dockerfile !== null && newImage.dockerfile !== null;
  return { steps, rebuild, commentsOnly };
}

/** Where each context file lands and which resources' COPY ships it, from the new (else old) Dockerfile. */
export function copyOrigins(image: UnitImage): Map<string, { target: string; origins: readonly Origin[] }> {
  const out = new Map<string, { target: string; origins: readonly Origin[] }>();
  for (const s of stepsOf(image)) {
    if (s.sources.length !== 1) continue;
    const words = s.text.replace(/\\\n/g, ' ').trim();
    const json = words.replace(/^\S+\s+(--\S+\s+)*/, '');
    let target: string | undefined;
    if (json.startsWith('[')) {
      try {
        const parsed = JSON.parse(json) as unknown[];
        target = String(parsed[parsed.length - 1]);
      } catch {
        target = undefined;
      }
    } else target = json.split(/\s+/).pop();
    const src = s.sources[0]!.replace(/^\.\//, '');
    for (const path of image.context.keys()) {
      if (path === src) out.set(path, { target: target ?? '', origins: s.origins });
      else if (path.startsWith(`${src}/`) && target) out.set(path, { target: `${target.replace(/\/$/, '')}/${path.slice(src.length + 1)}`, origins: s.origins });
    }
  }
  return out;
}
