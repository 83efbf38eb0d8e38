/**
 * One input of a batch, from its folder to its output folder under OUT:
 * load, choose the apps, convert (or restore from the cache), write. Never
 * throws: whatever goes wrong becomes this input's failure and the batch goes on.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { error } from '../diagnostics/create.js';
import { redactor } from '../emit/redactor.js';
import { diagnosticJson } from '../emit/report/diagnostic-json.js';
import { writeOutput } from '../emit/write-output.js';
import { loadWorkspace, newLoadCache, type LoadCache } from '../load/load-workspace.js';
import { observeReads } from '../load/read-source.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PlanFile } from '../model/plan.js';
import { chooseApps } from '../plan/choose-apps.js';
import { readPlanFile } from '../plan/plan-file/read-plan-file.js';
import { EXIT_UNUSABLE, exitCodeForApps } from './exit-code.js';
import { renderDiagnostics } from './render-diagnostics.js';
import { parseRunListFlag } from './run-list-flag.js';
import { fileDigest, lookupEntry, restoreEntry, storeEntry, workspaceSignature, type CacheEntry } from './conversion-cache.js';
import { digest } from './content-digest.js';
import { convertApps } from './convert-apps.js';
import type { FactsSetting, PackageFactsSource } from './package-facts-source.js';
import { factsSourceFor, factsUseOf, type FactsUse } from './facts-source-for.js';
import type { BatchInput } from './find-inputs.js';
import type { InputOutcome, InputReport } from './input-outcome.js';

/** Everything that decides an input's output besides the files it reads: all of it goes into the cache key. */
export interface BatchOptions {
  /** Absolute. */
  readonly out: string;
  readonly runList?: string;
  readonly platform: string;
  readonly environment?: string;
  /** The kitchen.yml suite whose node attributes to take (--suite). */
  readonly suite?: string;
  /** Absolute. */
  readonly cookbookPaths: readonly string[];
  readonly plan?: { readonly path: string; readonly text: string };
  readonly includeSecrets: boolean;
  readonly strict: boolean;
  readonly force: boolean;
  /** Absolute. */
  readonly cacheDir?: string;
  readonly decantVersion: string;
  /** Where package facts come from; absent: offline. */
  readonly facts?: FactsSetting;
  /** Output formats by name; absent: the default. */
  readonly formats?: readonly string[];
}

/** What a process keeps between its inputs. */
export interface InputContext {
  readonly scanCache: LoadCache;
  readonly signatureMemo: Map<string, string>;
  /** One facts source per setting, so a process asks the engine once whether it answers. */
  readonly factsSources: Map<string, PackageFactsSource | undefined>;
}

export function newInputContext(): InputContext {
  return { scanCache: newLoadCache(), signatureMemo: new Map(), factsSources: new Map() };
}

function factsSourceOf(o: BatchOptions, ctx: InputContext): PackageFactsSource | undefined {
  const setting = o.facts ?? { mode: 'offline' as const };
  const key = JSON.stringify(setting);
  if (!ctx.factsSources.has(key)) ctx.factsSources.set(key, factsSourceFor(setting));
  return ctx.factsSources.get(key);
}

function cacheKey(input: BatchInput, o: BatchOptions): string {
  return digest(
    JSON.stringify({
      decant: o.decantVersion,
      input: input.abs,
      rel: input.rel,
      runList: o.runList ?? null,
      platform: o.platform,
      environment: o.environment ?? null,
      suite: o.suite ?? null,
      cookbookPaths: o.cookbookPaths,
      plan: o.plan?.text ?? null,
      includeSecrets: o.includeSecrets,
      strict: o.strict,
      facts: o.facts ?? { mode: 'offline' },
      formats: o.formats ?? null,
    }),
  );
}

export async function convertInput(input: BatchInput, o: BatchOptions, ctx: InputContext): Promise<InputOutcome> {
  const t0 = performance.now();
  const reads: Record<string, string | null> = {};
  const previous = observeReads((path, text) => {
    if (!(path in reads)) reads[path] = text === undefined ? null : digest(text);
  });
  try {
    return await convertObserved(input, o, ctx, reads, t0);
  } catch (e) {
    return failed(input, [error('DEC0901', `internal error: ${(e as Error).message}`)], t0);
  } finally {
    observeReads(previous);
  }
}

function failed(input: BatchInput, diagnostics: readonly Diagnostic[], t0: number, hide: (s: string) => string = (s) => s): InputOutcome {
  const report: InputReport = { input: input.rel, status: 'failed', exitCode: EXIT_UNUSABLE, apps: [], notes: [], diagnostics: diagnostics.map((d) => JSON.parse(hide(JSON.stringify(diagnosticJson(d))))) };
  return { report, fromCache: false, stderr: diagnostics.length ? hide(renderDiagnostics(diagnostics)) : '', ms: performance.now() - t0 };
}

