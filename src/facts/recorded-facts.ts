/**
 * Recorded package facts: what a probe returned, kept as a JSON file, so unit
 * tests run without an engine and platforms whose archive this machine cannot
 * reach (ubuntu, rocky) run the same view code. `npm run facts:record` writes
 * them (scripts/record-facts.ts); the format is the cache's own data, one
 * resolution and the facts it names.
 */
import { readFile } from 'node:fs/promises';
import type { PackageFact, PackageFactsView, PackageResolution } from '../model/package-facts.js';
import type { ObservedCommand } from '../model/observed-commands.js';
import { createFactsView } from './facts-view.js';

export const RECORDING_FORMAT = 'decant-package-facts/1';

export interface FactsRecording {
  readonly format: typeof RECORDING_FORMAT;
  readonly resolution: PackageResolution;
  readonly facts: readonly PackageFact[];
  /** Commands observed with these packages (observed-commands.ts): a recording answers them as the cache would. */
  readonly observations?: readonly ObservedCommand[];
}

export function recordingOf(resolution: PackageResolution, facts: readonly PackageFact[]): FactsRecording {
  return { format: RECORDING_FORMAT, resolution, facts };
}

/** A recording's data, or why it is not one (a hand-edited or older file says so instead of answering wrong). */
export function readRecording(value: unknown): FactsRecording | { problem: string } {
  const v = value as Partial<FactsRecording> | null;
  if (typeof v !== 'object' || v === null) return { problem: 'not a JSON object' };
  if (v.format !== RECORDING_FORMAT) return { problem: `format is ${String(v.format)}, expected ${RECORDING_FORMAT}` };
  if (typeof v.resolution?.platform !== 'string' || !Array.isArray(v.resolution.packages)) return { problem: 'no resolution' };
  if (!Array.isArray(v.facts) || v.facts.some((f) => typeof f?.name !== 'string' || !Array.isArray(f.files))) return { problem: 'facts are not a list of packages' };
  return v as FactsRecording;
}

/** A PackageFactsView served from one recording file; throws with the file's name when it is not one. */
export async function loadRecordedFacts(file: string): Promise<PackageFactsView> {
  const recording = readRecording(JSON.parse(await readFile(file, 'utf8')));
  if ('problem' in recording) throw new Error(`${file}: not a package-facts recording: ${recording.problem}`);
  return createFactsView(recording.resolution, recording.facts);
}

/** The observations a recording holds (none when it was recorded without them). */
export async function loadRecordedObservations(file: string): Promise<readonly ObservedCommand[]> {
  const recording = readRecording(JSON.parse(await readFile(file, 'utf8')));
  if ('problem' in recording) throw new Error(`${file}: not a package-facts recording: ${recording.problem}`);
  return recording.observations ?? [];
}
