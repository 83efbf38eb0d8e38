/** A throwaway cookbook written from strings and evaluated, for evaluator tests that need the whole Chef run. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { evaluate, type EvaluateOptions } from '../../src/chef/evaluate.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Converge } from '../../src/model/converge.js';
import type { PackageFactsView } from '../../src/model/package-facts.js';

export async function evaluateCookbook(
  name: string,
  files: Readonly<Record<string, string>>,
  runList: readonly string[] = [`recipe[${name}]`],
  packageFacts?: PackageFactsView,
  options: Partial<EvaluateOptions> = {},
): Promise<Converge> {
  const cb = join(mkdtempSync(join(tmpdir(), `decant-${name}-`)), name);
  for (const [rel, text] of Object.entries({ 'metadata.rb': `name '${name}'\nversion '1.0.0'\n`, ...files })) {
    mkdirSync(dirname(join(cb, rel)), { recursive: true });
    writeFileSync(join(cb, rel), text);
  }
  const ws = await loadWorkspace([cb], { cookbookPaths: [] });
  return evaluate(ws, { runList: [...runList], platform: 'debian-12', ...(packageFacts ? { packageFacts } : {}), ...options });
}
