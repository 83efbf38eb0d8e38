import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertApps } from '../../src/pipeline/convert-apps.js';
import { parseRunListFlag } from '../../src/pipeline/run-list-flag.js';
import type { OutputFile } from '../../src/emit/output-file.js';
import type { App } from '../../src/model/plan.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { chooseApps } from '../../src/plan/choose-apps.js';
import { FIXTURES } from '../support/fixtures.js';
import { readPlanFile } from '../../src/plan/plan-file/read-plan-file.js';
import { recordedFactsSource } from '../../src/pipeline/package-facts-source.js';

/**
 * What a golden holds unless its case.json says otherwise: the kustomize base
 * and compose.yaml. The cdk8s app is not a golden: it is the same objects as
 * the kustomize base (test/emit/cdk8s compares them for every fixture), and
 * its source would repeat every manifest change in a second reviewed file
 * (docs/design-notes.md).
 */
export const GOLDEN_FORMATS: readonly string[] = ['kustomize', 'compose'];

/** Recorded package facts (npm run facts:record). */
const RECORDED_FACTS = join(FIXTURES, '..', 'test', 'facts', 'recorded');

/** What `decant convert` would write for a fixture case, in memory (no OUT folder). */
export async function convertCase(name: string): Promise<OutputFile[]> {
  return (await convertCaseResult(name))?.files ?? [];
}

/** The conversion of a fixture case: its emitted apps, files and secret values; undefined when it converts no app. */
export async function convertCaseResult(name: string): Promise<{ apps: App[]; files: OutputFile[]; redact: string[] } | undefined> {
  const spec = JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8')) as {
    input?: string;
    runList?: string[];
    platform?: string;
    environment?: string;
    packageFacts?: 'recorded';
    plan?: string;
    formats?: readonly string[];
  };
  const ws = await loadWorkspace([join(FIXTURES, name, spec.input ?? 'input')], {});
  const runList = spec.runList ? spec.runList.flatMap((r) => parseRunListFlag(r)) : undefined;
  const choice = chooseApps(ws, runList);
  if ('none' in choice) return undefined;
  const platform = spec.platform ?? 'debian-12';
  const plan = spec.plan ? readPlanFile(readFileSync(join(FIXTURES, name, spec.plan), 'utf8'), spec.plan).plan : undefined;
  const r = await convertApps(ws, choice.apps, {
    platform,
    ...(spec.environment ? { environment: spec.environment } : {}),
    ...(plan ? { plan } : {}),
    ...(spec.packageFacts === 'recorded' ? { facts: recordedFactsSource(join(RECORDED_FACTS, platform, 'fixtures.json')) } : {}),
    includeSecrets: false,
    strict: false,
    // Every golden holds the formats whose output is reviewed as files (GOLDEN_FORMATS); a case may narrow them (case.json `formats`).
    formats: spec.formats ?? GOLDEN_FORMATS,
    // As if written where the goldens are: report.json's cookbook paths are relative to it, so stable.
    outputDir: join(FIXTURES, name, 'expected', 'convert'),
  });
  if ('error' in r) throw new Error(r.error.message);
  return r;
}
