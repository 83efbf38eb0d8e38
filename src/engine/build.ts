/**
 * Builds one unit's image from its emitted context with the engine's legacy
 * builder, following the progress events; a failure names the step, the
 * Dockerfile line and the recipe resources behind it, as the unit's
 * image.json says.
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ImageData, StepOrigin } from '../model/image-data.js';
import { error } from '../diagnostics/create.js';
import type { DockerClient } from './docker-client.js';
import { applyEvent, currentStep, newProgress, parseEventLines, type BuildEvent, type BuildProgress } from './build-progress.js';
import { contextFiles } from './context-files.js';
import { readImageData } from './image-data.js';
import type { EngineUnit } from './report-units.js';

export interface BuildFailure {
  readonly message: string;
  readonly step?: number;
  readonly total?: number;
  readonly instruction?: string;
  /** 1-based line of the failing instruction in the unit's Dockerfile. */
  readonly dockerfileLine?: number;
  readonly origins: readonly StepOrigin[];
  /** The failing step's own output (its last lines). */
  readonly output: readonly string[];
}

export interface BuildResult {
  readonly unit: EngineUnit;
  readonly ok: boolean;
  readonly imageId?: string;
  readonly steps: number;
  /** Steps the engine took from its cache. */
  readonly cachedSteps: number;
  /** Each step and whether its layer came from the cache: which layers a change rebuilt. */
  readonly layers: readonly { step: number; instruction: string; cached: boolean }[];
  readonly durationMs: number;
  readonly failure?: BuildFailure;
  readonly diagnostics: Diagnostic[];
}

export type BuildListener = (e: { kind: 'step'; unit: EngineUnit; step: number; total: number; instruction: string } | { kind: 'line'; unit: EngineUnit; line: string }) => void;

const OUTPUT_TAIL = 40;

/** Resolves when the engine closes the stream; every event is folded into `progress` on the way. */
function follow(stream: NodeJS.ReadableStream, progress: BuildProgress, onEvent: (e: BuildEvent) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    stream.on('data', (chunk: Buffer | string) => {
      const { events, rest } = parseEventLines(buffer + chunk.toString());
      buffer = rest;
      for (const e of events) onEvent(e);
    });
    stream.on('end', () => {
      if (buffer.trim()) for (const e of parseEventLines(`${buffer}\n`).events) onEvent(e);
      resolve();
    });
    stream.on('error', reject);
  });
}

/** The builder's `Step N` is the Nth instruction from FROM, as image.json lists them. */
function failureOf(progress: BuildProgress, data: ImageData | undefined, message: string): BuildFailure {
  const step = currentStep(progress);
  const ins = step ? data?.steps[step.step - 1] : undefined;
  return {
    message,
    ...(step ? { step: step.step, total: step.total, instruction: step.instruction } : {}),
    ...(ins ? { dockerfileLine: ins.line } : {}),
    origins: ins?.origins ?? [],
    output: step ? step.lines.filter((l) => l.trim() !== '').slice(-OUTPUT_TAIL) : [],
  };
}

export function describeFailure(f: BuildFailure, dockerfile: string): string {
  const lines = [
    f.step !== undefined ? `step ${f.step}/${f.total} failed: ${f.instruction}` : `build failed: ${f.message}`,
    ...(f.dockerfileLine !== undefined ? [`  at ${dockerfile}:${f.dockerfileLine}`] : []),
    ...f.origins.map((o) => `  from ${o.resource} at ${o.file}:${o.line}`),
    ...(f.step !== undefined ? [`  ${f.message}`] : []),
    ...(f.output.length ? ['  output:', ...f.output.map((l) => `    ${l}`)] : []),
  ];
  return lines.join('\n');
}

export interface BuildOptions {
  readonly onProgress?: BuildListener;
  /** Where paths in messages are shown relative to (OUT). */
  readonly displayRoot?: string;
  readonly abortSignal?: AbortSignal;
  /** Images whose layers the build may reuse (pulled from a registry in CI): the legacy builder reuses only local builds without them. */
  readonly cacheFrom?: readonly string[];
}

export async function buildUnit(docker: DockerClient, unit: EngineUnit, options: BuildOptions = {}): Promise<BuildResult> {
  const started = Date.now();
  const progress = newProgress();
  const shown = options.displayRoot ? relative(options.displayRoot, unit.dockerfile) : unit.dockerfile;
  const hasDockerfile = await readFile(unit.dockerfile).then(() => true, () => false);
  // Without image.json the image still builds; a failure then names its step but not the line or resources.
  const read = await readImageData(unit);
  const data = read.ok ? read.data : undefined;
  const done = (ok: boolean, failure?: BuildFailure, extra: Diagnostic[] = []): BuildResult => {
    const cachedSteps = progress.steps.filter((s) => s.cached).length;
    const diagnostics = failure
      ? [error('DEC0701', `${unit.app}/${unit.name}: image ${unit.image} did not build: ${failure.step !== undefined ? `step ${failure.step}/${failure.total} (${shown}:${failure.dockerfileLine ?? '?'})` : failure.message}`, failure.origins[0] ? { file: failure.origins[0].file, line: failure.origins[0].line, column: 1 } : undefined, failure.output.slice(-5).join('\n') || undefined)]
      : [];
    return {
      unit,
      ok,
      ...(progress.imageId ? { imageId: progress.imageId } : {}),
      steps: progress.steps.length,
      cachedSteps,
      layers: progress.steps.map((s) => ({ step: s.step, instruction: s.instruction.split('\n')[0]!.slice(0, 120), cached: s.cached })),
      durationMs: Date.now() - started,
      ...(failure ? { failure } : {}),
      diagnostics: [...diagnostics, ...extra],
    };
  };
  if (!hasDockerfile) {
    return done(false, { message: `no Dockerfile at ${shown}`, origins: [], output: [] });
  }
  const dockerfile = relative(unit.context, unit.dockerfile);
  if (dockerfile.startsWith('..')) return done(false, { message: `${shown} is outside the build context`, origins: [], output: [] });
  try {
    // image.json is for decant, not the image: it is not sent with the context.
    const dataEntry = unit.imageData ? relative(unit.context, unit.imageData).split(sep).join('/') : undefined;
    const src = (await contextFiles(unit.context)).filter((f) => f !== dataEntry);
    const stream = await docker.buildImage(
      { context: unit.context, src },
      { t: unit.image, dockerfile, rm: true, forcerm: true, ...(options.cacheFrom?.length ? { cachefrom: JSON.stringify(options.cacheFrom) } : {}), ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}) },
    );
    await follow(stream, progress, (e) => {
      const started = applyEvent(progress, e);
      if (started) options.onProgress?.({ kind: 'step', unit, step: started.step, total: started.total, instruction: started.instruction });
      else if (e.stream && options.onProgress) {
        for (const line of e.stream.split('\n')) if (line.trim()) options.onProgress({ kind: 'line', unit, line });
      }
    });
  } catch (e) {
    return done(false, failureOf(progress, data, e instanceof Error ? e.message : String(e)));
  }
  if (progress.error !== undefined) return done(false, failureOf(progress, data, progress.error));
  if (!progress.imageId) {
    // Old engines end with "Successfully built ID" rather than an aux event.
    const inspected = await docker.getImage(unit.image).inspect().catch(() => undefined);
    if (inspected) progress.imageId = inspected.Id;
    else return done(false, failureOf(progress, data, 'the engine finished without an image'));
  }
  return done(true);
}