async function convertObserved(
  input: BatchInput,
  o: BatchOptions,
  ctx: InputContext,
  reads: Record<string, string | null>,
  t0: number,
): Promise<InputOutcome> {
  const ws = await loadWorkspace([input.abs], { cookbookPaths: [...o.cookbookPaths], scanCache: ctx.scanCache });
  if (ws.cookbooks.size === 0) return failed(input, [...ws.diagnostics, error('DEC0201', `${input.rel}: nothing to convert`)], t0);
  const choice = chooseApps(ws, o.runList !== undefined ? parseRunListFlag(o.runList) : undefined);
  if ('none' in choice) {
    // A library cookbook alone is not an error: it is used through a wrapper.
    if (choice.none.includes('library cookbook')) {
      return { report: { input: input.rel, status: 'skipped', exitCode: 0, apps: [], notes: [choice.none], diagnostics: [] }, fromCache: false, stderr: '', ms: performance.now() - t0 };
    }
    return failed(input, [error('DEC0207', choice.none)], t0);
  }
  let edited: PlanFile | undefined;
  if (o.plan) {
    const r = readPlanFile(o.plan.text, o.plan.path);
    if (!r.plan) return failed(input, r.diagnostics, t0);
    edited = r.plan;
  }
  const outDir = join(o.out, input.rel);
  const key = o.cacheDir ? cacheKey(input, o) : '';
  const signature = o.cacheDir ? workspaceSignature(ws, ctx.signatureMemo) : '';
  if (o.cacheDir) {
    const hit = lookupEntry(o.cacheDir, key, signature);
    if (hit) {
      const restored = restoreEntry(o.cacheDir, key, hit, outDir, o.force);
      if (restored.ok) return { report: hit.report, fromCache: true, stderr: '', ms: performance.now() - t0 };
    }
  }
  const converted = await convertApps(ws, choice.apps, {
    platform: o.platform,
    ...(o.environment !== undefined ? { environment: o.environment } : {}),
    ...(o.suite !== undefined ? { suite: o.suite } : {}),
    ...(edited ? { plan: edited } : {}),
    includeSecrets: o.includeSecrets,
    strict: o.strict,
    ...(o.formats ? { formats: o.formats } : {}),
    ...factsOptions(o, ctx),
    // The batch's report.json (the one verify reads) sits at the output root: cookbook paths are relative to it.
    outputDir: o.out,
  });
  if ('error' in converted) return failed(input, [converted.error], t0);
  const hide = redactor(converted.redact);
  const written = writeOutput(outDir, converted.files, o.force);
  if (!written.ok) {
    const foreign = written.foreign?.length ? ` (${written.foreign.slice(0, 5).join(', ')}${written.foreign.length > 5 ? ', …' : ''})` : '';
    return failed(input, [error('DEC0601', `${outDir}: ${written.reason}${foreign}`, undefined, 'use --force to replace it, or choose another folder')], t0, hide);
  }
  const diagnostics = [
    ...converted.apps.flatMap((a) => a.diagnostics),
    ...written.missing.map((m) => error('DEC0403', `${m}: its cookbook file was not found; the image gets a marker file instead`)),
  ];
  const reportFile = converted.files.find((f) => f.path === 'report.json');
  const apps = reportFile && 'text' in reportFile ? ((JSON.parse(reportFile.text) as { apps?: Record<string, unknown>[] }).apps ?? []) : [];
  const report: InputReport = {
    input: input.rel,
    status: 'converted',
    exitCode: exitCodeForApps(converted.apps, diagnostics),
    apps,
    notes: [...choice.skipped],
    diagnostics: [],
  };
  let stderr = '';
  if (o.cacheDir) {
    // A file the output copies (cookbook_file sources) was read by the copy, not the reader: record it too.
    for (const f of converted.files) if ('copyFrom' in f && !(f.copyFrom in reads)) reads[f.copyFrom] = fileDigest(f.copyFrom);
    const entry: CacheEntry = { format: 1, signature, reads, files: converted.files.map((f) => ({ path: f.path, mode: f.mode ?? 0o644 })), report };
    try {
      storeEntry(o.cacheDir, key, entry, outDir);
    } catch (e) {
      stderr = renderDiagnostics([error('DEC0904', `${input.rel}: cache entry not stored: ${(e as Error).message}`)]);
    }
  }
  return { report, fromCache: false, stderr, ms: performance.now() - t0 };
}

/** The facts part of convertApps' options for this batch's setting. */
function factsOptions(o: BatchOptions, ctx: InputContext): FactsUse {
  return factsUseOf(o.facts ?? { mode: 'offline' }, factsSourceOf(o, ctx));
}
